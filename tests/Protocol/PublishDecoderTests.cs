using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // Every malformed PUBLISH is refused with the reason code the spec assigns (5.0 §2.1.3, §3.3, §1.5.4, §2.2.2.2).
    [TestClass]
    public class PublishDecoderTests
    {
        [TestMethod]
        [DataRow("36 07 00 03 61 2F 62 68 69", MqttVersion.V311, ReasonCode.MalformedPacket)] // QoS 3
        [DataRow("36 07 00 03 61 2F 62 68 69", MqttVersion.V500, ReasonCode.MalformedPacket)] // QoS 3
        [DataRow("38 07 00 03 61 2F 62 68 69", MqttVersion.V311, ReasonCode.MalformedPacket)] // DUP on QoS 0
        [DataRow("30 07 00 03 61 2F 23 68 69", MqttVersion.V311, ReasonCode.TopicNameInvalid)] // '#' in the topic
        [DataRow("30 08 00 03 61 2B 62 00 68 69", MqttVersion.V500, ReasonCode.TopicNameInvalid)] // '+' in the topic
        [DataRow("30 03 00 05 61", MqttVersion.V311, ReasonCode.MalformedPacket)] // topic length past the end
        [DataRow("30 01 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // truncated topic length
        [DataRow("30 09 00 03 61 2F 62 68 69", MqttVersion.V311, ReasonCode.MalformedPacket)] // Remaining Length too long
        [DataRow("30 05 00 03 61 2F 62 68 69", MqttVersion.V311, ReasonCode.MalformedPacket)] // Remaining Length too short
        [DataRow("30 87 00 00 03 61 2F 62 68 69", MqttVersion.V311, ReasonCode.MalformedPacket)] // non-minimal length
        [DataRow("32 07 00 03 61 2F 62 00 00", MqttVersion.V311, ReasonCode.ProtocolError)] // Packet Identifier 0
        [DataRow("34 08 00 03 61 2F 62 00 00 00", MqttVersion.V500, ReasonCode.ProtocolError)] // Packet Identifier 0
        [DataRow("32 06 00 03 61 2F 62 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // half a Packet Identifier
        [DataRow("30 04 00 02 C0 AF", MqttVersion.V311, ReasonCode.MalformedPacket)] // overlong UTF-8
        [DataRow("30 05 00 03 61 00 62", MqttVersion.V311, ReasonCode.MalformedPacket)] // U+0000
        [DataRow("30 05 00 03 ED A0 80", MqttVersion.V500, ReasonCode.MalformedPacket)] // surrogate U+D800
        [DataRow("30 02 00 00", MqttVersion.V311, ReasonCode.ProtocolError)] // empty topic
        [DataRow("30 03 00 00 00", MqttVersion.V500, ReasonCode.ProtocolError)] // empty topic, no Topic Alias
        [DataRow("30 07 00 01 61 03 23 00 00", MqttVersion.V500, ReasonCode.TopicAliasInvalid)] // Topic Alias 0
        [DataRow("30 07 00 01 61 03 23 00 01", MqttVersion.V500, ReasonCode.TopicAliasInvalid)] // over the maximum (0)
        [DataRow("30 03 00 01 61", MqttVersion.V500, ReasonCode.MalformedPacket)] // no Property Length
        [DataRow("30 05 00 01 61 05 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // Property Length past the end
        [DataRow("30 06 00 01 61 02 05 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // unknown property 0x05
        [DataRow("30 06 00 01 61 02 80 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // multi-byte identifier
        [DataRow("30 09 00 01 61 05 11 00 00 00 0A", MqttVersion.V500, ReasonCode.MalformedPacket)] // not in PUBLISH, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("30 08 00 01 61 04 01 00 01 01", MqttVersion.V500, ReasonCode.ProtocolError)] // duplicate property
        [DataRow("30 06 00 01 61 02 01 02", MqttVersion.V500, ReasonCode.ProtocolError)] // Payload Format 2
        [DataRow("30 06 00 01 61 02 0B 00", MqttVersion.V500, ReasonCode.ProtocolError)] // Subscription Identifier 0
        [DataRow("30 07 00 01 61 03 0B 80 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // non-minimal VBI
        [DataRow("30 06 00 01 61 02 0B 80", MqttVersion.V500, ReasonCode.MalformedPacket)] // VBI past the end
        [DataRow("30 0B 00 01 61 07 26 00 01 6B 00 01 FF", MqttVersion.V500, ReasonCode.MalformedPacket)] // bad UTF-8 value
        [DataRow("30 09 00 01 61 05 26 00 01 6B 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // half a pair
        [DataRow("30 08 00 01 61 04 08 00 01 23", MqttVersion.V500, ReasonCode.ProtocolError)] // wildcard Response Topic
        [DataRow("30 08 00 01 61 04 09 00 05 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // binary past the end
        [DataRow("30 07 00 01 61 03 02 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // half a Four Byte Integer
        [DataRow("31 02 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // no Property Length
        [DataRow("40 02 00 01", MqttVersion.V311, ReasonCode.ProtocolError)] // a PUBACK
        public void RefusesMalformedPackets(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            PublishView view = new PublishView();
            Assert.AreEqual(expected, PublishDecoder.Decode(buffer, 0, buffer.Length, version, view));
        }

        [TestMethod]
        public void RefusesControlCharactersWhenAsked()
        {
            byte[] buffer = Hex.Parse("30 04 00 02 61 07");
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V311, view));
            view.RefuseControlCharacters = true;
            Assert.AreEqual(ReasonCode.MalformedPacket,
                PublishDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V311, view));
        }

        [TestMethod]
        public void RefusesAWindowOutsideTheBuffer()
        {
            byte[] buffer = Hex.Parse("30 07 00 03 61 2F 62 68 69");
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.MalformedPacket, PublishDecoder.Decode(buffer, 1, 9, MqttVersion.V311, view));
            Assert.AreEqual(ReasonCode.MalformedPacket, PublishDecoder.Decode(buffer, -1, 9, MqttVersion.V311, view));
            Assert.AreEqual(ReasonCode.MalformedPacket, PublishDecoder.Decode(null, 0, 0, MqttVersion.V311, view));
            Assert.AreEqual(ReasonCode.UnsupportedProtocolVersion, PublishDecoder.Decode(buffer, 0, 9, 6, view));
        }

        [TestMethod]
        public void KeepsTheFirstStoredUserPropertiesAndCountsTheRest()
        {
            // Three User Properties a=1, b=2, c=3 into tables that hold two.
            byte[] buffer = Hex.Parse("30 19 00 01 61 15 26 00 01 61 00 01 31 26 00 01 62 00 01 32 26 00 01 63 00 01 33");
            PublishView view = new PublishView(new ReceivedProperties(2, 1));
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            Assert.AreEqual(2, view.Properties.UserPropertyCount);
            Assert.AreEqual(3, view.Properties.UserPropertyTotal);
            Assert.AreEqual(1, view.Properties.FindUserProperty("b"));
            Assert.AreEqual(-1, view.Properties.FindUserProperty("c"));
        }
    }
}
