using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>A client over a <see cref="ScriptedTransport"/> and a <see cref="ManualClock"/>, pumped by Poll(0).</summary>
    internal sealed class ClientHarness
    {
        public readonly ScriptedTransport Transport = new ScriptedTransport();
        public readonly ManualClock Clock = new ManualClock();
        public readonly MqttClientOptions Options;
        public readonly int Version;
        public MqttClient Client;
        public ClientProbe Probe;

        public ClientHarness(int version)
            : this(DefaultOptions(version))
        {
        }

        public ClientHarness(MqttClientOptions options)
        {
            Options = options;
            Version = options.Version;
        }

        public static MqttClientOptions DefaultOptions(int version)
        {
            MqttClientOptions options = new MqttClientOptions();
            options.Version = version;
            options.ClientId = "dev1";
            options.Host = "broker";
            options.Port = 1883;
            options.KeepAliveSeconds = 60;
            options.RandomSeed = 12345;
            options.ReconnectMinMilliseconds = 1000;
            options.ReconnectMaxMilliseconds = 8000;
            return options;
        }

        /// <summary>Creates the client (after the test changed the options).</summary>
        public ClientHarness Create()
        {
            Client = new MqttClient(Options, Transport, Clock);
            Probe = new ClientProbe(Client);
            return this;
        }

        /// <summary>Connect, CONNECT sent, CONNACK accepted.</summary>
        public void Connect(bool sessionPresent)
        {
            if (Client == null)
            {
                Create();
            }

            Client.Connect();
            Client.Poll(0);
            Assert.AreEqual(PacketType.Connect, Transport.SentType(-1), "CONNECT sent");
            Deliver(BrokerPackets.ConnAck(Version, sessionPresent, 0));
            Assert.IsTrue(Client.IsConnected, "connected");
        }

        /// <summary>After a loss: wait out the backoff, reconnect and accept with <paramref name="sessionPresent"/>.</summary>
        public void Reconnect(bool sessionPresent)
        {
            Clock.Advance(Options.ReconnectMaxMilliseconds);
            Client.Poll(0);
            Assert.AreEqual(PacketType.Connect, Transport.SentType(-1), "CONNECT sent again");
            Transport.ClearSent();
            Deliver(BrokerPackets.ConnAck(Version, sessionPresent, 0));
            Assert.IsTrue(Client.IsConnected, "reconnected");
        }

        /// <summary>The broker closes the socket; the client notices on its next Poll.</summary>
        public void LoseConnection()
        {
            Transport.ReceiveResult = TransportStatus.Closed;
            Client.Poll(0);
            Assert.IsFalse(Client.IsConnected, "connection lost");
        }

        public void Deliver(byte[] packet)
        {
            Transport.Deliver(packet);
            Client.Poll(0);
        }

        public void Deliver(string hex)
        {
            Transport.Deliver(hex);
            Client.Poll(0);
        }

        public void Poll()
        {
            Client.Poll(0);
        }

        public int Publish(string topic, string payload, int qos)
        {
            byte[] body = System.Text.Encoding.UTF8.GetBytes(payload);
            return Client.Publish(topic, body, 0, body.Length, qos, false);
        }

        /// <summary>The last packet sent, decoded as a PUBLISH.</summary>
        public PublishView SentPublish(int index)
        {
            byte[] packet = Transport.GetSent(index);
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(packet, 0, packet.Length, Version, view));
            return view;
        }
    }
}
