namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of a PUBLISH to send (5.0 §3.3), filled by the caller and reused: Topic Name, QoS, RETAIN, DUP, Packet
    /// Identifier (QoS 1 and 2), 5.0 properties, and the payload as a window into the caller's array.
    /// </summary>
    public sealed class PublishPacket
    {
        /// <summary>Topic Name; in 5.0 it may be empty when <see cref="Properties"/> carries a Topic Alias.</summary>
        public string Topic;

        /// <summary>
        /// The Topic Name encoded once at start-up; when set, the encoder copies its bytes and ignores
        /// <see cref="Topic"/>. Null: the encoder uses <see cref="Topic"/>.
        /// </summary>
        public PreparedTopic TopicBytes;

        /// <summary>QoS 0, 1 or 2.</summary>
        public int Qos;

        /// <summary>RETAIN flag.</summary>
        public bool Retain;

        /// <summary>DUP flag: a re-delivery (QoS 1 and 2 only).</summary>
        public bool Dup;

        /// <summary>Packet Identifier, 1..65535 for QoS 1 and 2, 0 for QoS 0.</summary>
        public int PacketId;

        /// <summary>Payload bytes, or null for an empty payload.</summary>
        public byte[] Payload;

        /// <summary>Where the payload starts in <see cref="Payload"/>.</summary>
        public int PayloadOffset;

        /// <summary>Payload length in bytes.</summary>
        public int PayloadLength;

        /// <summary>PUBLISH properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        /// <summary>
        /// The UTF-8 form of <see cref="Topic"/>, encoded again only when <see cref="Topic"/> is another string object
        /// than last time (64 characters fit without allocating).
        /// </summary>
        internal readonly PreparedTopic TopicCache = new PreparedTopic(64 * Utf8.MaxBytesPerChar);

        /// <summary>Creates a packet with its own property set.</summary>
        public PublishPacket()
            : this(new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet using the given property set (null: no properties).</summary>
        public PublishPacket(OutgoingProperties properties)
        {
            Properties = properties;
        }

        /// <summary>
        /// Publishes to a topic prepared at start-up: sets <see cref="TopicBytes"/> and <see cref="Topic"/> (null clears
        /// both, so the packet uses <see cref="Topic"/> again once it is set).
        /// </summary>
        public void SetTopic(PreparedTopic topic)
        {
            TopicBytes = topic;
            Topic = topic == null ? null : topic.Topic;
        }

        /// <summary>Sets the payload to <paramref name="length"/> bytes of <paramref name="payload"/> at <paramref name="offset"/>.</summary>
        public void SetPayload(byte[] payload, int offset, int length)
        {
            Payload = payload;
            PayloadOffset = offset;
            PayloadLength = length;
        }
    }
}
