using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // PUBACK, PUBREC, PUBREL, PUBCOMP (5.0 §3.4-§3.7), short forms included.
    [TestClass]
    public class AckCodecTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311, PacketType.PubAck, ReasonCode.Success, "40 02 00 0A")]
        [DataRow(MqttVersion.V311, PacketType.PubRec, ReasonCode.Success, "50 02 00 0A")]
        [DataRow(MqttVersion.V311, PacketType.PubRel, ReasonCode.Success, "62 02 00 0A")]
        [DataRow(MqttVersion.V311, PacketType.PubComp, ReasonCode.Success, "70 02 00 0A")]
        [DataRow(MqttVersion.V500, PacketType.PubAck, ReasonCode.Success, "40 02 00 0A")]
        [DataRow(MqttVersion.V500, PacketType.PubAck, ReasonCode.NoMatchingSubscribers, "40 03 00 0A 10")]
        [DataRow(MqttVersion.V500, PacketType.PubRec, ReasonCode.QuotaExceeded, "50 03 00 0A 97")]
        [DataRow(MqttVersion.V500, PacketType.PubRel, ReasonCode.PacketIdentifierNotFound, "62 03 00 0A 92")]
        [DataRow(MqttVersion.V500, PacketType.PubComp, ReasonCode.Success, "70 02 00 0A")]
        public void EncodesShortFormsAndRoundTrips(int version, int type, int reasonCode, string hex)
        {
            byte[] buffer = Hex.Guarded(8);
            int length = AckEncoder.Encode(buffer, 1, 7, version, type, 10, reasonCode, null);
            Assert.AreEqual(length, AckEncoder.Size(version, type, 10, reasonCode, null));
            Hex.AssertBytes(hex, buffer, 1, length);
            Hex.AssertGuardsIntact(buffer, 1, length);

            AckView view = new AckView();
            Assert.AreEqual(ReasonCode.Success, AckDecoder.Decode(buffer, 1, length, version, view));
            Assert.AreEqual(type, view.PacketType);
            Assert.AreEqual(10, view.PacketId);
            Assert.AreEqual(reasonCode, view.ReasonCode);
            Assert.IsTrue(view.Properties.IsEmpty);
        }

        [TestMethod]
        public void EncodesAReasonStringAndUserPropertyIn5()
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetString(PropertyId.ReasonString, "ok"));
            byte[] buffer = new byte[11];
            Assert.AreEqual(11, AckEncoder.Encode(buffer, 0, 11, MqttVersion.V500, PacketType.PubAck, 10,
                ReasonCode.Success, properties));
            Hex.AssertBytes("40 09 00 0A 00 05 1F 00 02 6F 6B", buffer, 0, 11);

            AckView view = new AckView();
            Assert.AreEqual(ReasonCode.Success, AckDecoder.Decode(buffer, 0, 11, MqttVersion.V500, view));
            Assert.IsTrue(view.Properties.StringEquals(PropertyId.ReasonString, "ok"));
            Assert.AreEqual(2, view.Properties.GetLength(PropertyId.ReasonString));
            Assert.AreEqual(7, view.Properties.GetOffset(PropertyId.ReasonString) - 2);

            // 3.1.1 has no properties: the same call writes the 4-byte packet.
            Assert.AreEqual(4, AckEncoder.Encode(buffer, 0, 11, MqttVersion.V311, PacketType.PubAck, 10,
                ReasonCode.Success, properties));
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = Hex.Guarded(16);
            Assert.AreEqual(EncodeStatus.InvalidPacketId,
                AckEncoder.Encode(buffer, 0, 16, MqttVersion.V500, PacketType.PubAck, 0, 0, null));
            Assert.AreEqual(EncodeStatus.InvalidArgument,
                AckEncoder.Encode(buffer, 0, 16, MqttVersion.V500, PacketType.Publish, 1, 0, null));
            Assert.AreEqual(EncodeStatus.InvalidReasonCode,
                AckEncoder.Encode(buffer, 0, 16, MqttVersion.V500, PacketType.PubRel, 1, ReasonCode.QuotaExceeded, null));
            Assert.AreEqual(EncodeStatus.InvalidReasonCode,
                AckEncoder.Encode(buffer, 0, 16, MqttVersion.V311, PacketType.PubAck, 1, ReasonCode.UnspecifiedError, null));
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetInteger(PropertyId.MessageExpiryInterval, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty,
                AckEncoder.Encode(buffer, 0, 16, MqttVersion.V500, PacketType.PubAck, 1, 0, properties));
            Assert.AreEqual(EncodeStatus.BufferTooSmall,
                AckEncoder.Encode(buffer, 0, 3, MqttVersion.V500, PacketType.PubAck, 1, 0, null));
            Hex.AssertGuardsIntact(buffer, 0, 0);
        }

        [TestMethod]
        [DataRow("60 02 00 0A", MqttVersion.V311, ReasonCode.MalformedPacket)] // PUBREL without flags 0b0010
        [DataRow("42 02 00 0A", MqttVersion.V500, ReasonCode.MalformedPacket)] // PUBACK with flags
        [DataRow("40 02 00 00", MqttVersion.V311, ReasonCode.ProtocolError)] // Packet Identifier 0
        [DataRow("72 02 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // PUBCOMP with flags
        [DataRow("40 01 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // half a Packet Identifier
        [DataRow("40 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // no Packet Identifier
        [DataRow("40 03 00 0A 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // 3.1.1 has no reason code
        [DataRow("40 03 00 0A 92", MqttVersion.V500, ReasonCode.MalformedPacket)] // 0x92 is not a PUBACK code
        [DataRow("50 03 00 0A 04", MqttVersion.V500, ReasonCode.MalformedPacket)] // 0x04 is not a PUBREC code
        [DataRow("62 03 00 0A 10", MqttVersion.V500, ReasonCode.MalformedPacket)] // 0x10 is not a PUBREL code
        [DataRow("70 03 00 0A 80", MqttVersion.V500, ReasonCode.MalformedPacket)] // 0x80 is not a PUBCOMP code
        [DataRow("40 07 00 0A 00 03 23 00 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // Topic Alias, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("40 05 00 0A 00 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // bytes after the properties
        [DataRow("40 05 00 0A 00 05 1F", MqttVersion.V500, ReasonCode.MalformedPacket)] // Property Length past the end
        [DataRow("40 0C 00 0A 00 08 1F 00 01 61 1F 00 01 62", MqttVersion.V500, ReasonCode.ProtocolError)] // duplicate
        [DataRow("30 02 00 00", MqttVersion.V500, ReasonCode.ProtocolError)] // a PUBLISH
        [DataRow("D0 00", MqttVersion.V500, ReasonCode.ProtocolError)] // a PINGRESP
        public void RefusesMalformedPackets(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, AckDecoder.Decode(buffer, 0, buffer.Length, version, new AckView()));
        }
    }
}
