using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// A received PUBLISH as offsets into the client's receive buffer: no copy. One instance, reused; valid only during
    /// the <see cref="MqttClient.MessageReceived"/> call.
    /// </summary>
    public sealed class ReceivedMessage
    {
        private PublishView view;

        /// <summary>The receive buffer that holds the payload (and the properties).</summary>
        public byte[] Buffer;

        /// <summary>
        /// The array that holds the topic name: <see cref="Buffer"/>, or (5.0, a PUBLISH that carried only a Topic Alias)
        /// the client's inbound alias table, where the topic of that alias is stored.
        /// </summary>
        public byte[] TopicBuffer;

        /// <summary>Offset of the UTF-8 topic name in <see cref="TopicBuffer"/>.</summary>
        public int TopicOffset;

        /// <summary>Length in bytes of the topic name.</summary>
        public int TopicLength;

        /// <summary>Offset of the payload in <see cref="Buffer"/>.</summary>
        public int PayloadOffset;

        /// <summary>Length of the payload.</summary>
        public int PayloadLength;

        /// <summary>QoS 0, 1 or 2.</summary>
        public int Qos;

        /// <summary>Retain flag.</summary>
        public bool Retain;

        /// <summary>DUP flag (a possible redelivery of a QoS 1 message).</summary>
        public bool Dup;

        /// <summary>Packet identifier (0 at QoS 0).</summary>
        public int PacketId;

        /// <summary>5.0: the Topic Alias the PUBLISH carried (0 for none).</summary>
        public int TopicAlias;

        /// <summary>
        /// 5.0: the first Subscription Identifier of the message (the one given to <c>Subscribe</c> for the matching
        /// subscription), 0 for none; all of them in <see cref="Properties"/>.
        /// </summary>
        public int SubscriptionIdentifier;

        /// <summary>MQTT 5 properties of the message (empty in 3.1.1).</summary>
        public ReceivedProperties Properties
        {
            get { return view == null ? null : view.Properties; }
        }

        /// <summary>True when the topic is exactly the prepared topic's bytes.</summary>
        public bool TopicEquals(PreparedTopic topic)
        {
            return topic != null && TopicBuffer != null && topic.EqualsBytes(TopicBuffer, TopicOffset, TopicLength);
        }

        /// <summary>True when the topic is exactly <paramref name="topic"/>.</summary>
        public bool TopicEquals(string topic)
        {
            return Buffer != null && Utf8.AreEqual(topic, TopicBuffer, TopicOffset, TopicLength);
        }

        /// <summary>True when the topic matches the filter (<c>+</c>, <c>#</c>).</summary>
        public bool TopicMatches(string filter)
        {
            return Buffer != null && TopicFilter.Matches(filter, TopicBuffer, TopicOffset, TopicLength);
        }

        internal void SetTopic(byte[] buffer, int offset, int length)
        {
            TopicBuffer = buffer;
            TopicOffset = offset;
            TopicLength = length;
        }

        internal void Set(PublishView source)
        {
            view = source;
            Buffer = source.Buffer;
            TopicBuffer = source.Buffer;
            TopicOffset = source.TopicOffset;
            TopicLength = source.TopicLength;
            PayloadOffset = source.PayloadOffset;
            PayloadLength = source.PayloadLength;
            Qos = source.Qos;
            Retain = source.Retain;
            Dup = source.Dup;
            PacketId = source.PacketId;
            TopicAlias = source.TopicAlias;
            SubscriptionIdentifier = (int)source.Properties.GetInteger(PropertyId.SubscriptionIdentifier, 0);
        }
    }
}
