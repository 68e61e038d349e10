using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// A message to publish with MQTT 5 properties; allocate once and reuse. The client reads it during
    /// <see cref="MqttClient.Publish(OutgoingMessage)"/> only (the encoded packet is what waits in the outbox).
    /// </summary>
    public sealed class OutgoingMessage
    {
        /// <summary>Topic name (used when <see cref="TopicBytes"/> is null).</summary>
        public string Topic;

        /// <summary>The topic encoded once at start-up (the device's fast path), or null.</summary>
        public PreparedTopic TopicBytes;

        /// <summary>Payload array (may be null for an empty payload).</summary>
        public byte[] Payload;

        /// <summary>Offset of the payload in <see cref="Payload"/>.</summary>
        public int PayloadOffset;

        /// <summary>Length of the payload.</summary>
        public int PayloadLength;

        /// <summary>QoS 0, 1 or 2.</summary>
        public int Qos;

        /// <summary>Retain flag.</summary>
        public bool Retain;

        /// <summary>MQTT 5 properties sent with the message (ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        internal readonly PublishPacket Packet;

        /// <summary>An empty message with room for the default number of user properties.</summary>
        public OutgoingMessage()
            : this(OutgoingProperties.DefaultUserPropertyCapacity)
        {
        }

        /// <summary>An empty message with room for <paramref name="userPropertyCapacity"/> user properties.</summary>
        public OutgoingMessage(int userPropertyCapacity)
        {
            Properties = new OutgoingProperties(userPropertyCapacity);
            Packet = new PublishPacket(Properties);
        }

        /// <summary>Sets the payload window.</summary>
        public void SetPayload(byte[] payload, int offset, int length)
        {
            Payload = payload;
            PayloadOffset = offset;
            PayloadLength = length;
        }
    }
}
