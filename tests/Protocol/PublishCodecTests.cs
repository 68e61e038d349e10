using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class PublishCodecTests
    {
        private static readonly byte[] Hi = new byte[] { 0x68, 0x69 };

        [TestMethod]
        [DataRow(MqttVersion.V311, 0, false, false, 0, "30 07 00 03 61 2F 62 68 69")]
        [DataRow(MqttVersion.V311, 1, true, false, 10, "33 09 00 03 61 2F 62 00 0A 68 69")]
        [DataRow(MqttVersion.V311, 2, false, true, 0x1234, "3C 09 00 03 61 2F 62 12 34 68 69")]
        [DataRow(MqttVersion.V500, 0, false, false, 0, "30 08 00 03 61 2F 62 00 68 69")]
        [DataRow(MqttVersion.V500, 1, false, false, 65535, "32 0A 00 03 61 2F 62 FF FF 00 68 69")]
        [DataRow(MqttVersion.V500, 2, true, true, 1, "3D 0A 00 03 61 2F 62 00 01 00 68 69")]
        public void EncodesEachQosAndRoundTrips(int version, int qos, bool retain, bool dup, int packetId, string hex)
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "a/b";
            packet.Qos = qos;
            packet.Retain = retain;
            packet.Dup = dup;
            packet.PacketId = packetId;
            packet.SetPayload(Hi, 0, 2);
            byte[] buffer = Hex.Guarded(32);
            int length = PublishEncoder.Encode(buffer, 4, 28, version, packet);
            Assert.AreEqual(length, PublishEncoder.Size(version, packet));
            Hex.AssertBytes(hex, buffer, 4, length);
            Hex.AssertGuardsIntact(buffer, 4, length);

            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 4, length, version, view));
            Assert.AreEqual(qos, view.Qos);
            Assert.AreEqual(retain, view.Retain);
            Assert.AreEqual(dup, view.Dup);
            Assert.AreEqual(packetId, view.PacketId);
            Assert.IsTrue(view.TopicEquals("a/b"));
            Assert.IsTrue(view.TopicMatches("a/+"));
            Assert.AreSame(buffer, view.Buffer);
            Assert.AreEqual(2, view.PayloadLength);
            Assert.AreEqual((byte)0x68, buffer[view.PayloadOffset]);
            Assert.AreEqual(4 + length - 2, view.PayloadOffset);
        }

        // MQTT 5.0 §1.5.4: the spec's "A" + U+2A6D4 string as a Topic Name.
        [TestMethod]
        public void EncodesTheSpecUtf8ExampleAsATopic()
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "A\uD869\uDED4";
            byte[] buffer = new byte[9];
            Assert.AreEqual(9, PublishEncoder.Encode(buffer, 0, 9, MqttVersion.V311, packet));
            Hex.AssertBytes("30 07 00 05 41 F0 AA 9B 94", buffer, 0, 9);
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, 9, MqttVersion.V311, view));
            Assert.IsTrue(view.TopicEquals("A\uD869\uDED4"));
            Assert.AreEqual(0, view.PayloadLength);
        }

        [TestMethod]
        public void EncodesAndDecodesProperties()
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "a/b";
            packet.Qos = 1;
            packet.PacketId = 10;
            packet.SetPayload(Hi, 0, 2);
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.MessageExpiryInterval, 60));
            Assert.IsTrue(packet.Properties.SetString(PropertyId.ContentType, "t"));
            Assert.IsTrue(packet.Properties.AddUserProperty("k", "v"));
            byte[] buffer = new byte[28];
            Assert.AreEqual(28, PublishEncoder.Encode(buffer, 0, 28, MqttVersion.V500, packet));
            Hex.AssertBytes("32 1A 00 03 61 2F 62 00 0A 10 02 00 00 00 3C 03 00 01 74 26 00 01 6B 00 01 76 68 69",
                buffer, 0, 28);

            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, 28, MqttVersion.V500, view));
            ReceivedProperties properties = view.Properties;
            Assert.AreEqual(60L, properties.GetInteger(PropertyId.MessageExpiryInterval, 0));
            Assert.IsTrue(properties.StringEquals(PropertyId.ContentType, "t"));
            Assert.IsFalse(properties.Has(PropertyId.ResponseTopic));
            Assert.AreEqual(1, properties.UserPropertyCount);
            Assert.AreEqual(0, properties.FindUserProperty("k"));
            Assert.AreEqual(-1, properties.FindUserProperty("v"));
            Assert.AreEqual(1, properties.GetUserPropertyValueLength(0));
            Assert.AreEqual((byte)0x76, buffer[properties.GetUserPropertyValueOffset(0)]);
            Assert.AreEqual(26, view.PayloadOffset);
        }

        [TestMethod]
        public void UsesATopicAliasWithAnEmptyTopic()
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "";
            packet.Qos = 2;
            packet.PacketId = 7;
            packet.SetPayload(Hi, 0, 2);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PublishEncoder.Size(MqttVersion.V500, packet));
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.TopicAlias, 5));
            byte[] buffer = new byte[12];
            Assert.AreEqual(12, PublishEncoder.Encode(buffer, 0, 12, MqttVersion.V500, packet));
            Hex.AssertBytes("34 0A 00 00 00 07 03 23 00 05 68 69", buffer, 0, 12);
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PublishEncoder.Size(MqttVersion.V311, packet));

            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.TopicAliasInvalid, PublishDecoder.Decode(buffer, 0, 12, MqttVersion.V500, view));
            view.TopicAliasMaximum = 5;
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, 12, MqttVersion.V500, view));
            Assert.AreEqual(5, view.TopicAlias);
            Assert.AreEqual(0, view.TopicLength);
        }

        [TestMethod]
        public void WritesTheHeaderAloneForAPayloadSentFromTheCallersBuffer()
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "a/b";
            packet.Qos = 1;
            packet.PacketId = 10;
            packet.PayloadLength = 1024;
            Assert.AreEqual(EncodeStatus.InvalidPayload, PublishEncoder.Size(MqttVersion.V311, packet));
            byte[] header = Hex.Guarded(12);
            int length = PublishEncoder.EncodeHeader(header, 1, 11, MqttVersion.V311, packet);
            Assert.AreEqual(10, length);
            Assert.AreEqual(10, PublishEncoder.HeaderSize(MqttVersion.V311, packet));
            // Remaining Length 2 + 3 + 2 + 1024 = 1031 = 0x87 0x08.
            Hex.AssertBytes("32 87 08 00 03 61 2F 62 00 0A", header, 1, length);
            Hex.AssertGuardsIntact(header, 1, length);
            Assert.AreEqual(EncodeStatus.BufferTooSmall, PublishEncoder.EncodeHeader(header, 1, 9, MqttVersion.V311, packet));
        }

        [TestMethod]
        public void CopiesALargePayloadFromAnOffset()
        {
            byte[] payload = new byte[1100];
            for (int i = 0; i < payload.Length; i++)
            {
                payload[i] = (byte)i;
            }

            PublishPacket packet = new PublishPacket();
            packet.Topic = "t";
            packet.SetPayload(payload, 50, 1024);
            byte[] buffer = new byte[1040];
            int length = PublishEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500, packet);
            Assert.AreEqual(3 + 3 + 1 + 1024, length);
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, length, MqttVersion.V500, view));
            Assert.AreEqual(1024, view.PayloadLength);
            Assert.AreEqual((byte)50, buffer[view.PayloadOffset]);
            Assert.AreEqual((byte)(1073 & 0xFF), buffer[view.PayloadOffset + 1023]);
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[64];
            PublishPacket packet = new PublishPacket();
            packet.Topic = "a/+";
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.Topic = "a";
            packet.Qos = 3;
            Assert.AreEqual(EncodeStatus.InvalidQos, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.Qos = 0;
            packet.Dup = true;
            Assert.AreEqual(EncodeStatus.InvalidQos, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.Dup = false;
            packet.PacketId = 3;
            Assert.AreEqual(EncodeStatus.InvalidPacketId, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.Qos = 1;
            packet.PacketId = 0;
            Assert.AreEqual(EncodeStatus.InvalidPacketId, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.PacketId = 65536;
            Assert.AreEqual(EncodeStatus.InvalidPacketId, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.PacketId = 1;
            packet.SetPayload(Hi, 1, 2);
            Assert.AreEqual(EncodeStatus.InvalidPayload, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.SetPayload(Hi, 0, 2);
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SessionExpiryInterval, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.Properties.Clear();
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty, PublishEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
        }

        // 5.0 §3.2.2.3.6: check the broker's Maximum Packet Size before sending anything.
        [TestMethod]
        public void ChecksTheBrokersMaximumPacketSize()
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = "a/b";
            packet.SetPayload(Hi, 0, 2);
            int size = PublishEncoder.Size(MqttVersion.V500, packet);
            Assert.AreEqual(10, size);
            Assert.AreEqual(10, PacketLimit.Check(size, 10));
            Assert.AreEqual(10, PacketLimit.Check(size, 0));
            Assert.AreEqual(EncodeStatus.PacketTooLarge, PacketLimit.Check(size, 9));
            Assert.AreEqual(EncodeStatus.InvalidTopicName, PacketLimit.Check(EncodeStatus.InvalidTopicName, 9));
        }

        [TestMethod]
        public void DecodesSeveralSubscriptionIdentifiers()
        {
            // Subscription Identifiers 1 and 300 (AC 02), then payload "x".
            byte[] buffer = Hex.Parse("30 0A 00 01 61 05 0B 01 0B AC 02 78");
            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            Assert.AreEqual(2, view.Properties.SubscriptionIdentifierCount);
            Assert.AreEqual(1, view.Properties.GetSubscriptionIdentifier(0));
            Assert.AreEqual(300, view.Properties.GetSubscriptionIdentifier(1));
            Assert.AreEqual(1, view.PayloadLength);
        }
    }
}
