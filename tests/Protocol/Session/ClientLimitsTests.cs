using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // MQTT 5 negotiation: the broker's CONNACK limits and features turned into statuses before anything is sent, the
    // values the broker overrides (keep-alive, session expiry, client identifier).
    [TestClass]
    public class ClientLimitsTests
    {
        [TestMethod]
        public void APublishAboveTheBrokersMaximumQosGetsItsStatusAndNothingIsSent()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "24 01"));
            Assert.AreEqual(1, h.Client.BrokerMaximumQos);
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.QosNotSupported, h.Publish("t", "x", 2));
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.AreEqual(0, h.Client.OutboxCount);
            Assert.IsTrue(h.Publish("t", "x", 1) > 0);
            Assert.AreEqual(0, h.Publish("t", "x", 0));
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void AQueuedMessageAboveANewBrokersMaximumQosIsCompletedWithQosNotSupported()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            int id = h.Publish("t", "queued", 2);
            Assert.IsTrue(id > 0);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "24 01"));
            Assert.AreEqual(0, h.Transport.CountSent(PacketType.Publish));
            Assert.AreEqual(1, h.Probe.Completions);
            Assert.AreEqual(id, h.Probe.CompletedIds[0]);
            Assert.AreEqual(ReasonCode.QosNotSupported, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void RetainWithoutRetainAvailableGetsItsStatusAndAQueuedOneIsCompleted()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            byte[] body = new byte[] { 1 };
            int queued = h.Client.Publish("t", body, 0, 1, 1, true);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "25 00"));
            Assert.IsFalse(h.Client.BrokerRetainAvailable);
            Assert.AreEqual(ReasonCode.RetainNotSupported, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(queued, h.Probe.CompletedIds[0]);
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.RetainNotSupported, h.Client.Publish("t", body, 0, 1, 0, true));
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.IsTrue(h.Client.Publish("t", body, 0, 1, 1, false) > 0);
        }

        [TestMethod]
        public void SubscriptionsAgainstMissingFeaturesGetTheirStatus()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "28 00 29 00 2A 00"));
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.WildcardNotSupported, h.Client.Subscribe("a/+/c", 1));
            Assert.AreEqual(PublishStatus.WildcardNotSupported, h.Client.Subscribe("a/#", 1));
            Assert.AreEqual(PublishStatus.SharedSubscriptionNotSupported, h.Client.Subscribe("$share/g/a", 1));
            Assert.AreEqual(PublishStatus.SubscriptionIdentifierNotSupported,
                h.Client.Subscribe("a/b", 1, false, false, 0, 5));
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.AreEqual(0, h.Client.SubscriptionCount);
            Assert.IsTrue(h.Client.Subscribe("a/b", 1) > 0);
        }

        [TestMethod]
        public void AStoredSubscriptionTheNewBrokerCannotServeIsReportedNotSent()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            Assert.AreEqual(0, h.Client.Subscribe("cmd/#", 1));
            Assert.AreEqual(0, h.Client.Subscribe("plain", 1, false, false, 0, 9));
            Assert.AreEqual(0, h.Client.Subscribe("ok", 1));
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "28 00 29 00"));
            Assert.AreEqual(1, h.Transport.CountSent(PacketType.Subscribe), "only the filter the broker can serve");
            Assert.AreEqual(2, h.Probe.Subscribes);
            Assert.AreEqual(ReasonCode.WildcardSubscriptionsNotSupported, h.Probe.SubscribedCodes[0]);
            Assert.AreEqual(ReasonCode.SubscriptionIdentifiersNotSupported, h.Probe.SubscribedCodes[1]);
            Assert.AreEqual(1, h.Client.SubscriptionCount);
        }

        [TestMethod]
        public void ServerKeepAliveReplacesOurs()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "13 00 0A"));
            Assert.AreEqual(10, h.Client.KeepAliveSeconds);
            h.Clock.Advance(10000);
            h.Poll();
            Assert.AreEqual(PacketType.PingReq, h.Transport.SentType(-1));
        }

        [TestMethod]
        public void AnAssignedClientIdentifierIsKeptAndSentOnReconnect()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.ClientId = string.Empty;
            options.SessionExpirySeconds = 300;
            ClientHarness h = new ClientHarness(options).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "12 00 03 61 62 63"));
            Assert.AreEqual(3, h.Client.AssignedClientIdLength);
            Assert.AreEqual((byte)'a', h.Client.AssignedClientId[0]);
            h.LoseConnection();
            h.Clock.Advance(options.ReconnectMaxMilliseconds);
            h.Poll();
            Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1));
            Assert.IsTrue(h.LastSentContains("00 03 61 62 63"), "CONNECT carries the assigned identifier");
            byte[] connect = h.Transport.GetSent(-1);
            Assert.AreEqual(0, connect[9] & 0x02, "Clean Start 0: the session is resumed under that identifier");
        }

        [TestMethod]
        public void TheBrokersSessionExpiryDecidesWhetherTheSessionIsResumed()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 3600;
            ClientHarness h = new ClientHarness(options).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "11 00 00 00 00"));
            Assert.AreEqual(0L, h.Client.SessionExpirySeconds);
            h.LoseConnection();
            h.Clock.Advance(options.ReconnectMaxMilliseconds);
            h.Poll();
            Assert.AreEqual(0x02, h.Transport.GetSent(-1)[9] & 0x02, "Clean Start 1: the broker keeps no session");

            ClientHarness g = new ClientHarness(MqttVersion.V500).Create();
            g.ConnectWith(BrokerPackets.ConnAck5(false, 0, "11 00 00 00 3C"));
            Assert.AreEqual(60L, g.Client.SessionExpirySeconds);
            g.LoseConnection();
            g.Clock.Advance(8000);
            g.Poll();
            Assert.AreEqual(0, g.Transport.GetSent(-1)[9] & 0x02, "Clean Start 0: the broker keeps it 60 s");
        }

        [TestMethod]
        public void WillDelayAndSessionExpiryGoInTheConnect()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 120;
            options.WillTopic = "w";
            options.WillDelaySeconds = 30;
            ClientHarness h = new ClientHarness(options).Create();
            h.Client.Connect();
            h.Poll();
            Assert.IsTrue(h.LastSentContains("11 00 00 00 78"), "Session Expiry Interval 120");
            Assert.IsTrue(h.LastSentContains("18 00 00 00 1E"), "Will Delay Interval 30");
        }

        [TestMethod]
        public void TheBrokersLimitsAreReadFromTheConnAck()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "21 00 03 27 00 00 01 00 22 00 05"));
            Assert.AreEqual(3, h.Client.BrokerReceiveMaximum);
            Assert.AreEqual(3, h.Client.InflightWindow);
            Assert.AreEqual(256L, h.Client.BrokerMaximumPacketSize);
            Assert.AreEqual(5, h.Client.BrokerTopicAliasMaximum);
            Assert.AreEqual(5, h.Client.OutboundTopicAliasLimit);
            Assert.IsTrue(h.Client.BrokerWildcardSubscriptionAvailable);
            Assert.IsTrue(h.Client.BrokerSharedSubscriptionAvailable);
            Assert.IsTrue(h.Client.BrokerSubscriptionIdentifiersAvailable);
        }

        [TestMethod]
        public void Version311HasNoVersion5Options()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            Assert.AreEqual(PublishStatus.NotSupportedInVersion, h.Client.Subscribe("a", 1, true, false, 0, 0));
            Assert.AreEqual(PublishStatus.NotSupportedInVersion, h.Client.Subscribe("a", 1, false, false, 0, 3));
            Assert.AreEqual(PublishStatus.NotSupportedInVersion, h.Client.Reauthenticate());
        }
    }
}
