using Telemetry.Mqtt.Session;

namespace Telemetry.Firmware.Messaging
{
    /// <summary>
    /// A received PUBLISH as the application sees it: the message (offsets into its buffer) with its MQTT 5 Response
    /// Topic and Correlation Data located in the same buffer. Reused for every message and valid only during the
    /// <see cref="IMessageSession.MessageReceived"/> call.
    /// </summary>
    public sealed class InboundMessage
    {
        /// <summary>Topic (offsets into <see cref="ReceivedMessage.TopicBuffer"/>), payload, QoS, flags and packet id (into <see cref="ReceivedMessage.Buffer"/>).</summary>
        public ReceivedMessage Publish;

        /// <summary>Offset of the MQTT 5 Response Topic in the message's buffer, or -1 when absent.</summary>
        public int ResponseTopicOffset = -1;

        /// <summary>Length of the Response Topic.</summary>
        public int ResponseTopicLength;

        /// <summary>Offset of the MQTT 5 Correlation Data in the message's buffer, or -1 when absent.</summary>
        public int CorrelationDataOffset = -1;

        /// <summary>Length of the Correlation Data.</summary>
        public int CorrelationDataLength;

        /// <summary>Takes <paramref name="publish"/> without properties (the session then locates those it has).</summary>
        public void Reset(ReceivedMessage publish)
        {
            Publish = publish;
            ResponseTopicOffset = -1;
            ResponseTopicLength = 0;
            CorrelationDataOffset = -1;
            CorrelationDataLength = 0;
        }
    }
}
