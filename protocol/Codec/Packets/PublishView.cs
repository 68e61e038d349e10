namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A decoded PUBLISH (5.0 §3.3): flags, Packet Identifier, and the Topic Name and payload as views (offset and
    /// length) into <see cref="PacketView.Buffer"/>, the buffer it was decoded from. Filled by
    /// <see cref="PublishDecoder"/>, reused for every packet; nothing is copied.
    /// </summary>
    public sealed class PublishView : PacketView
    {
        /// <summary>
        /// Setting (5.0): the Topic Alias Maximum this client sent in CONNECT; a Topic Alias above it is refused with
        /// Topic Alias invalid. 0 (the default) refuses every Topic Alias.
        /// </summary>
        public int TopicAliasMaximum;

        /// <summary>DUP flag.</summary>
        public bool Dup;

        /// <summary>QoS 0, 1 or 2.</summary>
        public int Qos;

        /// <summary>RETAIN flag.</summary>
        public bool Retain;

        /// <summary>Packet Identifier (0 for QoS 0).</summary>
        public int PacketId;

        /// <summary>Where the Topic Name's UTF-8 bytes start in <see cref="Buffer"/>.</summary>
        public int TopicOffset;

        /// <summary>Topic Name length in bytes (0 in 5.0 when a Topic Alias stands for it).</summary>
        public int TopicLength;

        /// <summary>Where the payload starts in <see cref="Buffer"/>.</summary>
        public int PayloadOffset;

        /// <summary>Payload length in bytes.</summary>
        public int PayloadLength;

        /// <summary>Creates a view with its own property tables.</summary>
        public PublishView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public PublishView(ReceivedProperties properties)
            : base(properties)
        {
        }

        /// <summary>The Topic Alias (5.0), or 0 when the packet has none.</summary>
        public int TopicAlias
        {
            get { return (int)Properties.GetInteger(PropertyId.TopicAlias, 0); }
        }

        /// <summary>True when the Topic Name is exactly <paramref name="topic"/>. Allocates nothing.</summary>
        public bool TopicEquals(string topic)
        {
            return Buffer != null && Utf8.AreEqual(topic, Buffer, TopicOffset, TopicLength);
        }

        /// <summary>True when the Topic Name is exactly the prepared <paramref name="topic"/>: one byte comparison.</summary>
        public bool TopicEquals(PreparedTopic topic)
        {
            return topic != null && topic.EqualsBytes(Buffer, TopicOffset, TopicLength);
        }

        /// <summary>True when the Topic Name matches the Topic Filter <paramref name="filter"/>. Allocates nothing.</summary>
        public bool TopicMatches(string filter)
        {
            return Buffer != null && TopicFilter.Matches(filter, Buffer, TopicOffset, TopicLength);
        }

        internal override void Reset(byte[] buffer)
        {
            base.Reset(buffer);
            Dup = false;
            Qos = 0;
            Retain = false;
            PacketId = 0;
            TopicOffset = 0;
            TopicLength = 0;
            PayloadOffset = 0;
            PayloadLength = 0;
        }
    }
}
