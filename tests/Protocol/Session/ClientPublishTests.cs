using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // Outgoing PUBLISH at QoS 0, 1 and 2, results and statuses, packet ids.
    [TestClass]
    public class ClientPublishTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosZeroIsSentAtOnce(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            Assert.AreEqual(0, h.Publish("t/a", "hi", 0));
            PublishView sent = h.SentPublish(-1);
            Assert.IsTrue(sent.TopicEquals("t/a"));
            Assert.AreEqual(0, sent.Qos);
            Assert.AreEqual(2, sent.PayloadLength);
            Assert.AreEqual(0, h.Client.OutboxCount, "QoS 0 is not stored");
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosOneCompletesOnPubAck(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Publish("t/a", "one", 1);
            Assert.AreEqual(1, id);
            PublishView sent = h.SentPublish(-1);
            Assert.AreEqual(1, sent.Qos);
            Assert.AreEqual(id, sent.PacketId);
            Assert.IsFalse(sent.Dup);
            Assert.AreEqual(1, h.Client.InflightCount);

            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, id));
            Assert.AreEqual(1, h.Probe.Completions);
            Assert.AreEqual(id, h.Probe.CompletedIds[0]);
            Assert.AreEqual(0, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(0, h.Client.InflightCount);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosTwoRunsPubRecPubRelPubComp(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Publish("t/b", "two", 2);
            Assert.AreEqual(2, h.SentPublish(-1).Qos);

            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, id));
            Hex.AssertBytes("62 02 00 01", h.Transport.GetSent(-1), 0, 4);
            Assert.AreEqual(0, h.Probe.Completions, "not complete before PUBCOMP");
            Assert.AreEqual(1, h.Client.InflightCount);

            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, id));
            Hex.AssertBytes("62 02 00 01", h.Transport.GetSent(-1), 0, 4);

            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, id));
            Assert.AreEqual(1, h.Probe.Completions);
            Assert.AreEqual(id, h.Probe.CompletedIds[0]);
            Assert.AreEqual(0, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void FailureReasonCodesEndTheFlowIn5()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int one = h.Publish("t/a", "x", 1);
            int two = h.Publish("t/a", "y", 2);
            int sent = h.Transport.SentCount;
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, one, ReasonCode.NotAuthorized));
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, two, ReasonCode.QuotaExceeded));

            Assert.AreEqual(2, h.Probe.Completions);
            Assert.AreEqual(one, h.Probe.CompletedIds[0]);
            Assert.AreEqual(ReasonCode.NotAuthorized, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(two, h.Probe.CompletedIds[1]);
            Assert.AreEqual(ReasonCode.QuotaExceeded, h.Probe.CompletedCodes[1]);
            Assert.AreEqual(sent, h.Transport.SentCount, "no PUBREL after a failed PUBREC");
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void NoMatchingSubscribersIsSuccessNotFailure()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int id = h.Publish("t/a", "x", 1);
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, id, ReasonCode.NoMatchingSubscribers));
            Assert.AreEqual(ReasonCode.NoMatchingSubscribers, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void InvalidArgumentsGetTheirStatusAndSendNothing()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.InvalidTopic, h.Publish("a/+", "x", 1));
            Assert.AreEqual(PublishStatus.InvalidTopic, h.Publish("", "x", 0));
            Assert.AreEqual(PublishStatus.InvalidTopic, h.Client.Publish((string)null, null, 0, 0, 0, false));
            Assert.AreEqual(PublishStatus.InvalidQos, h.Publish("a", "x", 3));
            Assert.AreEqual(PublishStatus.InvalidQos, h.Publish("a", "x", -1));
            Assert.AreEqual(PublishStatus.InvalidPayload, h.Client.Publish("a", new byte[4], 2, 5, 1, false));
            Assert.AreEqual(PublishStatus.TooLarge, h.Client.Publish("a", new byte[2000], 0, 2000, 1, false));
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void QosZeroOfflineIsRefusedUnlessTheOptionsQueueIt()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            Assert.AreEqual(PublishStatus.NotConnected, h.Publish("t", "x", 0));

            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.QueueQos0WhenOffline = true;
            ClientHarness q = new ClientHarness(options).Create();
            Assert.AreEqual(0, q.Publish("t", "first", 0));
            Assert.AreEqual(1, q.Client.OutboxCount);
            q.Connect(false);
            PublishView sent = q.SentPublish(-1);
            Assert.AreEqual(0, sent.Qos);
            Assert.AreEqual(0, q.Client.OutboxCount, "sent and gone");
        }

        [TestMethod]
        public void PublishWithPropertiesSendsThemIn5()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "t/p";
            message.SetPayload(new byte[] { 1, 2, 3 }, 1, 2);
            message.Qos = 1;
            message.Retain = true;
            Assert.IsTrue(message.Properties.SetString(PropertyId.ContentType, "bin"));
            int id = h.Client.Publish(message);
            Assert.IsTrue(id > 0);
            PublishView sent = h.SentPublish(-1);
            Assert.IsTrue(sent.Retain);
            Assert.AreEqual(2, sent.PayloadLength);
            Assert.IsTrue(sent.Properties.StringEquals(PropertyId.ContentType, "bin"));

            message.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 3);
            Assert.AreEqual(PublishStatus.InvalidProperty, h.Client.Publish(message));
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void APreparedTopicPublishesTheSameBytesAsItsString(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            byte[] payload = new byte[] { 1, 2, 3 };
            PreparedTopic topic = new PreparedTopic("dev/d1/telemetry");
            Assert.AreEqual(0, h.Client.Publish(topic, payload, 0, 3, 0, true));
            string prepared = h.Transport.SentHex(-1);
            Assert.AreEqual(0, h.Client.Publish("dev/d1/telemetry", payload, 0, 3, 0, true));
            Assert.AreEqual(prepared, h.Transport.SentHex(-1));

            Assert.AreEqual(PublishStatus.InvalidTopic, h.Client.Publish(new PreparedTopic("a/#"), payload, 0, 3, 1, false));
            Assert.AreEqual(PublishStatus.InvalidTopic, h.Client.Publish((PreparedTopic)null, payload, 0, 3, 1, false));
        }

        [TestMethod]
        public void PacketIdsSkipIdsStillInUse()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            int first = h.Publish("t", "a", 1);
            int second = h.Publish("t", "b", 1);
            Assert.AreEqual(1, first);
            Assert.AreEqual(2, second);
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, second));

            // Walk the counter once round: id 1 is still in flight and must be skipped.
            int last = 0;
            for (int i = 0; i < 65533; i++)
            {
                last = h.Publish("t", "c", 1);
                h.Deliver(BrokerPackets.Ack(PacketType.PubAck, last));
            }

            Assert.AreEqual(65535, last);
            Assert.AreEqual(2, h.Publish("t", "d", 1), "id 1 skipped");
        }
    }
}
