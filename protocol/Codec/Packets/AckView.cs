namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded PUBACK, PUBREC, PUBREL or PUBCOMP (5.0 §3.4-§3.7), filled by <see cref="AckDecoder"/>.</summary>
    public sealed class AckView : PacketView
    {
        /// <summary><see cref="Codec.PacketType.PubAck"/> .. <see cref="Codec.PacketType.PubComp"/>.</summary>
        public int PacketType;

        /// <summary>Packet Identifier.</summary>
        public int PacketId;

        /// <summary>Reason code (Success when absent, and always in 3.1.1).</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public AckView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public AckView(ReceivedProperties properties)
            : base(properties)
        {
        }

        internal override void Reset(byte[] buffer)
        {
            base.Reset(buffer);
            PacketType = 0;
            PacketId = 0;
            ReasonCode = 0;
        }
    }
}
