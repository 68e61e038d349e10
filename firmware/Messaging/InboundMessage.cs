namespace Telemetry.Firmware.Messaging
{
    /// <summary>
    /// A received PUBLISH as the application sees it: offsets into <see cref="Buffer"/>, reused for every message
    /// and valid only during the <see cref="IMessageSession.MessageReceived"/> call.
    /// </summary>
    public sealed class InboundMessage
    {
        /// <summary>The buffer holding topic, payload and the MQTT 5 properties.</summary>
        public byte[] Buffer;

        /// <summary>Offset of the UTF-8 topic name.</summary>
        public int TopicOffset;

        /// <summary>Length of the topic name in bytes.</summary>
        public int TopicLength;

        /// <summary>Offset of the payload.</summary>
        public int PayloadOffset;

        /// <summary>Length of the payload.</summary>
        public int PayloadLength;

        /// <summary>QoS of the delivery.</summary>
        public int Qos;

        /// <summary>Retain flag (a retained command is ignored: it would run again on every connection).</summary>
        public bool Retain;

        /// <summary>DUP flag: a redelivery of a QoS 1/2 message.</summary>
        public bool Dup;

        /// <summary>Packet identifier (0 at QoS 0).</summary>
        public int PacketId;

        /// <summary>Offset of the MQTT 5 Response Topic, or -1 when absent.</summary>
        public int ResponseTopicOffset = -1;

        /// <summary>Length of the Response Topic.</summary>
        public int ResponseTopicLength;

        /// <summary>Offset of the MQTT 5 Correlation Data, or -1 when absent.</summary>
        public int CorrelationDataOffset = -1;

        /// <summary>Length of the Correlation Data.</summary>
        public int CorrelationDataLength;

        /// <summary>Forgets the properties (the adapter calls this before filling a new message).</summary>
        public void Reset()
        {
            Buffer = null;
            TopicOffset = 0;
            TopicLength = 0;
            PayloadOffset = 0;
            PayloadLength = 0;
            Qos = 0;
            Retain = false;
            Dup = false;
            PacketId = 0;
            ResponseTopicOffset = -1;
            ResponseTopicLength = 0;
            CorrelationDataOffset = -1;
            CorrelationDataLength = 0;
        }
    }
}
