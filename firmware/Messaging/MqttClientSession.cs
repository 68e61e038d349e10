using System.Text;
using System.Threading;
using Telemetry.Firmware.Configuration;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Firmware.Messaging
{
    /// <summary>
    /// <see cref="IMessageSession"/> over our <see cref="MqttClient"/>. Received messages are handed on as offsets
    /// into the client's buffer (with the MQTT 5 Response Topic and Correlation Data located); replies to a topic
    /// given as bytes reuse a small cache of topic strings, so a requester's response topic costs one string the
    /// first time and nothing after.
    /// </summary>
    public sealed class MqttClientSession : IMessageSession
    {
        /// <summary>Topic strings remembered for <see cref="PublishTo"/>.</summary>
        public const int TopicCacheSize = 8;

        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding();

        private readonly MqttClient _client;
        private readonly bool _ownThread;
        private readonly InboundMessage _inbound = new InboundMessage();
        private readonly OutgoingMessage _outgoing = new OutgoingMessage(0);
        private readonly string[] _topics = new string[TopicCacheSize];
        private readonly object _publishLock = new object();
        private int _nextTopic;

        /// <summary>Wraps <paramref name="client"/> (built with <see cref="CreateOptions"/>); the client runs its own thread.</summary>
        public MqttClientSession(MqttClient client)
            : this(client, true)
        {
        }

        /// <summary>
        /// Wraps <paramref name="client"/>; with <paramref name="ownThread"/> false, <see cref="Start"/> only asks for
        /// the connection and the owner pumps the client with <see cref="Poll"/> from its main loop (one thread in all).
        /// </summary>
        public MqttClientSession(MqttClient client, bool ownThread)
        {
            _client = client;
            _ownThread = ownThread;
            client.MessageReceived += OnMessageReceived;
            client.ConnectionChanged += OnConnectionChanged;
        }

        /// <inheritdoc />
        public event InboundMessageHandler MessageReceived;

        /// <inheritdoc />
        public event SessionStateHandler StateChanged;

        /// <summary>The wrapped client.</summary>
        public MqttClient Client
        {
            get { return _client; }
        }

        /// <inheritdoc />
        public bool IsConnected
        {
            get { return _client.IsConnected; }
        }

        /// <inheritdoc />
        public int Version
        {
            get { return _client.Version; }
        }

        /// <summary>
        /// Client options of the device: client id = device id, broker, version, credentials, keep-alive, and the will
        /// (<c>offline</c>, retained, on the status topic). Buffers fit the discovery messages (the largest sent).
        /// </summary>
        public static MqttClientOptions CreateOptions(DeviceConfiguration configuration, DeviceTopics topics)
        {
            MqttClientOptions options = new MqttClientOptions();
            options.Host = configuration.BrokerHost;
            options.Port = configuration.BrokerPort;
            options.ClientId = configuration.DeviceId;
            options.Version = configuration.MqttVersion == 5 ? MqttVersion.V500 : MqttVersion.V311;
            options.KeepAliveSeconds = configuration.KeepAliveSeconds;
            options.CleanStart = true;
            options.UserName = configuration.UserName.Length == 0 ? null : configuration.UserName;
            options.Password = configuration.Password.Length == 0 ? null : s_utf8.GetBytes(configuration.Password);
            options.WillTopic = topics.Status;
            options.WillPayload = topics.OfflinePayload;
            options.WillQos = configuration.StatusQos;
            options.WillRetain = true;
            options.ReceiveBufferSize = 1024;
            options.SendBufferSize = 2048;
            options.OutboxBytes = 8192;
            options.OutboxEntries = 32;
            options.MaxSubscriptions = 4;
            return options;
        }

        /// <inheritdoc />
        public void Start()
        {
            if (_ownThread)
            {
                _client.Start();
            }
            else
            {
                _client.Connect();
            }
        }

        /// <inheritdoc />
        public void Stop()
        {
            if (_ownThread)
            {
                _client.Stop();
            }
            else
            {
                _client.Disconnect();
            }
        }

        /// <summary>One step of the client (without its own thread): connect, receive for up to <paramref name="timeoutMilliseconds"/>, timers.</summary>
        public void Poll(int timeoutMilliseconds)
        {
            _client.Poll(timeoutMilliseconds);
        }

        /// <inheritdoc />
        public int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain)
        {
            return _client.Publish(topic, payload, offset, count, qos, retain);
        }

        /// <inheritdoc />
        public int PublishTo(
            byte[] topic,
            int topicOffset,
            int topicLength,
            byte[] correlation,
            int correlationOffset,
            int correlationLength,
            byte[] payload,
            int offset,
            int count,
            int qos)
        {
            Monitor.Enter(_publishLock);
            try
            {
                _outgoing.Topic = CachedTopic(topic, topicOffset, topicLength);
                _outgoing.Properties.Clear();
                if (correlationLength > 0 && _client.Version == MqttVersion.V500)
                {
                    _outgoing.Properties.SetBinary(PropertyId.CorrelationData, correlation, correlationOffset, correlationLength);
                }

                _outgoing.SetPayload(payload, offset, count);
                _outgoing.Qos = qos;
                _outgoing.Retain = false;
                return _client.Publish(_outgoing);
            }
            finally
            {
                Monitor.Exit(_publishLock);
            }
        }

        /// <inheritdoc />
        public int Subscribe(string filter, int qos)
        {
            return _client.Subscribe(filter, qos);
        }

        private string CachedTopic(byte[] topic, int offset, int length)
        {
            for (int i = 0; i < _topics.Length; i++)
            {
                string cached = _topics[i];
                if (cached != null && Utf8.AreEqual(cached, topic, offset, length))
                {
                    return cached;
                }
            }

            string text = s_utf8.GetString(topic, offset, length);
            _topics[_nextTopic] = text;
            _nextTopic = (_nextTopic + 1) % _topics.Length;
            return text;
        }

        private void OnMessageReceived(MqttClient client, ReceivedMessage message)
        {
            InboundMessageHandler handler = MessageReceived;
            if (handler == null)
            {
                return;
            }

            InboundMessage inbound = _inbound;
            inbound.Reset();
            inbound.Buffer = message.Buffer;
            inbound.TopicOffset = message.TopicOffset;
            inbound.TopicLength = message.TopicLength;
            inbound.PayloadOffset = message.PayloadOffset;
            inbound.PayloadLength = message.PayloadLength;
            inbound.Qos = message.Qos;
            inbound.Retain = message.Retain;
            inbound.Dup = message.Dup;
            inbound.PacketId = message.PacketId;
            ReceivedProperties properties = message.Properties;
            if (properties != null && properties.Buffer == message.Buffer)
            {
                if (properties.Has(PropertyId.ResponseTopic))
                {
                    inbound.ResponseTopicOffset = properties.GetOffset(PropertyId.ResponseTopic);
                    inbound.ResponseTopicLength = properties.GetLength(PropertyId.ResponseTopic);
                }

                if (properties.Has(PropertyId.CorrelationData))
                {
                    inbound.CorrelationDataOffset = properties.GetOffset(PropertyId.CorrelationData);
                    inbound.CorrelationDataLength = properties.GetLength(PropertyId.CorrelationData);
                }
            }

            handler(this, inbound);
        }

        private void OnConnectionChanged(MqttClient client, ConnectionEvent e)
        {
            SessionStateHandler handler = StateChanged;
            if (handler != null)
            {
                handler(this, e.Connected);
            }
        }
    }
}
