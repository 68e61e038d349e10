using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // The in-flight window, the outbox limits and its policy.
    [TestClass]
    public class ClientOutboxTests
    {
        [TestMethod]
        public void AFullWindowQueuesAndEachAckSendsTheNextInOrder()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.MaxInflight = 2;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            int a = h.Publish("t", "a", 1);
            int b = h.Publish("t", "b", 2);
            int c = h.Publish("t", "c", 1);
            int d = h.Publish("t", "d", 1);
            Assert.AreEqual(2, h.Client.InflightCount);
            Assert.AreEqual(4, h.Client.OutboxCount);
            Assert.AreEqual(b, h.SentPublish(-1).PacketId, "c and d wait");

            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, a));
            Assert.AreEqual(c, h.SentPublish(-1).PacketId);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, b));
            Assert.AreEqual(PacketType.PubRel, h.Transport.SentType(-1), "still in flight until PUBCOMP");
            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, b));
            Assert.AreEqual(d, h.SentPublish(-1).PacketId);
            Assert.AreEqual(2, h.Client.InflightCount);
        }

        [TestMethod]
        public void TheBrokersReceiveMaximumCapsTheWindow()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver("20 06 00 00 03 21 00 01");
            Assert.AreEqual(1, h.Client.InflightWindow);
            h.Publish("t", "a", 1);
            h.Publish("t", "b", 1);
            Assert.AreEqual(1, h.Client.InflightCount);
        }

        [TestMethod]
        public void AFullOutboxRefusesTheNewMessageAndKeepsTheOld()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.OutboxEntries = 3;
            ClientHarness h = new ClientHarness(options).Create();
            Assert.AreEqual(1, h.Publish("t", "1", 1));
            Assert.AreEqual(2, h.Publish("t", "2", 1));
            Assert.AreEqual(3, h.Publish("t", "3", 2));
            Assert.AreEqual(PublishStatus.OutboxFull, h.Publish("t", "4", 1));
            Assert.AreEqual(3, h.Client.OutboxCount);

            h.Connect(false);
            Assert.AreEqual(3, h.Transport.CountSent(PacketType.Publish));
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, 1));
            Assert.IsTrue(h.Publish("t", "4", 1) > 0, "room again");
        }

        [TestMethod]
        public void AFullOutboxByBytesIsReportedToo()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.OutboxBytes = 100;
            ClientHarness h = new ClientHarness(options).Create();
            byte[] payload = new byte[40];
            Assert.IsTrue(h.Client.Publish("t", payload, 0, 40, 1, false) > 0);
            Assert.IsTrue(h.Client.Publish("t", payload, 0, 40, 1, false) > 0);
            Assert.AreEqual(PublishStatus.OutboxFull, h.Client.Publish("t", payload, 0, 40, 1, false));
            Assert.AreEqual(PublishStatus.TooLarge, h.Client.Publish("t", new byte[200], 0, 200, 1, false));
        }

        [TestMethod]
        public void APublishLargerThanTheBrokersMaximumIsRefused()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver("20 08 00 00 05 27 00 00 00 20");
            Assert.IsTrue(h.Client.IsConnected);
            int sent = h.Transport.SentCount;
            Assert.AreEqual(PublishStatus.TooLarge, h.Client.Publish("t", new byte[40], 0, 40, 1, false));
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.IsTrue(h.Client.Publish("t", new byte[4], 0, 4, 1, false) > 0);
        }
    }
}
