using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // MQTT 5 topic aliases: outbound (assigned to the most used topics within the broker's maximum, replacement by
    // counting), inbound (a fixed table; an alias-only PUBLISH reaches the handler with its stored topic).
    [TestClass]
    public class ClientTopicAliasTests
    {
        private const string Topic = "devices/dev1/telemetry";

        [TestMethod]
        public void ARepeatedTopicGoesOutAsAnAliasAfterTheFirstPublish()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "22 00 02"));
            Assert.AreEqual(0, h.Publish(Topic, "1", 0));
            PublishView first = h.SentPublish(-1);
            Assert.AreEqual(1, first.TopicAlias);
            Assert.IsTrue(first.TopicEquals(Topic), "the alias is set up with its topic");
            int full = h.Transport.GetSent(-1).Length;

            Assert.AreEqual(0, h.Publish(Topic, "2", 0));
            PublishView second = h.SentPublish(-1);
            Assert.AreEqual(1, second.TopicAlias);
            Assert.AreEqual(0, second.TopicLength, "alias only");
            int aliased = h.Transport.GetSent(-1).Length;
            Assert.AreEqual(Topic.Length, full - aliased);
            Assert.AreEqual((long)(Topic.Length - (2 * OutboundTopicAliasSize)), h.Client.TopicAliasBytesSaved);
        }

        private const int OutboundTopicAliasSize = 3;

        [TestMethod]
        public void StoredQos1MessagesKeepTheirTopicAndAReconnectSetsTheAliasUpAgain()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 60;
            ClientHarness h = new ClientHarness(options).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "22 00 01"));
            h.Publish(Topic, "1", 1);
            int id = h.Publish(Topic, "2", 1);
            Assert.AreEqual(0, h.SentPublish(-1).TopicLength);
            h.LoseConnection();
            h.Clock.Advance(options.ReconnectMaxMilliseconds);
            h.Poll();
            h.Transport.ClearSent();
            h.Deliver(BrokerPackets.ConnAck5(true, 0, "22 00 01"));
            Assert.AreEqual(2, h.Transport.CountSent(PacketType.Publish), "both resent with DUP");
            PublishView resent = h.SentPublish(0);
            Assert.IsTrue(resent.Dup);
            Assert.IsTrue(resent.TopicEquals(Topic), "a new connection knows no alias: the topic goes again");
            Assert.AreEqual(1, resent.TopicAlias);
            Assert.AreEqual(0, h.SentPublish(1).TopicLength);
            Assert.AreEqual(id, h.SentPublish(1).PacketId);
        }

        [TestMethod]
        public void AFullTableGivesTheAliasToATopicUsedMoreOftenThanTheLeastUsedOne()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            ClientHarness h = new ClientHarness(options).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "22 00 01"));
            h.Publish("a", "x", 0);
            h.Publish("a", "x", 0);
            Assert.AreEqual(1, h.SentPublish(-1).TopicAlias, "a holds alias 1 with count 2");
            h.Publish("b", "x", 0);
            Assert.AreEqual(0, h.SentPublish(-1).TopicAlias, "b takes one count from a (now 1)");
            Assert.IsTrue(h.SentPublish(-1).TopicEquals("b"));
            h.Publish("b", "x", 0);
            PublishView replaced = h.SentPublish(-1);
            Assert.AreEqual(1, replaced.TopicAlias, "a reached 0: b takes alias 1, sent with its topic");
            Assert.IsTrue(replaced.TopicEquals("b"));
            h.Publish("b", "x", 0);
            Assert.AreEqual(0, h.SentPublish(-1).TopicLength, "b is now alias-only");
            h.Publish("a", "x", 0);
            Assert.AreEqual(0, h.SentPublish(-1).TopicAlias, "a one-off does not displace b");
            Assert.IsTrue(h.SentPublish(-1).TopicEquals("a"));
        }

        [TestMethod]
        public void NoOutboundAliasesWhenTheBrokerAllowsNone()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Publish(Topic, "1", 0);
            h.Publish(Topic, "2", 0);
            Assert.AreEqual(0, h.SentPublish(-1).TopicAlias);
            Assert.IsTrue(h.SentPublish(-1).TopicEquals(Topic));
            Assert.AreEqual(0, h.Client.OutboundTopicAliasLimit);
        }

        [TestMethod]
        public void OurOutboundAliasesAreCappedByTheOptions()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.OutboundTopicAliases = 2;
            ClientHarness h = new ClientHarness(options).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "22 00 0A"));
            Assert.AreEqual(2, h.Client.OutboundTopicAliasLimit);
        }

        [TestMethod]
        public void TheApplicationMayNotSetItsOwnAlias()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "t";
            message.Properties.SetInteger(PropertyId.TopicAlias, 1);
            Assert.AreEqual(PublishStatus.InvalidProperty, h.Client.Publish(message));
        }

        [TestMethod]
        public void AnIncomingAliasMapsBackToItsTopicForTheHandler()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("cmd/dev1/led", 1, 1, "23 00 03", "on"));
            h.Deliver(BrokerPackets.Publish5(string.Empty, 1, 2, "23 00 03", "off"));
            Assert.AreEqual(2, h.Probe.Messages);
            Assert.AreEqual("cmd/dev1/led", h.Probe.Topics[1]);
            Assert.AreEqual("off", h.Probe.Payloads[1]);
            Assert.IsFalse(h.Probe.ViaAlias[0]);
            Assert.IsTrue(h.Probe.ViaAlias[1], "the topic view points at the alias table");
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(PacketType.PubAck, h.Transport.SentType(-1));
        }

        [TestMethod]
        public void AnIncomingAliasCanBeRemapped()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("a", 0, 0, "23 00 01", "1"));
            h.Deliver(BrokerPackets.Publish5("b/c", 0, 0, "23 00 01", "2"));
            h.Deliver(BrokerPackets.Publish5(string.Empty, 0, 0, "23 00 01", "3"));
            Assert.AreEqual("b/c", h.Probe.Topics[2]);
        }

        [TestMethod]
        public void AnUnknownIncomingAliasIsAProtocolError()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5(string.Empty, 0, 0, "23 00 02", "x"));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(0, h.Probe.Messages);
            Hex.AssertBytes("E0 01 82", h.Transport.GetSent(-1), 0, 3);
        }

        [TestMethod]
        public void AnAliasAboveOurMaximumIsTopicAliasInvalid()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.TopicAliasMaximum = 2;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("a", 0, 0, "23 00 03", "x"));
            Assert.IsFalse(h.Client.IsConnected);
            Hex.AssertBytes("E0 01 94", h.Transport.GetSent(-1), 0, 3);
        }

        [TestMethod]
        public void IncomingAliasesEndWithTheConnection()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("a", 0, 0, "23 00 01", "1"));
            h.LoseConnection();
            h.Reconnect(false);
            h.Deliver(BrokerPackets.Publish5(string.Empty, 0, 0, "23 00 01", "2"));
            Assert.IsFalse(h.Client.IsConnected, "alias 1 is unknown on the new connection");
            Assert.AreEqual(1, h.Probe.Messages);
        }

        [TestMethod]
        public void ATopicLongerThanAnAliasEntryIsDeliveredButItsAliasCannotBeUsedAlone()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.TopicAliasTopicBytes = 4;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("long/topic", 0, 0, "23 00 01", "1"));
            Assert.AreEqual("long/topic", h.Probe.Topics[0]);
            h.Deliver(BrokerPackets.Publish5(string.Empty, 0, 0, "23 00 01", "2"));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(1, h.Probe.Messages);
        }
    }
}
