namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded UNSUBACK (5.0 §3.11): Packet Identifier, properties, and (5.0) one reason code per Topic Filter as a
    /// view into <see cref="Buffer"/>. Filled by <see cref="UnsubAckDecoder"/>.
    /// </summary>
    public sealed class UnsubAckView
    {
        /// <summary>UNSUBACK properties (5.0; empty in 3.1.1).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>The buffer the reason codes are in.</summary>
        public byte[] Buffer;

        /// <summary>Packet Identifier.</summary>
        public int PacketId;

        /// <summary>Where the reason codes start in <see cref="Buffer"/>.</summary>
        public int ReasonCodeOffset;

        /// <summary>Number of reason codes (0 in 3.1.1, which has none).</summary>
        public int ReasonCodeCount;

        /// <summary>Creates a view with its own property tables.</summary>
        public UnsubAckView()
            : this(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public UnsubAckView(ReceivedProperties properties)
        {
            Properties = properties;
        }

        /// <summary>Reason code for Topic Filter <paramref name="index"/> (5.0).</summary>
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
