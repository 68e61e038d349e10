using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // UNSUBSCRIBE (5.0 §3.10) and UNSUBACK (5.0 §3.11).
    [TestClass]
    public class UnsubscribeCodecTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311, "A2 07 00 02 00 03 61 2F 62")]
        [DataRow(MqttVersion.V500, "A2 08 00 02 00 00 03 61 2F 62")]
        public void EncodesOneFilter(int version, string hex)
        {
            UnsubscribePacket packet = new UnsubscribePacket();
            packet.PacketId = 2;
            Assert.IsTrue(packet.Add("a/b"));
            byte[] buffer = Hex.Guarded(12);
            int length = UnsubscribeEncoder.Encode(buffer, 2, 10, version, packet);
            Assert.AreEqual(length, UnsubscribeEncoder.Size(version, packet));
            Hex.AssertBytes(hex, buffer, 2, length);
            Hex.AssertGuardsIntact(buffer, 2, length);
        }

        [TestMethod]
        public void EncodesUserPropertiesIn5()
        {
            UnsubscribePacket packet = new UnsubscribePacket();
            packet.PacketId = 3;
            Assert.IsTrue(packet.Add("+/x"));
            Assert.IsTrue(packet.Add("#"));
            Assert.IsTrue(packet.Properties.AddUserProperty("k", "v"));
            byte[] buffer = new byte[20];
            Assert.AreEqual(20, UnsubscribeEncoder.Encode(buffer, 0, 20, MqttVersion.V500, packet));
            Hex.AssertBytes("A2 12 00 03 07 26 00 01 6B 00 01 76 00 03 2B 2F 78 00 01 23", buffer, 0, 20);
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[32];
            UnsubscribePacket packet = new UnsubscribePacket();
            packet.PacketId = 1;
            Assert.AreEqual(EncodeStatus.NoTopicFilter, UnsubscribeEncoder.Encode(buffer, 0, 32, MqttVersion.V311, packet));
            Assert.IsTrue(packet.Add("a+"));
            Assert.AreEqual(EncodeStatus.InvalidTopicFilter,
                UnsubscribeEncoder.Encode(buffer, 0, 32, MqttVersion.V311, packet));
            packet.Clear();
            Assert.IsTrue(packet.Add("a"));
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty, UnsubscribeEncoder.Encode(buffer, 0, 32, MqttVersion.V500, packet));
            Assert.AreEqual(7, UnsubscribeEncoder.Encode(buffer, 0, 32, MqttVersion.V311, packet));
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, "B0 02 00 02", 0, 0)]
        [DataRow(MqttVersion.V500, "B0 04 00 02 00 11", 1, 0x11)]
        [DataRow(MqttVersion.V500, "B0 05 00 02 00 00 8F", 2, 0x8F)]
        public void DecodesUnsubAck(int version, string hex, int count, int last)
        {
            byte[] buffer = Hex.Parse(hex);
            UnsubAckView view = new UnsubAckView();
            Assert.AreEqual(ReasonCode.Success, UnsubAckDecoder.Decode(buffer, 0, buffer.Length, version, view));
            Assert.AreEqual(2, view.PacketId);
            Assert.AreEqual(count, view.ReasonCodeCount);
            if (count > 0)
            {
                Assert.AreEqual(last, view.GetReasonCode(count - 1));
            }
        }

        [TestMethod]
        [DataRow("B0 03 00 02 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // 3.1.1 has no reason codes
        [DataRow("B0 03 00 02 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // no reason code
        [DataRow("B0 04 00 02 00 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // not an UNSUBACK code
        [DataRow("B0 02 00 00", MqttVersion.V311, ReasonCode.ProtocolError)] // Packet Identifier 0
        [DataRow("B2 02 00 02", MqttVersion.V311, ReasonCode.MalformedPacket)] // reserved flags
        [DataRow("B0 01 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // half a Packet Identifier
        [DataRow("B0 07 00 02 02 0B 01 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // Subscription Identifier, not valid in this packet type (5.0 §2.2.2.2)
        public void RefusesMalformedUnsubAcks(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, UnsubAckDecoder.Decode(buffer, 0, buffer.Length, version, new UnsubAckView()));
        }
    }
}
