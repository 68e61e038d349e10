using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // SUBSCRIBE (5.0 §3.8) and SUBACK (5.0 §3.9).
    [TestClass]
    public class SubscribeCodecTests
    {
        [TestMethod]
        public void EncodesTwoFiltersIn311()
        {
            SubscribePacket packet = new SubscribePacket();
            packet.PacketId = 1;
            Assert.IsTrue(packet.Add("a/#", 1));
            Assert.IsTrue(packet.Add("b", 0));
            byte[] buffer = Hex.Guarded(16);
            int length = SubscribeEncoder.Encode(buffer, 1, 15, MqttVersion.V311, packet);
            Assert.AreEqual(14, length);
            Assert.AreEqual(14, SubscribeEncoder.Size(MqttVersion.V311, packet));
            Hex.AssertBytes("82 0C 00 01 00 03 61 2F 23 01 00 01 62 00", buffer, 1, length);
            Hex.AssertGuardsIntact(buffer, 1, length);
        }

        [TestMethod]
        public void EncodesOptionsAndASubscriptionIdentifierIn5()
        {
            SubscribePacket packet = new SubscribePacket();
            packet.PacketId = 1;
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 300));
            Assert.IsTrue(packet.Add("a/+", 2, true, true, SubscriptionOptions.DoNotSendRetained));
            byte[] buffer = new byte[14];
            Assert.AreEqual(14, SubscribeEncoder.Encode(buffer, 0, 14, MqttVersion.V500, packet));
            // Options 0x2E: QoS 2, No Local, Retain As Published, Retain Handling 2.
            Hex.AssertBytes("82 0C 00 01 03 0B AC 02 00 03 61 2F 2B 2E", buffer, 0, 14);
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[64];
            SubscribePacket packet = new SubscribePacket(2, new OutgoingProperties());
            packet.PacketId = 1;
            Assert.AreEqual(EncodeStatus.NoTopicFilter, SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            Assert.IsFalse(packet.Add("a", 3));
            Assert.IsFalse(packet.Add("a", 1, false, false, 3));
            Assert.IsTrue(packet.Add("a/#/b", 1));
            Assert.AreEqual(EncodeStatus.InvalidTopicFilter, SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.Clear();
            Assert.IsTrue(packet.Add("a", 1, true, false, 0));
            Assert.AreEqual(EncodeStatus.InvalidSubscriptionOptions,
                SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.Clear();
            // [MQTT-3.8.3-4] No Local on a shared subscription is a Protocol Error.
            Assert.IsTrue(packet.Add("$share/g/a", 1, true, false, 0));
            Assert.AreEqual(EncodeStatus.InvalidSubscriptionOptions,
                SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.Clear();
            Assert.IsTrue(packet.Add("$share/g/a", 1));
            Assert.IsTrue(packet.Add("b", 0));
            Assert.IsFalse(packet.Add("c", 0));
            Assert.AreEqual(22, SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.PacketId = 0;
            Assert.AreEqual(EncodeStatus.InvalidPacketId, SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.PacketId = 1;
            Assert.IsTrue(packet.Properties.SetString(PropertyId.ReasonString, "r"));
            Assert.AreEqual(EncodeStatus.InvalidProperty, SubscribeEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, "90 04 00 01 01 80", 2, 0x01, 0x80)]
        [DataRow(MqttVersion.V311, "90 03 00 01 02", 1, 0x02, 0x02)]
        [DataRow(MqttVersion.V500, "90 05 00 01 00 02 A2", 2, 0x02, 0xA2)]
        [DataRow(MqttVersion.V500, "90 04 00 01 00 9E", 1, 0x9E, 0x9E)]
        public void DecodesSubAck(int version, string hex, int count, int first, int last)
        {
            byte[] buffer = Hex.Parse(hex);
            SubAckView view = new SubAckView();
            Assert.AreEqual(ReasonCode.Success, SubAckDecoder.Decode(buffer, 0, buffer.Length, version, view));
            Assert.AreEqual(1, view.PacketId);
            Assert.AreEqual(count, view.ReasonCodeCount);
            Assert.AreEqual(first, view.GetReasonCode(0));
            Assert.AreEqual(last, view.GetReasonCode(count - 1));
        }

        [TestMethod]
        public void DecodesSubAckProperties()
        {
            byte[] buffer = Hex.Parse("90 0B 00 05 07 26 00 01 6B 00 01 76 00");
            SubAckView view = new SubAckView();
            Assert.AreEqual(ReasonCode.Success, SubAckDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            Assert.AreEqual(5, view.PacketId);
            Assert.AreEqual(0, view.Properties.FindUserProperty("k"));
            Assert.AreEqual(1, view.ReasonCodeCount);
        }

        [TestMethod]
        [DataRow("90 02 00 01", MqttVersion.V311, ReasonCode.MalformedPacket)] // no return code
        [DataRow("90 03 00 01 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // no reason code
        [DataRow("90 03 00 01 03", MqttVersion.V311, ReasonCode.MalformedPacket)] // return code 3
        [DataRow("90 03 00 01 87", MqttVersion.V311, ReasonCode.MalformedPacket)] // a 5.0 code in 3.1.1
        [DataRow("90 04 00 01 00 03", MqttVersion.V500, ReasonCode.MalformedPacket)] // reason code 3
        [DataRow("90 04 00 01 00 92", MqttVersion.V500, ReasonCode.MalformedPacket)] // not a SUBACK code
        [DataRow("90 03 00 00 01", MqttVersion.V311, ReasonCode.ProtocolError)] // Packet Identifier 0
        [DataRow("92 03 00 01 01", MqttVersion.V311, ReasonCode.MalformedPacket)] // reserved flags
        [DataRow("90 05 00 01 05 1F 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // properties past the end
        [DataRow("90 07 00 01 03 21 00 01 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // Receive Maximum, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("B0 02 00 01", MqttVersion.V311, ReasonCode.ProtocolError)] // an UNSUBACK
        public void RefusesMalformedSubAcks(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, SubAckDecoder.Decode(buffer, 0, buffer.Length, version, new SubAckView()));
        }
    }
}
