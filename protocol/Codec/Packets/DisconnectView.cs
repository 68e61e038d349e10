namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded DISCONNECT from the Server (5.0 §3.14), filled by <see cref="DisconnectDecoder"/>: a reason code and
    /// properties (Reason String, User Properties, Server Reference).
    /// </summary>
    public sealed class DisconnectView : PacketView
    {
        /// <summary>Reason code (Normal disconnection when absent).</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public DisconnectView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public DisconnectView(ReceivedProperties properties)
            : base(properties)
        {
        }

        internal override void Reset(byte[] buffer)
        {
            base.Reset(buffer);
            ReasonCode = 0;
        }
    }
}
