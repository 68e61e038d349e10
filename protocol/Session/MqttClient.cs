using System;
using System.Threading;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Mqtt.Session
{
    /// <summary>MQTT 3.1.1 / 5.0 client session (API skeleton; implementation follows).</summary>
#pragma warning disable CS0067 // skeleton: raised once the session is implemented
    public sealed class MqttClient
    {
        private readonly MqttClientOptions options;
        private readonly IMqttTransport transport;
        private readonly ISessionClock clock;
        private readonly object sync = new object();

        /// <summary>Creates the client and everything it will ever need.</summary>
        public MqttClient(MqttClientOptions options, IMqttTransport transport, ISessionClock clock)
        {
            if (options == null || transport == null || clock == null)
            {
                throw new ArgumentNullException();
            }

            this.options = options;
            this.transport = transport;
            this.clock = clock;
        }

        /// <summary>A message arrived (one reused view, valid during the call).</summary>
        public event MessageReceivedHandler MessageReceived;

        /// <summary>A QoS 1/2 publish was acknowledged or refused.</summary>
        public event PublishCompletedHandler PublishCompleted;

        /// <summary>SUBACK result per filter.</summary>
        public event SubscribeCompletedHandler SubscribeCompleted;

        /// <summary>UNSUBACK result per filter.</summary>
        public event SubscribeCompletedHandler UnsubscribeCompleted;

        /// <summary>The connection opened or closed.</summary>
        public event ConnectionChangedHandler ConnectionChanged;

        /// <summary>True between an accepted CONNACK and the loss of the connection.</summary>
        public bool IsConnected
        {
            get { return false; }
        }

        /// <summary>The MQTT version of the options.</summary>
        public int Version
        {
            get { return options.Version; }
        }

        /// <summary>Connects and keeps connected on the client's own thread.</summary>
        public void Start()
        {
            Connect();
        }

        /// <summary>Sends DISCONNECT, closes and ends the client's thread.</summary>
        public void Stop()
        {
            Disconnect();
        }

        /// <summary>Asks for a connection (and reconnections) without a thread: the caller pumps <see cref="Poll"/>.</summary>
        public void Connect()
        {
        }

        /// <summary>Sends DISCONNECT (normal), closes the connection and stops reconnecting.</summary>
        public void Disconnect()
        {
            lock (sync)
            {
                transport.Close();
            }
        }

        /// <summary>One step: connect when due, receive for up to <paramref name="timeoutMilliseconds"/>, run timers.</summary>
        public void Poll(int timeoutMilliseconds)
        {
            Thread.Sleep(0);
        }

        /// <summary>Publishes; returns the packet id (QoS 1/2), 0 (QoS 0 sent or queued) or a negative <see cref="PublishStatus"/>.</summary>
        public int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain)
        {
            return PublishStatus.NotConnected;
        }

        /// <summary>Publishes a message with properties; same results as the other overload.</summary>
        public int Publish(OutgoingMessage message)
        {
            return PublishStatus.NotConnected;
        }

        /// <summary>Subscribes; returns the packet id, 0 when it will be sent on connection, or a negative status.</summary>
        public int Subscribe(string filter, int qos)
        {
            return PublishStatus.NotConnected;
        }

        /// <summary>Unsubscribes; returns the packet id, 0 when removed offline, or a negative status.</summary>
        public int Unsubscribe(string filter)
        {
            return PublishStatus.NotConnected;
        }
    }
}
