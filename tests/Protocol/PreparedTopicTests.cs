using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class PreparedTopicTests
    {
        private static readonly byte[] Hi = new byte[] { 0x68, 0x69 };

        [TestMethod]
        [DataRow(MqttVersion.V311, 0, 0, "30 07 00 03 61 2F 62 68 69")]
        [DataRow(MqttVersion.V311, 1, 10, "32 09 00 03 61 2F 62 00 0A 68 69")]
        [DataRow(MqttVersion.V500, 2, 1, "34 0A 00 03 61 2F 62 00 01 00 68 69")]
        public void EncodesLikeTheTopicString(int version, int qos, int packetId, string hex)
        {
            PreparedTopic topic = new PreparedTopic("a/b");
            Assert.IsTrue(topic.IsValid);
            Assert.AreEqual(0, topic.Status);
            Assert.AreEqual(3, topic.Length);
            Assert.AreEqual("a/b", topic.Topic);

            PublishPacket packet = new PublishPacket();
            packet.SetTopic(topic);
            Assert.AreSame(topic, packet.TopicBytes);
            Assert.AreEqual("a/b", packet.Topic);
            packet.Qos = qos;
            packet.PacketId = packetId;
            packet.SetPayload(Hi, 0, 2);
            byte[] buffer = Hex.Guarded(32);
            int length = PublishEncoder.Encode(buffer, 4, 28, version, packet);
            Assert.AreEqual(length, PublishEncoder.Size(version, packet));
            Hex.AssertBytes(hex, buffer, 4, length);
            Hex.AssertGuardsIntact(buffer, 4, length);

            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 4, length, version, view));
            Assert.IsTrue(view.TopicEquals(topic));
            Assert.IsFalse(view.TopicEquals(new PreparedTopic("a/c")));
        }

        [TestMethod]
        public void TakesPrecedenceOverTheTopicString()
        {
            PublishPacket packet = new PublishPacket();
            packet.TopicBytes = new PreparedTopic("x");
            packet.Topic = "a/+";
            byte[] buffer = new byte[8];
            Assert.AreEqual(5, PublishEncoder.Encode(buffer, 0, 8, MqttVersion.V311, packet));
            Hex.AssertBytes("30 03 00 01 78", buffer, 0, 5);

            packet.SetTopic(null);
            Assert.IsNull(packet.TopicBytes);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PublishEncoder.Encode(buffer, 0, 8, MqttVersion.V311, packet));
            packet.Topic = "y";
            Assert.AreEqual(5, PublishEncoder.Encode(buffer, 0, 8, MqttVersion.V311, packet));
            Hex.AssertBytes("30 03 00 01 79", buffer, 0, 5);
        }

        // MQTT 5.0 §1.5.4: "A" + U+2A6D4 encodes to 41 F0 AA 9B 94 on both builds (native encoder, no UTF-16 walk).
        [TestMethod]
        public void EncodesCharactersAboveTheBasicPlane()
        {
            PreparedTopic topic = new PreparedTopic("A\U0002A6D4");
            Assert.IsTrue(topic.IsValid);
            Assert.AreEqual(5, topic.Length);
            Hex.AssertBytes("41 F0 AA 9B 94", topic.Bytes, 0, 5);
        }

        [TestMethod]
        [DataRow("", "empty")]
        [DataRow("a/+", "single-level wildcard")]
        [DataRow("a/#", "multi-level wildcard")]
        [DataRow("#", "wildcard alone")]
        public void RefusesInvalidTopicNames(string text, string why)
        {
            PreparedTopic topic = new PreparedTopic(text);
            Assert.IsFalse(topic.IsValid, why);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, topic.Status, why);
            Assert.AreEqual(0, topic.Length, why);

            PublishPacket packet = new PublishPacket();
            packet.SetTopic(topic);
            byte[] buffer = Hex.Guarded(16);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PublishEncoder.Encode(buffer, 4, 8, MqttVersion.V500, packet), why);
            Hex.AssertGuardsIntact(buffer, 4, 0);
        }

        [TestMethod]
        public void RefusesNull()
        {
            PreparedTopic topic = new PreparedTopic(null);
            Assert.IsFalse(topic.IsValid);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, topic.Status);
            Assert.IsNull(topic.Topic);
        }
    }
}
