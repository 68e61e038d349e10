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

        /// <summary>The receive buffer that holds topic and payload.</summary>
        public byte[] Buffer;

        /// <summary>Offset of the UTF-8 topic name in <see cref="Buffer"/>.</summary>
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

        /// <summary>MQTT 5 properties of the message (empty in 3.1.1).</summary>
        public ReceivedProperties Properties
        {
            get { return view == null ? null : view.Properties; }
        }

        /// <summary>True when the topic is exactly <paramref name="topic"/>.</summary>
        public bool TopicEquals(string topic)
        {
            return Buffer != null && Utf8.AreEqual(topic, Buffer, TopicOffset, TopicLength);
        }

        /// <summary>True when the topic matches the filter (<c>+</c>, <c>#</c>).</summary>
        public bool TopicMatches(string filter)
        {
            return Buffer != null && TopicFilter.Matches(filter, Buffer, TopicOffset, TopicLength);
        }

        internal void Set(PublishView source)
        {
            view = source;
            Buffer = source.Buffer;
            TopicOffset = source.TopicOffset;
            TopicLength = source.TopicLength;
            PayloadOffset = source.PayloadOffset;
            PayloadLength = source.PayloadLength;
            Qos = source.Qos;
            Retain = source.Retain;
            Dup = source.Dup;
            PacketId = source.PacketId;
        }
    }
}
