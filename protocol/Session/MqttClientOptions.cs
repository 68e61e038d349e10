using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Everything the client needs, filled at start-up; the client reads it once, in its constructor (later changes
    /// have no effect). Sizes fix the client's memory: nothing grows after construction.
    /// </summary>
    public sealed class MqttClientOptions
    {
        /// <summary>Broker host name or address.</summary>
        public string Host = "127.0.0.1";

        /// <summary>Broker TCP port.</summary>
        public int Port = 1883;

        /// <summary>Client identifier (1-23 letters and digits is what every broker accepts).</summary>
        public string ClientId = string.Empty;

        /// <summary><see cref="MqttVersion.V311"/> (4) or <see cref="MqttVersion.V500"/> (5).</summary>
        public int Version = MqttVersion.V311;

        /// <summary>Keep-alive interval in seconds; 0 turns keep-alive off.</summary>
        public int KeepAliveSeconds = 60;

        /// <summary>
        /// Clean Session (3.1.1) / Clean Start (5.0) on the first connection. Reconnections of the same client object
        /// always resume the session (Clean Start 0) when <see cref="SessionExpirySeconds"/> (5.0) or a persistent
        /// session (3.1.1, CleanStart false) keeps it.
        /// </summary>
        public bool CleanStart = true;

        /// <summary>5.0 Session Expiry Interval in seconds (0: the session ends with the connection).</summary>
        public long SessionExpirySeconds;

        /// <summary>User name, or null.</summary>
        public string UserName;

        /// <summary>Password bytes, or null.</summary>
        public byte[] Password;

        /// <summary>Will topic, or null for no will.</summary>
        public string WillTopic;

        /// <summary>Will payload (may be null for an empty payload).</summary>
        public byte[] WillPayload;

        /// <summary>Will QoS.</summary>
        public int WillQos;

        /// <summary>Will retain flag.</summary>
        public bool WillRetain;

        /// <summary>5.0 Will Delay Interval in seconds.</summary>
        public long WillDelaySeconds;

        /// <summary>Other 5.0 will properties (content type, message expiry, user properties...), or null.</summary>
        public OutgoingProperties WillProperties;

        /// <summary>Receive buffer: the largest packet accepted from the broker (advertised as Maximum Packet Size in 5.0).</summary>
        public int ReceiveBufferSize = 1024;

        /// <summary>Send buffer: the largest packet the client sends (PUBLISH with topic, properties and payload).</summary>
        public int SendBufferSize = 1024;

        /// <summary>Outgoing QoS 1/2 messages sent and not yet acknowledged (in 5.0 also capped by the broker's Receive Maximum).</summary>
        public int MaxInflight = 8;

        /// <summary>Incoming QoS 2 packet ids awaiting PUBREL (advertised as Receive Maximum in 5.0).</summary>
        public int InboundQos2Capacity = 32;

        /// <summary>Subscriptions the client keeps and restores after a reconnect.</summary>
        public int MaxSubscriptions = 8;

        /// <summary>Bytes of the outbox (encoded QoS 1/2 messages until acknowledged, and queued ones).</summary>
        public int OutboxBytes = 8192;

        /// <summary>Messages the outbox holds at most (in flight and queued).</summary>
        public int OutboxEntries = 32;

        /// <summary>Queue QoS 0 publishes in the outbox while disconnected (refused with NotConnected otherwise).</summary>
        public bool QueueQos0WhenOffline;

        /// <summary>Smallest delay before a reconnection attempt.</summary>
        public int ReconnectMinMilliseconds = 1000;

        /// <summary>Largest delay before a reconnection attempt.</summary>
        public int ReconnectMaxMilliseconds = 60000;

        /// <summary>A connection that lasted this long resets the backoff to its minimum.</summary>
        public int StableConnectionMilliseconds = 30000;

        /// <summary>Time allowed for the TCP connection and then again for the CONNACK.</summary>
        public int ConnectTimeoutMilliseconds = 10000;

        /// <summary>Seed of the backoff jitter (0: taken from the clock at construction).</summary>
        public uint RandomSeed;
    }
}
