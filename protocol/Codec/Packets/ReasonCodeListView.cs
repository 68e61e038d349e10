namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded SUBACK or UNSUBACK: Packet Identifier, properties, and one reason code per Topic Filter of the request
    /// (in order) as a view into <see cref="PacketView.Buffer"/>.
    /// </summary>
    public abstract class ReasonCodeListView : PacketView
    {
        /// <summary>Packet Identifier.</summary>
        public int PacketId;

        /// <summary>Where the reason codes start in <see cref="PacketView.Buffer"/>.</summary>
        public int ReasonCodeOffset;

        /// <summary>Number of reason codes (0 for a 3.1.1 UNSUBACK, which has none).</summary>
        public int ReasonCodeCount;

        internal ReasonCodeListView(ReceivedProperties properties)
            : base(properties)
        {
        }

        /// <summary>
        /// Reason code for Topic Filter <paramref name="index"/>; in a 3.1.1 SUBACK the return code (0, 1, 2 granted
        /// QoS, 0x80 failure).
        /// </summary>
        public int GetReasonCode(int index)
        {
            return Buffer[ReasonCodeOffset + index];
        }

        internal override void Reset(byte[] buffer)
        {
            base.Reset(buffer);
            PacketId = 0;
            ReasonCodeOffset = 0;
            ReasonCodeCount = 0;
        }
    }
}
