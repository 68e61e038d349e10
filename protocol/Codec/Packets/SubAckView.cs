namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded SUBACK (5.0 §3.9): Packet Identifier, properties, and the reason codes (one per Topic Filter, in
    /// order) as a view into <see cref="Buffer"/>. Filled by <see cref="SubAckDecoder"/>.
    /// </summary>
    public sealed class SubAckView
    {
        /// <summary>SUBACK properties (5.0; empty in 3.1.1).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>The buffer the reason codes are in.</summary>
        public byte[] Buffer;

        /// <summary>Packet Identifier.</summary>
        public int PacketId;

        /// <summary>Where the reason codes start in <see cref="Buffer"/>.</summary>
        public int ReasonCodeOffset;

        /// <summary>Number of reason codes.</summary>
        public int ReasonCodeCount;

        /// <summary>Creates a view with its own property tables.</summary>
        public SubAckView()
            : this(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public SubAckView(ReceivedProperties properties)
        {
            Properties = properties;
        }

        /// <summary>
        /// Reason code (5.0) or return code (3.1.1: 0, 1, 2 granted QoS, 0x80 failure) for Topic Filter
        /// <paramref name="index"/>.
        /// </summary>
        public int GetReasonCode(int index)
        {
            return Buffer[ReasonCodeOffset + index];
        }

        internal void Reset(byte[] buffer)
        {
            Buffer = buffer;
            PacketId = 0;
            ReasonCodeOffset = 0;
            ReasonCodeCount = 0;
            Properties.Clear();
        }
    }
}
