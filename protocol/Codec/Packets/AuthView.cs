namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded AUTH (5.0 §3.15), filled by <see cref="AuthDecoder"/>: a reason code and properties (Authentication
    /// Method and Data, Reason String, User Properties).
    /// </summary>
    public sealed class AuthView : PacketView
    {
        /// <summary>Reason code (Success when absent).</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public AuthView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public AuthView(ReceivedProperties properties)
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
