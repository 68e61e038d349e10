using System;
using System.Threading;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// MQTT 3.1.1 / 5.0 client session over an <see cref="IMqttTransport"/>: QoS 0/1/2 both ways, keep-alive, automatic
    /// reconnect, subscriptions restored, an outbox that loses nothing. Everything is allocated by the constructor.
    /// Driven by its own thread (<see cref="Start"/>) or by the caller (<see cref="Connect"/> then <see cref="Poll"/>).
    /// This file: construction and the public API; the flows are in MqttClient.Connection.cs (connect, CONNACK,
    /// keep-alive, loss and reconnect), MqttClient.Outbound.cs (QoS 1/2 out) and MqttClient.Inbound.cs (packets in).
    /// </summary>
    public sealed partial class MqttClient
    {
        private const int Idle = 0;
        private const int Waiting = 1;
        private const int Connecting = 2;
        private const int AwaitingConnAck = 3;
        private const int Connected = 4;
        private const int ThreadPollMilliseconds = 1000;

        private readonly MqttClientOptions options;
        private readonly IMqttTransport transport;
        private readonly ISessionClock clock;
        private readonly object sync = new object();
        private readonly int version;
        private readonly bool v5;
        private readonly bool persistentSession;
        private readonly byte[] rx;
        private readonly byte[] tx;
        private readonly ConnectPacket connect;
        private readonly PublishPacket publish;
        private readonly SubscribePacket subscribe;
        private readonly UnsubscribePacket unsubscribe;
        private readonly PublishView publishView = new PublishView();
        private readonly ConnAckView connAck;
        private readonly AckView ack;
        private readonly SubAckView subAck;
        private readonly UnsubAckView unsubAck;
        private readonly DisconnectView disconnectView;
        private readonly ReceivedMessage message = new ReceivedMessage();
        private readonly ConnectionEvent connectionEvent = new ConnectionEvent();
        private readonly Outbox outbox;
        private readonly InboundQos2Table inbound;
        private readonly SubscriptionTable subscriptions;
        private readonly ReconnectBackoff backoff;
        private readonly KeepAlive keepAlive = new KeepAlive();
        private readonly AutoResetEvent wake = new AutoResetEvent(false);

        private Thread thread;
        private bool running;
        private bool wanted;
        private int state;
        private int generation;
        private int rxGeneration;
        private int rxCount;
        private long nextAttempt;
        private long connAckDeadline;
        private long connectedAt;
        private bool firstConnection = true;
        private bool cleanStartSent;
        private int lastPacketId;
        private int brokerReceiveMaximum = 65535;
        private long brokerMaximumPacketSize;
        private int unexpectedPacketIds;
        private int handlerErrors;
        private int inboundEvictions;
        private int inboundIdsReused;
        private int connections;

        /// <summary>
        /// Creates the client and everything it will ever need, from <paramref name="options"/> (read once, here).
        /// Throws <see cref="ArgumentException"/> when the options cannot make a valid CONNECT (client id, will, user
        /// name, keep-alive, version) or a buffer is too small for it.
        /// </summary>
        public MqttClient(MqttClientOptions options, IMqttTransport transport, ISessionClock clock)
            : this(options, transport, clock, new RamOutboxStore(options == null ? 0 : options.OutboxBytes))
        {
        }

        /// <summary>Creates the client with its outbox in <paramref name="outboxStore"/> (for example a flash-backed store).</summary>
        public MqttClient(MqttClientOptions options, IMqttTransport transport, ISessionClock clock,
            IOutboxStore outboxStore)
        {
            if (options == null || transport == null || clock == null || outboxStore == null)
            {
                throw new ArgumentNullException();
            }

            this.options = options;
            this.transport = transport;
            this.clock = clock;
            version = options.Version;
            v5 = version == MqttVersion.V500;
            persistentSession = v5 ? options.SessionExpirySeconds > 0 : !options.CleanStart;
            rx = new byte[options.ReceiveBufferSize < 16 ? 16 : options.ReceiveBufferSize];
            tx = new byte[options.SendBufferSize < 16 ? 16 : options.SendBufferSize];
            connect = BuildConnect(options, v5);

            // Packets whose properties stay empty share one table; so do the views decoded one at a time.
            OutgoingProperties none = new OutgoingProperties(0);
            publish = new PublishPacket(none);
            subscribe = new SubscribePacket(1, none);
            unsubscribe = new UnsubscribePacket(1, none);
            ReceivedProperties control = new ReceivedProperties(ReceivedProperties.DefaultUserPropertyCapacity, 0);
            connAck = new ConnAckView(control);
            ack = new AckView(control);
            subAck = new SubAckView(control);
            unsubAck = new UnsubAckView(control);
            disconnectView = new DisconnectView(control);
            int size = ConnectEncoder.Size(version, connect);
            if (size < 0 || size > tx.Length)
            {
                throw new ArgumentException("options: CONNECT cannot be encoded (status " + size.ToString() + ")");
            }

            outbox = new Outbox(outboxStore, options.OutboxEntries);
            inbound = new InboundQos2Table(options.InboundQos2Capacity);
            subscriptions = new SubscriptionTable(options.MaxSubscriptions);
            uint seed = options.RandomSeed != 0 ? options.RandomSeed : (uint)clock.Milliseconds ^ 0x5DEECE66u;
            backoff = new ReconnectBackoff(options.ReconnectMinMilliseconds, options.ReconnectMaxMilliseconds, seed);
        }

        /// <summary>A message arrived: one reused <see cref="ReceivedMessage"/>, valid during the call.</summary>
        public event MessageReceivedHandler MessageReceived;

        /// <summary>A QoS 1/2 publish was acknowledged (reason 0) or refused (5.0 reason code).</summary>
        public event PublishCompletedHandler PublishCompleted;

        /// <summary>SUBACK: granted QoS or failure code for the filter of a <see cref="Subscribe"/>.</summary>
        public event SubscribeCompletedHandler SubscribeCompleted;

        /// <summary>UNSUBACK: 5.0 reason code (0 in 3.1.1) for the filter of an <see cref="Unsubscribe"/>.</summary>
        public event SubscribeCompletedHandler UnsubscribeCompleted;

        /// <summary>The connection opened (CONNACK accepted) or closed, and why.</summary>
        public event ConnectionChangedHandler ConnectionChanged;

        /// <summary>True between an accepted CONNACK and the loss of the connection.</summary>
        public bool IsConnected
        {
            get { return state == Connected; }
        }

        /// <summary>The MQTT version (<see cref="MqttVersion.V311"/> or <see cref="MqttVersion.V500"/>).</summary>
        public int Version
        {
            get { return version; }
        }

        /// <summary>Messages in the outbox (queued and in flight).</summary>
        public int OutboxCount
        {
            get { return outbox.Count; }
        }

        /// <summary>QoS 1/2 messages sent and not yet completed.</summary>
        public int InflightCount
        {
            get { return outbox.InflightCount; }
        }

        /// <summary>Incoming QoS 2 messages delivered and awaiting PUBREL.</summary>
        public int InboundQos2Count
        {
            get { return inbound.Count; }
        }

        /// <summary>Subscriptions in the table (any state).</summary>
        public int SubscriptionCount
        {
            get { return subscriptions.Count; }
        }

        /// <summary>Acknowledgements for packet ids the client did not wait for (ignored, or answered per spec).</summary>
        public int UnexpectedPacketIdCount
        {
            get { return unexpectedPacketIds; }
        }

        /// <summary>
        /// Incoming QoS 2 ids dropped from a full table to make room (ids the broker no longer confirmed after a
        /// reconnect, or the oldest in 3.1.1); exactly once is weakened only if such a message is retransmitted later.
        /// </summary>
        public int InboundQos2EvictionCount
        {
            get { return inboundEvictions; }
        }

        /// <summary>Incoming QoS 2 PUBLISH without DUP reusing an id awaiting PUBREL (a new message, delivered).</summary>
        public int InboundQos2IdReuseCount
        {
            get { return inboundIdsReused; }
        }

        /// <summary>Exceptions thrown by event handlers (caught so the session survives).</summary>
        public int HandlerErrorCount
        {
            get { return handlerErrors; }
        }

        /// <summary>Connections accepted by the broker since construction.</summary>
        public int ConnectionCount
        {
            get { return connections; }
        }

        /// <summary>The in-flight window: MaxInflight, capped in 5.0 by the broker's Receive Maximum.</summary>
        public int InflightWindow
        {
            get { return options.MaxInflight < brokerReceiveMaximum ? options.MaxInflight : brokerReceiveMaximum; }
        }

        /// <summary>Connects and keeps connected on the client's own thread (receive, keep-alive, reconnect).</summary>
        public void Start()
        {
            Connect();
            lock (sync)
            {
                if (running)
                {
                    return;
                }

                running = true;
                thread = new Thread(Run);
                thread.Start();
            }
        }

        /// <summary>
        /// Sends DISCONNECT (normal: the broker discards the will), closes, and ends the client's thread. The outbox
        /// and subscriptions stay for a later <see cref="Start"/>.
        /// </summary>
        public void Stop()
        {
            Thread owned;
            lock (sync)
            {
                running = false;
                owned = thread;
                thread = null;
            }

            Disconnect();
            if (owned != null && owned != Thread.CurrentThread)
            {
                owned.Join(ThreadPollMilliseconds + options.ConnectTimeoutMilliseconds);
            }
        }

        /// <summary>
        /// Asks for a connection, kept up with reconnections, without a thread: the caller then calls <see cref="Poll"/>
        /// in a loop. The first attempt happens at the next <see cref="Poll"/>.
        /// </summary>
        public void Connect()
        {
            lock (sync)
            {
                if (!wanted)
                {
                    wanted = true;
                    state = Waiting;
                    nextAttempt = clock.Milliseconds;
                    backoff.Reset();
                }
            }

            wake.Set();
        }

        /// <summary>
        /// Sends DISCONNECT (normal), closes the connection and stops reconnecting; safe from any thread. Queued and
        /// unacknowledged messages stay in the outbox.
        /// </summary>
        public void Disconnect()
        {
            lock (sync)
            {
                wanted = false;
                if (state != Idle)
                {
                    if (state == Connected || state == AwaitingConnAck)
                    {
                        int size = DisconnectEncoder.Encode(tx, 0, tx.Length, version, ReasonCode.NormalDisconnection, null);
                        if (size > 0)
                        {
                            transport.Send(tx, 0, size);
                        }
                    }

                    Close(Idle);
                    RaiseConnectionChanged(false, ConnectionReason.ClientDisconnect, 0, false, -1);
                }
            }

            wake.Set();
        }

        /// <summary>
        /// One step of the session on the caller's thread: connect when an attempt is due, receive for up to
        /// <paramref name="timeoutMilliseconds"/> (less when a timer is due sooner) and handle every complete packet,
        /// run keep-alive and timeouts, send what the outbox holds. Handlers run inside this call. Use either
        /// <see cref="Start"/> or <see cref="Poll"/>, not both.
        /// </summary>
        public void Poll(int timeoutMilliseconds)
        {
            if (timeoutMilliseconds < 0)
            {
                timeoutMilliseconds = 0;
            }

            int step;
            long wait;
            lock (sync)
            {
                long now = clock.Milliseconds;
                if (state == Waiting && now >= nextAttempt)
                {
                    state = Connecting;
                }

                step = state;
                wait = state == Waiting ? nextAttempt - now : timeoutMilliseconds;
            }

            if (step == Connecting)
            {
                OpenConnection();
            }
            else if (step == AwaitingConnAck || step == Connected)
            {
                ReceiveStep(timeoutMilliseconds);
            }
            else if (timeoutMilliseconds > 0)
            {
                wake.WaitOne((int)(wait < timeoutMilliseconds ? wait : timeoutMilliseconds), false);
            }
        }

        /// <summary>
        /// Publishes <paramref name="count"/> bytes of <paramref name="payload"/> from <paramref name="offset"/>.
        /// Returns the packet id (QoS 1/2: completion comes through <see cref="PublishCompleted"/>), 0 (QoS 0 sent, or
        /// queued offline when the options ask), or a negative <see cref="PublishStatus"/>. Safe from any thread.
        /// </summary>
        public int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain)
        {
            lock (sync)
            {
                // The packet keeps the topic string: publishing the same string again reuses its encoded bytes.
                publish.TopicBytes = null;
                publish.Topic = topic;
                return Send(publish, payload, offset, count, qos, retain);
            }
        }

        /// <summary>
        /// Publishes to a topic encoded once at start-up (<see cref="PreparedTopic"/>): the device's fast path, no
        /// string walk per message. Same results as the other overloads.
        /// </summary>
        public int Publish(PreparedTopic topic, byte[] payload, int offset, int count, int qos, bool retain)
        {
            if (topic == null)
            {
                return PublishStatus.InvalidTopic;
            }

            lock (sync)
            {
                publish.SetTopic(topic);
                return Send(publish, payload, offset, count, qos, retain);
            }
        }

        /// <summary>Publishes a message with its MQTT 5 properties; same results as the other overload.</summary>
        public int Publish(OutgoingMessage message)
        {
            if (message == null)
            {
                return PublishStatus.InvalidArgument;
            }

            lock (sync)
            {
                PublishPacket packet = message.Packet;
                packet.Topic = message.Topic;
                packet.TopicBytes = message.TopicBytes;
                packet.SetPayload(message.Payload, message.PayloadOffset, message.PayloadLength);
                packet.Retain = message.Retain;
                return Send(packet, message.Qos);
            }
        }

        /// <summary>
        /// Subscribes to <paramref name="filter"/> at <paramref name="qos"/> and keeps it in the subscription table (restored
        /// after a reconnect). Returns the packet id of the SUBSCRIBE (result through <see cref="SubscribeCompleted"/>),
        /// 0 when not connected (it is sent on connection), or a negative <see cref="PublishStatus"/>.
        /// </summary>
        public int Subscribe(string filter, int qos)
        {
            lock (sync)
            {
                subscribe.Clear();
                if (!subscribe.Add(filter, qos))
                {
                    return filter == null ? PublishStatus.InvalidFilter : PublishStatus.InvalidQos;
                }

                subscribe.PacketId = 1;
                int size = SubscribeEncoder.Size(version, subscribe);
                subscribe.Clear();
                if (size < 0 || size > tx.Length)
                {
                    return size < 0 ? FromEncodeStatus(size) : PublishStatus.TooLarge;
                }

                int index = subscriptions.Put(filter, qos);
                if (index < 0)
                {
                    return PublishStatus.SubscriptionTableFull;
                }

                if (state != Connected)
                {
                    subscriptions.Set(index, SubscriptionState.Pending, 0);
                    return 0;
                }

                return SendSubscribe(index);
            }
        }

        /// <summary>
        /// Unsubscribes from <paramref name="filter"/> (same string as subscribed). Returns the packet id of the
        /// UNSUBSCRIBE (result through <see cref="UnsubscribeCompleted"/>), 0 when not connected (removed, or sent on
        /// connection if the broker kept the session), or <see cref="PublishStatus.NotSubscribed"/>.
        /// </summary>
        public int Unsubscribe(string filter)
        {
            lock (sync)
            {
                int index = subscriptions.Find(filter);
                if (index < 0)
                {
                    return PublishStatus.NotSubscribed;
                }

                if (state != Connected)
                {
                    if (subscriptions.GetState(index) == SubscriptionState.Pending)
                    {
                        subscriptions.Remove(index);
                    }
                    else
                    {
                        subscriptions.Set(index, SubscriptionState.UnsubscribePending, 0);
                    }

                    return 0;
                }

                return SendUnsubscribe(index);
            }
        }

        private int Send(PublishPacket packet, byte[] payload, int offset, int count, int qos, bool retain)
        {
            packet.SetPayload(payload, offset, count);
            packet.Retain = retain;
            int result = Send(packet, qos);
            packet.SetPayload(null, 0, 0);
            return result;
        }

        private static ConnectPacket BuildConnect(MqttClientOptions options, bool v5)
        {
            OutgoingProperties willProperties = options.WillProperties != null ? options.WillProperties : new OutgoingProperties(0);
            ConnectPacket packet = new ConnectPacket(new OutgoingProperties(0), willProperties);
            packet.ClientId = options.ClientId == null ? string.Empty : options.ClientId;
            packet.KeepAliveSeconds = options.KeepAliveSeconds;
            packet.UserName = options.UserName;
            if (options.Password != null)
            {
                packet.SetPassword(options.Password, 0, options.Password.Length);
            }

            if (options.WillTopic != null)
            {
                byte[] payload = options.WillPayload;
                packet.SetWill(options.WillTopic, options.WillQos, options.WillRetain, payload, 0,
                    payload == null ? 0 : payload.Length);
            }

            if (v5)
            {
                if (options.SessionExpirySeconds > 0)
                {
                    packet.Properties.SetInteger(PropertyId.SessionExpiryInterval, options.SessionExpirySeconds);
                }

                int receiveMaximum = options.InboundQos2Capacity < 1 ? 1 : options.InboundQos2Capacity;
                packet.Properties.SetInteger(PropertyId.ReceiveMaximum, receiveMaximum > 65535 ? 65535 : receiveMaximum);
                packet.Properties.SetInteger(PropertyId.MaximumPacketSize, options.ReceiveBufferSize < 16 ? 16 : options.ReceiveBufferSize);
                if (options.WillTopic != null && options.WillDelaySeconds > 0)
                {
                    willProperties.SetInteger(PropertyId.WillDelayInterval, options.WillDelaySeconds);
                }
            }

            return packet;
        }

        private void Run()
        {
            while (running)
            {
                Poll(ThreadPollMilliseconds);
            }
        }
    }
}
