namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded CONNACK (5.0 §3.2): filled by <see cref="ConnAckDecoder"/>, reused for every packet.</summary>
    public sealed class ConnAckView : PacketView
    {
        /// <summary>Session Present flag.</summary>
        public bool SessionPresent;

        /// <summary>5.0: the <see cref="Codec.ReasonCode"/>; 3.1.1: the <see cref="ConnectReturnCode"/>.</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public ConnAckView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public ConnAckView(ReceivedProperties properties)
            : base(properties)
        {
        }

        internal override void Reset(byte[] buffer)
        {
            base.Reset(buffer);
            SessionPresent = false;
            ReasonCode = 0;
        }
    }
}
