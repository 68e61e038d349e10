using System.Collections;
using System.Text;
using Telemetry.Firmware.Messaging;

namespace Telemetry.Tests.Firmware
{
    /// <summary>A message the fake session was asked to publish.</summary>
    public sealed class PublishedMessage
    {
        public string Topic;
        public string Payload;
        public int Qos;
        public bool Retain;
        public string Correlation;
    }

    /// <summary>An <see cref="IMessageSession"/> that records what is published and delivers what the test says.</summary>
    public sealed class FakeMessageSession : IMessageSession
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding();
        private readonly InboundMessage _inbound = new InboundMessage();
        private readonly byte[] _buffer = new byte[1024];

        public FakeMessageSession(int version)
        {
            Version = version;
            Published = new ArrayList();
            Subscriptions = new ArrayList();
        }

        public event InboundMessageHandler MessageReceived;

        public event SessionStateHandler StateChanged;

        public bool IsConnected { get; private set; }

        public int Version { get; private set; }

        public ArrayList Published { get; private set; }

        public ArrayList Subscriptions { get; private set; }

        public bool Started { get; private set; }

        public bool Stopped { get; private set; }

        /// <summary>Status returned by every publish (negative to refuse).</summary>
        public int PublishStatus { get; set; }

        public void Start()
        {
            Started = true;
        }

        public void Stop()
        {
            Stopped = true;
            IsConnected = false;
        }

        public int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain)
        {
            if (PublishStatus >= 0)
            {
                PublishedMessage message = new PublishedMessage();
                message.Topic = topic;
                message.Payload = count == 0 ? "" : Utf8.GetString(payload, offset, count);
                message.Qos = qos;
                message.Retain = retain;
                Published.Add(message);
            }

            return PublishStatus;
        }

        public int PublishTo(byte[] topic, int topicOffset, int topicLength, byte[] correlation, int correlationOffset, int correlationLength, byte[] payload, int offset, int count, int qos)
        {
            int status = Publish(Utf8.GetString(topic, topicOffset, topicLength), payload, offset, count, qos, false);
            if (status >= 0 && correlationLength > 0)
            {
                ((PublishedMessage)Published[Published.Count - 1]).Correlation = Utf8.GetString(correlation, correlationOffset, correlationLength);
            }

            return status;
        }

        public int Subscribe(string filter, int qos)
        {
            Subscriptions.Add(filter);
            return 1;
        }

        public void Connect()
        {
            IsConnected = true;
            StateChanged?.Invoke(this, true);
        }

        public void Disconnect()
        {
            IsConnected = false;
            StateChanged?.Invoke(this, false);
        }

        /// <summary>Delivers a message; responseTopic and correlation may be null.</summary>
        public void Deliver(string topic, string payload, bool dup, int packetId, string responseTopic, string correlation, bool retain)
        {
            _inbound.Reset();
            _inbound.Buffer = _buffer;
            int position = 0;
            _inbound.TopicOffset = position;
            _inbound.TopicLength = Utf8.GetBytes(topic, 0, topic.Length, _buffer, position);
            position += _inbound.TopicLength;
            _inbound.PayloadOffset = position;
            _inbound.PayloadLength = Utf8.GetBytes(payload, 0, payload.Length, _buffer, position);
            position += _inbound.PayloadLength;
            if (responseTopic != null)
            {
                _inbound.ResponseTopicOffset = position;
                _inbound.ResponseTopicLength = Utf8.GetBytes(responseTopic, 0, responseTopic.Length, _buffer, position);
                position += _inbound.ResponseTopicLength;
            }

            if (correlation != null)
            {
                _inbound.CorrelationDataOffset = position;
                _inbound.CorrelationDataLength = Utf8.GetBytes(correlation, 0, correlation.Length, _buffer, position);
            }

            _inbound.Qos = 1;
            _inbound.Dup = dup;
            _inbound.PacketId = packetId;
            _inbound.Retain = retain;
            MessageReceived?.Invoke(this, _inbound);
        }

        /// <summary>Messages published on <paramref name="topic"/>.</summary>
        public int CountOn(string topic)
        {
            int count = 0;
            foreach (PublishedMessage message in Published)
            {
                if (message.Topic == topic)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The last message published on <paramref name="topic"/>, or null.</summary>
        public PublishedMessage LastOn(string topic)
        {
            for (int i = Published.Count - 1; i >= 0; i--)
            {
                PublishedMessage message = (PublishedMessage)Published[i];
                if (message.Topic == topic)
                {
                    return message;
                }
            }

            return null;
        }
    }
}
