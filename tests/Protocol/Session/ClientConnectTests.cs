using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol.Session
{
    // CONNECT / CONNACK in both versions, refusals, Session Present rules, timeouts, the will.
    [TestClass]
    public class ClientConnectTests
    {
        [TestMethod]
        public void Connects311WithTheConnectTheOptionsDescribe()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Client.Connect();
            Assert.AreEqual(0, h.Transport.ConnectCount, "nothing happens before Poll");
            h.Poll();
            Assert.AreEqual(1, h.Transport.ConnectCount);
            Assert.AreEqual("broker", h.Transport.LastHost);
            Assert.AreEqual(1883, h.Transport.LastPort);

            // 10 bytes variable header "MQTT" 4, flags 0x02 (clean session), keep-alive 60, client id "dev1".
            Hex.AssertBytes("10 10 00 04 4D 51 54 54 04 02 00 3C 00 04 64 65 76 31", h.Transport.GetSent(0), 0, 18);
            Assert.IsFalse(h.Client.IsConnected, "not before CONNACK");

            h.Deliver(BrokerPackets.ConnAck(MqttVersion.V311, false, 0));
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(1, h.Probe.Changes);
            Assert.IsTrue(h.Probe.Connected[0]);
            Assert.AreEqual(ConnectionReason.Connected, h.Probe.Reasons[0]);
            Assert.IsFalse(h.Probe.SessionPresent[0]);
            Assert.AreEqual(1, h.Client.ConnectionCount);
        }

        [TestMethod]
        public void Connects5AdvertisingReceiveMaximumAndMaximumPacketSize()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 3600;
            options.CleanStart = false;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);

            ConnectPacket expected = new ConnectPacket();
            expected.ClientId = "dev1";
            expected.CleanStart = false;
            expected.KeepAliveSeconds = 60;
            expected.Properties.SetInteger(PropertyId.SessionExpiryInterval, 3600);
            expected.Properties.SetInteger(PropertyId.ReceiveMaximum, options.InboundQos2Capacity);
            expected.Properties.SetInteger(PropertyId.MaximumPacketSize, options.ReceiveBufferSize);
            byte[] bytes = new byte[ConnectEncoder.Size(MqttVersion.V500, expected)];
            ConnectEncoder.Encode(bytes, 0, bytes.Length, MqttVersion.V500, expected);
            Assert.AreEqual(Hex.Format(bytes, 0, bytes.Length), h.Transport.SentHex(0));
            Assert.AreEqual(MqttVersion.V500, h.Client.Version);
        }

        [TestMethod]
        public void SendsTheWillFromTheOptions()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.WillTopic = "dev/dev1/status";
            options.WillPayload = new byte[] { 0x6F, 0x66, 0x66 };
            options.WillQos = 1;
            options.WillRetain = true;
            options.WillDelaySeconds = 5;
            options.UserName = "user";
            options.Password = new byte[] { 1, 2, 3 };
            ClientHarness h = new ClientHarness(options).Create();
            h.Client.Connect();
            h.Poll();

            ConnectPacket expected = new ConnectPacket();
            expected.ClientId = "dev1";
            expected.KeepAliveSeconds = 60;
            expected.UserName = "user";
            expected.SetPassword(options.Password, 0, 3);
            expected.SetWill("dev/dev1/status", 1, true, options.WillPayload, 0, 3);
            expected.WillProperties.SetInteger(PropertyId.WillDelayInterval, 5);
            expected.Properties.SetInteger(PropertyId.ReceiveMaximum, options.InboundQos2Capacity);
            expected.Properties.SetInteger(PropertyId.MaximumPacketSize, options.ReceiveBufferSize);
            byte[] bytes = new byte[ConnectEncoder.Size(MqttVersion.V500, expected)];
            ConnectEncoder.Encode(bytes, 0, bytes.Length, MqttVersion.V500, expected);
            Assert.AreEqual(Hex.Format(bytes, 0, bytes.Length), h.Transport.SentHex(0));
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, ConnectReturnCode.NotAuthorized)]
        [DataRow(MqttVersion.V311, ConnectReturnCode.IdentifierRejected)]
        [DataRow(MqttVersion.V500, ReasonCode.NotAuthorized)]
        [DataRow(MqttVersion.V500, ReasonCode.ServerBusy)]
        public void RefusedConnAckIsReportedWithItsCodeAndRetried(int version, int code)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver(BrokerPackets.ConnAck(version, false, code));

            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.Refused, h.Probe.LastReason);
            Assert.AreEqual(code, h.Probe.LastCode);
            Assert.IsFalse(h.Transport.IsOpen, "socket closed");
            Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1), "no DISCONNECT after a refusal");
            long retry = h.Probe.RetryIn[h.Probe.Changes - 1];
            Assert.IsTrue(retry >= 1000 && retry <= 2000, "first retry within [min, 2 min]");

            h.Clock.Advance(retry);
            h.Poll();
            Assert.AreEqual(2, h.Transport.ConnectCount, "retried after the backoff");
        }

        [TestMethod]
        public void A311OnlyBrokerRefusing5IsUnsupportedProtocolVersion()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver("20 02 00 01");
            Assert.AreEqual(ConnectionReason.Refused, h.Probe.LastReason, "CONNACK 3.1.1 form with return code 1");
            Assert.AreEqual(ReasonCode.UnsupportedProtocolVersion, h.Probe.LastCode);
            Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1), "no 5.0 DISCONNECT to a 3.1.1 broker");
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void SessionPresentWithCleanStartIsAProtocolError(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver(BrokerPackets.ConnAck(version, true, 0));

            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ProtocolError, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.ProtocolError, h.Probe.LastCode);
            if (version == MqttVersion.V500)
            {
                Hex.AssertBytes("E0 01 82", h.Transport.GetSent(-1), 0, 3);
            }
            else
            {
                Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1), "3.1.1: just close");
            }
        }

        [TestMethod]
        public void ReconnectionsResumeAPersistentSession()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.CleanStart = false;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            Assert.AreEqual(0x00, h.Transport.GetSent(0)[9] & 0x02, "clean session 0");
            h.LoseConnection();
            h.Reconnect(true);
            Assert.IsTrue(h.Probe.SessionPresent[h.Probe.Changes - 1]);
        }

        [TestMethod]
        public void FiveWithCleanStartThenSessionExpiryResumesOnReconnect()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.CleanStart = true;
            options.SessionExpirySeconds = 600;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            Assert.AreEqual(0x02, h.Transport.GetSent(0)[9] & 0x02, "first connection: clean start");
            h.LoseConnection();
            h.Clock.Advance(options.ReconnectMaxMilliseconds);
            h.Poll();
            Assert.AreEqual(0x00, h.Transport.GetSent(-1)[9] & 0x02, "reconnection: resume");
            h.Deliver(BrokerPackets.ConnAck(MqttVersion.V500, true, 0));
            Assert.IsTrue(h.Client.IsConnected, "Session Present 1 is fine without Clean Start");
        }

        [TestMethod]
        public void NoConnAckInTimeEndsTheAttempt()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Client.Connect();
            h.Poll();
            h.Clock.Advance(h.Options.ConnectTimeoutMilliseconds - 1);
            h.Poll();
            Assert.AreEqual(0, h.Probe.Changes, "still waiting");
            h.Clock.Advance(1);
            h.Poll();
            Assert.AreEqual(ConnectionReason.ConnectTimeout, h.Probe.LastReason);
            Assert.IsFalse(h.Transport.IsOpen);
        }

        [TestMethod]
        public void TransportFailureIsReportedAndRetried()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Transport.ConnectResult = TransportStatus.Refused;
            h.Client.Connect();
            h.Poll();
            Assert.AreEqual(ConnectionReason.TransportFailed, h.Probe.LastReason);
            Assert.AreEqual(TransportStatus.Refused, h.Probe.LastCode);
            Assert.AreEqual(0, h.Transport.SentCount);

            h.Transport.ConnectResult = TransportStatus.Ok;
            h.Clock.Advance(h.Options.ReconnectMaxMilliseconds);
            h.Poll();
            h.Deliver(BrokerPackets.ConnAck(MqttVersion.V311, false, 0));
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void APacketBeforeConnAckIsAProtocolError()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, 1));
            Assert.AreEqual(ConnectionReason.ProtocolError, h.Probe.LastReason);
            Hex.AssertBytes("E0 01 82", h.Transport.GetSent(-1), 0, 3);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void DisconnectSendsDisconnectAndStopsReconnecting(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Client.Disconnect();
            Assert.IsFalse(h.Client.IsConnected);
            Hex.AssertBytes("E0 00", h.Transport.GetSent(-1), 0, 2);
            Assert.IsFalse(h.Transport.IsOpen);
            Assert.AreEqual(ConnectionReason.ClientDisconnect, h.Probe.LastReason);

            h.Clock.Advance(100000);
            h.Poll();
            Assert.AreEqual(1, h.Transport.ConnectCount, "no reconnection after Disconnect");
        }

        [TestMethod]
        public void OptionsThatCannotMakeAConnectAreRefusedAtConstruction()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.WillTopic = "a/+";
            Assert.ThrowsException(typeof(System.ArgumentException),
                () => new MqttClient(options, new ScriptedTransport(), new ManualClock()));
        }
    }
}
