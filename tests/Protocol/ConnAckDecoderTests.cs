using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // CONNACK (3.1.1 §3.2, 5.0 §3.2).
    [TestClass]
    public class ConnAckDecoderTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311, "20 02 00 00", false, ConnectReturnCode.Accepted)]
        [DataRow(MqttVersion.V311, "20 02 01 00", true, ConnectReturnCode.Accepted)]
        [DataRow(MqttVersion.V311, "20 02 00 05", false, ConnectReturnCode.NotAuthorized)]
        [DataRow(MqttVersion.V500, "20 03 00 00 00", false, ReasonCode.Success)]
        [DataRow(MqttVersion.V500, "20 03 01 00 00", true, ReasonCode.Success)]
        [DataRow(MqttVersion.V500, "20 03 00 86 00", false, ReasonCode.BadUserNameOrPassword)]
        [DataRow(MqttVersion.V500, "20 03 00 9F 00", false, ReasonCode.ConnectionRateExceeded)]
        public void DecodesFlagsAndCodes(int version, string hex, bool sessionPresent, int code)
        {
            byte[] buffer = Hex.Parse(hex);
            ConnAckView view = new ConnAckView();
            Assert.AreEqual(ReasonCode.Success, ConnAckDecoder.Decode(buffer, 0, buffer.Length, version, view));
            Assert.AreEqual(sessionPresent, view.SessionPresent);
            Assert.AreEqual(code, view.ReasonCode);
            Assert.IsTrue(view.Properties.IsEmpty);
        }

        [TestMethod]
        public void DecodesTheServersLimits()
        {
            // Receive Maximum 10, Maximum Packet Size 1024, Maximum QoS 1, Assigned Client Identifier "id",
            // Topic Alias Maximum 5.
            byte[] buffer = Hex.Parse("20 15 00 00 12 21 00 0A 27 00 00 04 00 24 01 12 00 02 69 64 22 00 05");
            ConnAckView view = new ConnAckView();
            Assert.AreEqual(ReasonCode.Success, ConnAckDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            ReceivedProperties properties = view.Properties;
            Assert.AreEqual(10L, properties.GetInteger(PropertyId.ReceiveMaximum, 65535));
            Assert.AreEqual(1024L, properties.GetInteger(PropertyId.MaximumPacketSize, 0));
            Assert.AreEqual(1L, properties.GetInteger(PropertyId.MaximumQos, 2));
            Assert.AreEqual(5L, properties.GetInteger(PropertyId.TopicAliasMaximum, 0));
            Assert.AreEqual(1L, properties.GetInteger(PropertyId.RetainAvailable, 1));
            Assert.IsTrue(properties.StringEquals(PropertyId.AssignedClientIdentifier, "id"));
            Assert.AreEqual(18, properties.GetOffset(PropertyId.AssignedClientIdentifier));
            Assert.AreEqual(-1, properties.GetOffset(PropertyId.ServerReference));
            Assert.AreSame(buffer, properties.Buffer);
        }

        [TestMethod]
        public void DecodesEveryConnAckProperty()
        {
            byte[] buffer = Hex.Parse("20 40 00 00 3D"
                + " 11 00 00 00 3C" // Session Expiry Interval 60
                + " 21 00 0A" // Receive Maximum 10
                + " 24 00" // Maximum QoS 0
                + " 25 00" // Retain Available 0
                + " 27 00 01 00 00" // Maximum Packet Size 65536
                + " 12 00 01 63" // Assigned Client Identifier "c"
                + " 22 00 03" // Topic Alias Maximum 3
                + " 1F 00 01 72" // Reason String "r"
                + " 26 00 01 6B 00 01 76" // User Property k=v
                + " 28 00" // Wildcard Subscription Available 0
                + " 29 00" // Subscription Identifiers Available 0
                + " 2A 00" // Shared Subscription Available 0
                + " 13 00 1E" // Server Keep Alive 30
                + " 1A 00 01 69" // Response Information "i"
                + " 1C 00 01 73" // Server Reference "s"
                + " 15 00 01 6D" // Authentication Method "m"
                + " 16 00 02 01 02"); // Authentication Data 01 02
            ConnAckView view = new ConnAckView();
            Assert.AreEqual(ReasonCode.Success, ConnAckDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            ReceivedProperties p = view.Properties;
            Assert.AreEqual(60L, p.GetInteger(PropertyId.SessionExpiryInterval, 0));
            Assert.AreEqual(0L, p.GetInteger(PropertyId.MaximumQos, 2));
            Assert.AreEqual(0L, p.GetInteger(PropertyId.RetainAvailable, 1));
            Assert.AreEqual(65536L, p.GetInteger(PropertyId.MaximumPacketSize, 0));
            Assert.AreEqual(0L, p.GetInteger(PropertyId.WildcardSubscriptionAvailable, 1));
            Assert.AreEqual(0L, p.GetInteger(PropertyId.SubscriptionIdentifierAvailable, 1));
            Assert.AreEqual(0L, p.GetInteger(PropertyId.SharedSubscriptionAvailable, 1));
            Assert.AreEqual(30L, p.GetInteger(PropertyId.ServerKeepAlive, 0));
            Assert.IsTrue(p.StringEquals(PropertyId.ReasonString, "r"));
            Assert.IsTrue(p.StringEquals(PropertyId.ResponseInformation, "i"));
            Assert.IsTrue(p.StringEquals(PropertyId.ServerReference, "s"));
            Assert.IsTrue(p.StringEquals(PropertyId.AuthenticationMethod, "m"));
            Assert.AreEqual(2, p.GetLength(PropertyId.AuthenticationData));
            Assert.AreEqual(1, p.UserPropertyCount);
        }

        [TestMethod]
        [DataRow("20 02 02 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // reserved flag bit
        [DataRow("20 02 00 06", MqttVersion.V311, ReasonCode.MalformedPacket)] // return code 6
        [DataRow("20 02 01 05", MqttVersion.V311, ReasonCode.ProtocolError)] // Session Present with a failure
        [DataRow("20 03 00 00 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // too long for 3.1.1
        [DataRow("20 01 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // too short
        [DataRow("21 02 00 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // fixed-header flags
        [DataRow("20 02 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // no Property Length
        [DataRow("20 03 00 01 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // 0x01 is not a CONNACK code
        [DataRow("20 03 80 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // reserved flag bit
        [DataRow("20 03 01 80 00", MqttVersion.V500, ReasonCode.ProtocolError)] // [MQTT-3.2.2-6]
        [DataRow("20 06 00 00 03 21 00 00", MqttVersion.V500, ReasonCode.ProtocolError)] // Receive Maximum 0
        [DataRow("20 08 00 00 05 27 00 00 00 00", MqttVersion.V500, ReasonCode.ProtocolError)] // Max Packet Size 0
        [DataRow("20 05 00 00 02 24 02", MqttVersion.V500, ReasonCode.ProtocolError)] // Maximum QoS 2
        [DataRow("20 05 00 00 02 25 02", MqttVersion.V500, ReasonCode.ProtocolError)] // Retain Available 2
        [DataRow("20 05 00 00 02 28 FF", MqttVersion.V500, ReasonCode.ProtocolError)] // Wildcard Available 255
        [DataRow("20 07 00 00 04 16 00 01 01", MqttVersion.V500, ReasonCode.ProtocolError)] // Data without Method
        [DataRow("20 06 00 00 03 23 00 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // Topic Alias, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("20 09 00 00 06 21 00 01 21 00 02", MqttVersion.V500, ReasonCode.ProtocolError)] // duplicate
        [DataRow("20 04 00 00 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // trailing byte
        [DataRow("20 06 00 00 03 12 00 05", MqttVersion.V500, ReasonCode.MalformedPacket)] // string past the end
        [DataRow("90 03 00 01 00", MqttVersion.V311, ReasonCode.ProtocolError)] // a SUBACK
        public void RefusesMalformedPackets(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, ConnAckDecoder.Decode(buffer, 0, buffer.Length, version, new ConnAckView()));
        }
    }
}
