using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // SUBSCRIBE / UNSUBSCRIBE and their results per filter; the subscription table.
    [TestClass]
    public class ClientSubscribeTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311, "82 0A 00 01 00 05 63 6D 64 2F 23 01")]
        [DataRow(MqttVersion.V500, "82 0B 00 01 00 00 05 63 6D 64 2F 23 01")]
        public void SubscribeSendsAndReportsTheGrantedQos(int version, string expected)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("cmd/#", 1);
            Assert.AreEqual(1, id);
            byte[] sent = h.Transport.GetSent(-1);
            Hex.AssertBytes(expected, sent, 0, sent.Length);

            h.Deliver(BrokerPackets.SubAck(version, id, ReasonCode.GrantedQos1));
            Assert.AreEqual(1, h.Probe.Subscribes);
            Assert.AreEqual(id, h.Probe.SubscribedIds[0]);
            Assert.AreEqual(ReasonCode.GrantedQos1, h.Probe.SubscribedCodes[0]);
            Assert.AreEqual(1, h.Client.SubscriptionCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, 0x80)]
        [DataRow(MqttVersion.V500, ReasonCode.NotAuthorized)]
        public void ARefusedFilterIsReportedAndForgotten(int version, int code)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("secret/#", 2);
            h.Deliver(BrokerPackets.SubAck(version, id, code));
            Assert.AreEqual(code, h.Probe.SubscribedCodes[0]);
            Assert.AreEqual(0, h.Client.SubscriptionCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, 0)]
        [DataRow(MqttVersion.V500, ReasonCode.NoSubscriptionExisted)]
        public void UnsubscribeReportsTheUnsubAck(int version, int code)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("a/b", 0);
            h.Deliver(BrokerPackets.SubAck(version, id, 0));
            int un = h.Client.Unsubscribe("a/b");
            Assert.IsTrue(un > 0);
            Assert.AreEqual(PacketType.Unsubscribe, h.Transport.SentType(-1));
            h.Deliver(BrokerPackets.UnsubAck(version, un, code));
            Assert.AreEqual(1, h.Probe.Unsubscribes);
            Assert.AreEqual(un, h.Probe.UnsubscribedIds[0]);
            Assert.AreEqual(code, h.Probe.UnsubscribedCodes[0]);
            Assert.AreEqual(0, h.Client.SubscriptionCount);
            Assert.AreEqual(PublishStatus.NotSubscribed, h.Client.Unsubscribe("a/b"));
        }

        [TestMethod]
        public void SubscribeOfflineIsSentOnConnection()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            Assert.AreEqual(0, h.Client.Subscribe("cmd/+", 1));
            Assert.AreEqual(0, h.Client.Subscribe("cfg", 0));
            h.Connect(false);
            Assert.AreEqual(PacketType.Subscribe, h.Transport.SentType(-2));
            Assert.AreEqual(PacketType.Subscribe, h.Transport.SentType(-1));

            Assert.IsTrue(h.Client.Unsubscribe("cfg") > 0, "connected: an UNSUBSCRIBE goes out");
        }

        [TestMethod]
        public void InvalidFiltersAndAFullTableGetTheirStatus()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.MaxSubscriptions = 2;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.InvalidFilter, h.Client.Subscribe("a/#/b", 0));
            Assert.AreEqual(PublishStatus.InvalidFilter, h.Client.Subscribe("", 0));
            Assert.AreEqual(PublishStatus.InvalidFilter, h.Client.Subscribe(null, 0));
            Assert.AreEqual(PublishStatus.InvalidQos, h.Client.Subscribe("a", 3));
            Assert.AreEqual(sent, h.Transport.SentCount);

            Assert.IsTrue(h.Client.Subscribe("a", 0) > 0);
            Assert.IsTrue(h.Client.Subscribe("b", 0) > 0);
            Assert.AreEqual(PublishStatus.SubscriptionTableFull, h.Client.Subscribe("c", 0));
            Assert.IsTrue(h.Client.Subscribe("a", 1) > 0, "the same filter again updates its entry");
        }

        [TestMethod]
        public void SubAckForAnUnknownIdIsIgnored()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.SubAck(MqttVersion.V311, 42, 0));
            h.Deliver(BrokerPackets.UnsubAck(MqttVersion.V311, 43, 0));
            Assert.AreEqual(0, h.Probe.Subscribes);
            Assert.AreEqual(0, h.Probe.Unsubscribes);
            Assert.AreEqual(2, h.Client.UnexpectedPacketIdCount);
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void UnsubscribeOfflineIsSentWhenTheSessionIsPresent()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.CleanStart = false;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("a", 1);
            h.Deliver(BrokerPackets.SubAck(MqttVersion.V311, id, 1));
            h.LoseConnection();
            Assert.AreEqual(0, h.Client.Unsubscribe("a"));
            h.Reconnect(true);
            Assert.AreEqual(PacketType.Unsubscribe, h.Transport.SentType(-1));
        }
    }
}
