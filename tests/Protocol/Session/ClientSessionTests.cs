using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // What survives a reconnect: resend with DUP or PUBREL (Session Present 1), publish again as new and resubscribe
    // (Session Present 0).
    [TestClass]
    public class ClientSessionTests
    {
        private static ClientHarness Persistent(int version)
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(version);
            options.CleanStart = false;
            options.SessionExpirySeconds = 3600;
            return new ClientHarness(options).Create();
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void SessionPresentResendsWithDupAndPubRelInOrder(int version)
        {
            ClientHarness h = Persistent(version);
            h.Connect(false);
            int one = h.Publish("t", "q1", 1);
            int two = h.Publish("t", "q2", 2);
            int three = h.Publish("t", "q2b", 2);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, two));
            h.LoseConnection();
            h.Reconnect(true);

            Assert.AreEqual(3, h.Transport.SentCount, "PUBLISH one, PUBREL two, PUBLISH three");
            PublishView first = h.SentPublish(0);
            Assert.AreEqual(one, first.PacketId);
            Assert.IsTrue(first.Dup);
            Hex.AssertBytes("62 02 00 02", h.Transport.GetSent(1), 0, 4);
            PublishView third = h.SentPublish(2);
            Assert.AreEqual(three, third.PacketId);
            Assert.IsTrue(third.Dup);
            Assert.AreEqual(2, third.Qos);

            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, one));
            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, two));
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, three));
            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, three));
            Assert.AreEqual(3, h.Probe.Completions);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void LostSessionPublishesEverythingAgainAsNew(int version)
        {
            ClientHarness h = Persistent(version);
            h.Connect(false);
            int one = h.Publish("t", "q1", 1);
            int two = h.Publish("t", "q2", 2);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, two));
            h.LoseConnection();
            h.Reconnect(false);

            Assert.AreEqual(2, h.Transport.SentCount);
            PublishView first = h.SentPublish(0);
            Assert.AreEqual(one, first.PacketId);
            Assert.IsFalse(first.Dup, "a new message for the new session");
            PublishView second = h.SentPublish(1);
            Assert.AreEqual(two, second.PacketId);
            Assert.AreEqual(2, second.Qos);
            Assert.IsFalse(second.Dup);

            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, one));
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, two));
            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, two));
            Assert.AreEqual(2, h.Probe.Completions);
        }

        [TestMethod]
        public void PublishesWhileDisconnectedAreSentInOrderOnConnect()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            int a = h.Publish("t", "a", 1);
            int b = h.Publish("t", "b", 2);
            int c = h.Publish("t", "c", 1);
            Assert.AreEqual(3, h.Client.OutboxCount);
            h.Connect(false);

            Assert.AreEqual(a, h.SentPublish(-3).PacketId);
            Assert.AreEqual(b, h.SentPublish(-2).PacketId);
            Assert.AreEqual(c, h.SentPublish(-1).PacketId);
            Assert.AreEqual(3, h.Client.InflightCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void SubscriptionsAreRestoredWhenTheBrokerHasNoSession(int version)
        {
            ClientHarness h = Persistent(version);
            h.Connect(false);
            int id = h.Client.Subscribe("cmd/#", 1);
            h.Deliver(BrokerPackets.SubAck(version, id, 1));
            h.LoseConnection();
            h.Reconnect(false);

            Assert.AreEqual(1, h.Transport.SentCount);
            Assert.AreEqual(PacketType.Subscribe, h.Transport.SentType(0));
            byte[] subscribe = h.Transport.GetSent(0);
            int newId = (subscribe[2] << 8) | subscribe[3];
            h.Deliver(BrokerPackets.SubAck(version, newId, 1));
            Assert.AreEqual(2, h.Probe.Subscribes);
            Assert.AreEqual(newId, h.Probe.SubscribedIds[1]);
        }

        [TestMethod]
        public void SubscriptionsAreNotSentAgainWhenTheSessionIsPresent()
        {
            ClientHarness h = Persistent(MqttVersion.V311);
            h.Connect(false);
            int id = h.Client.Subscribe("cmd/#", 1);
            h.Deliver(BrokerPackets.SubAck(MqttVersion.V311, id, 1));
            h.LoseConnection();
            h.Reconnect(true);
            Assert.AreEqual(0, h.Transport.SentCount);
        }

        [TestMethod]
        public void LostSessionForgetsIncomingQos2Ids()
        {
            ClientHarness h = Persistent(MqttVersion.V311);
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(MqttVersion.V311, "q", "1", 2, 1, false));
            Assert.AreEqual(1, h.Client.InboundQos2Count);
            h.LoseConnection();
            h.Reconnect(true);
            Assert.AreEqual(1, h.Client.InboundQos2Count, "kept with the session");
            h.Deliver(BrokerPackets.Publish(MqttVersion.V311, "q", "1", 2, 1, true));
            Assert.AreEqual(1, h.Probe.Messages, "the redelivery is not delivered twice");
            h.LoseConnection();
            h.Reconnect(false);
            Assert.AreEqual(0, h.Client.InboundQos2Count, "gone with the session");
        }

        [TestMethod]
        public void ASendFailureLeavesTheMessageInTheOutbox()
        {
            ClientHarness h = Persistent(MqttVersion.V311);
            h.Connect(false);
            h.Transport.SendResult = Telemetry.Mqtt.Transport.TransportStatus.Error;
            int id = h.Publish("t", "x", 1);
            Assert.IsTrue(id > 0, "stored even though the send failed");
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ConnectionLost, h.Probe.LastReason);
            h.Transport.SendResult = Telemetry.Mqtt.Transport.TransportStatus.Ok;
            h.Reconnect(true);
            PublishView sent = h.SentPublish(0);
            Assert.AreEqual(id, sent.PacketId);
            Assert.IsTrue(sent.Dup);
        }
    }
}
