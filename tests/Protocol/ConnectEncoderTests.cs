using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class ConnectEncoderTests
    {
        // 3.1.1 §3.1.2.10 and 5.0 §3.1.2.11 variable header examples: "MQTT", level, flags 0xCE (User Name, Password,
        // Will QoS 1, Will, Clean), Keep Alive 10; 5.0 adds Session Expiry Interval 10.
        [TestMethod]
        public void EncodesTheSpecExampleIn311()
        {
            ConnectPacket packet = SpecExample();
            byte[] buffer = Hex.Guarded(40);
            int length = ConnectEncoder.Encode(buffer, 1, 39, MqttVersion.V311, packet);
            Assert.AreEqual(27, length);
            Hex.AssertBytes("10 19 00 04 4D 51 54 54 04 CE 00 0A 00 01 63 00 01 77 00 01 78 00 01 75 00 01 70",
                buffer, 1, length);
            Hex.AssertGuardsIntact(buffer, 1, length);
            Assert.AreEqual(27, ConnectEncoder.Size(MqttVersion.V311, packet));
        }

        [TestMethod]
        public void EncodesTheSpecExampleIn5()
        {
            ConnectPacket packet = SpecExample();
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SessionExpiryInterval, 10));
            byte[] buffer = new byte[34];
            int length = ConnectEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500, packet);
            Assert.AreEqual(34, length);
            Hex.AssertBytes("10 20 00 04 4D 51 54 54 05 CE 00 0A 05 11 00 00 00 0A 00 01 63 00 00 01 77 00 01 78 "
                + "00 01 75 00 01 70", buffer, 0, length);
        }

        [TestMethod]
        public void EncodesAMinimalConnect()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "dev1";
            byte[] buffer = new byte[18];
            Assert.AreEqual(18, ConnectEncoder.Encode(buffer, 0, 18, MqttVersion.V311, packet));
            Hex.AssertBytes("10 10 00 04 4D 51 54 54 04 02 00 3C 00 04 64 65 76 31", buffer, 0, 18);
            Assert.AreEqual(19, ConnectEncoder.Encode(new byte[19], 0, 19, MqttVersion.V500, packet));
        }

        [TestMethod]
        public void EncodesWillRetainQos2AndWillPropertiesIn5()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "";
            packet.CleanStart = false;
            packet.KeepAliveSeconds = 0;
            byte[] payload = new byte[] { 0xAA, 0x6F, 0x66, 0x66, 0xBB };
            packet.SetWill("s", 2, true, payload, 1, 3);
            Assert.IsTrue(packet.WillProperties.SetInteger(PropertyId.WillDelayInterval, 5));
            Assert.IsTrue(packet.WillProperties.SetInteger(PropertyId.PayloadFormatIndicator, 1));
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.ReceiveMaximum, 20));
            Assert.IsTrue(packet.Properties.AddUserProperty("k", "v"));
            byte[] buffer = new byte[64];
            int length = ConnectEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500, packet);
            // Flags 0x34: Will Retain, Will QoS 2, Will. Properties: Receive Maximum 20, User Property k=v.
            // Will properties: Payload Format Indicator 1, Will Delay Interval 5 (in identifier order).
            Hex.AssertBytes("10 27 00 04 4D 51 54 54 05 34 00 00 0A 21 00 14 26 00 01 6B 00 01 76 00 00 "
                + "07 01 01 18 00 00 00 05 00 01 73 00 03 6F 66 66", buffer, 0, length);
        }

        [TestMethod]
        public void AllowsAPasswordWithoutUserNameOnlyIn5()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "c";
            packet.SetPassword(new byte[] { 1, 2 }, 0, 2);
            Assert.AreEqual(EncodeStatus.InvalidPassword, ConnectEncoder.Encode(new byte[32], 0, 32, MqttVersion.V311, packet));
            byte[] buffer = new byte[32];
            int length = ConnectEncoder.Encode(buffer, 0, 32, MqttVersion.V500, packet);
            Hex.AssertBytes("10 12 00 04 4D 51 54 54 05 42 00 3C 00 00 01 63 00 02 01 02", buffer, 0, length);
        }

        [TestMethod]
        public void IgnoresPropertiesIn311()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "dev1";
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.SessionExpiryInterval, 10));
            Assert.AreEqual(18, ConnectEncoder.Size(MqttVersion.V311, packet));
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[64];
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "";
            packet.CleanStart = false;
            Assert.AreEqual(EncodeStatus.InvalidClientId, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V311, packet));
            packet.ClientId = "c";
            packet.KeepAliveSeconds = 65536;
            Assert.AreEqual(EncodeStatus.InvalidKeepAlive, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.KeepAliveSeconds = 60;
            packet.SetWill("a/#", 0, false, null, 0, 0);
            Assert.AreEqual(EncodeStatus.InvalidWill, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.SetWill("a", 3, false, null, 0, 0);
            Assert.AreEqual(EncodeStatus.InvalidWill, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.SetWill("a", 1, false, new byte[2], 1, 2);
            Assert.AreEqual(EncodeStatus.InvalidWill, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.SetWill(null, 1, false, null, 0, 0);
            Assert.AreEqual(EncodeStatus.InvalidWill, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.ClearWill();
            packet.UserName = "u";
            Assert.IsTrue(packet.Properties.SetInteger(PropertyId.TopicAlias, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.Properties.Clear();
            Assert.AreEqual(EncodeStatus.InvalidVersion, ConnectEncoder.Encode(buffer, 0, 64, 3, packet));
            Assert.AreEqual(EncodeStatus.InvalidArgument, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, null));
        }

        // [MQTT-1.5.4-2]: U+0000 in a client id (host only: a device string cannot hold it).
        [TestMethod]
        public void RefusesNullInTheClientId()
        {
            RuntimeStrings.SkipUnlessNullFits();
            byte[] buffer = Hex.Guarded(64);
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "a\u0000";
            Assert.AreEqual(EncodeStatus.InvalidClientId, ConnectEncoder.Encode(buffer, 4, 60, MqttVersion.V500, packet));
            Hex.AssertGuardsIntact(buffer, 4, 0);
        }

        // [MQTT-1.5.4-1]: a lone surrogate in a user name (host only: a device string holds U+FFFD instead).
        [TestMethod]
        public void RefusesALoneSurrogateInTheUserName()
        {
            RuntimeStrings.SkipUnlessLoneSurrogatesFit();
            byte[] buffer = new byte[64];
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "c";
            packet.UserName = "\uDC00";
            Assert.AreEqual(EncodeStatus.InvalidUserName, ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet));
            packet.UserName = "\uFFFD";
            Assert.IsTrue(ConnectEncoder.Encode(buffer, 0, 64, MqttVersion.V500, packet) > 0);
        }

        [TestMethod]
        public void RefusesAuthenticationDataWithoutMethod()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "c";
            Assert.IsTrue(packet.Properties.SetBinary(PropertyId.AuthenticationData, new byte[] { 1 }, 0, 1));
            Assert.AreEqual(EncodeStatus.InvalidProperty, ConnectEncoder.Size(MqttVersion.V500, packet));
            Assert.IsTrue(packet.Properties.SetString(PropertyId.AuthenticationMethod, "SCRAM-SHA-1"));
            Assert.IsTrue(ConnectEncoder.Size(MqttVersion.V500, packet) > 0);
        }

        [TestMethod]
        public void WritesNothingWhenTheWindowIsTooSmall()
        {
            ConnectPacket packet = SpecExample();
            byte[] buffer = Hex.Guarded(40);
            Assert.AreEqual(EncodeStatus.BufferTooSmall, ConnectEncoder.Encode(buffer, 2, 26, MqttVersion.V311, packet));
            Hex.AssertGuardsIntact(buffer, 0, 0);
            Assert.AreEqual(EncodeStatus.InvalidArgument, ConnectEncoder.Encode(buffer, 20, 27, MqttVersion.V311, packet));
            Assert.AreEqual(EncodeStatus.InvalidArgument, ConnectEncoder.Encode(buffer, -1, 27, MqttVersion.V311, packet));
            Hex.AssertGuardsIntact(buffer, 0, 0);
            Assert.AreEqual(27, ConnectEncoder.Encode(buffer, 13, 27, MqttVersion.V311, packet));
            Hex.AssertGuardsIntact(buffer, 13, 27);
        }

        private static ConnectPacket SpecExample()
        {
            ConnectPacket packet = new ConnectPacket();
            packet.ClientId = "c";
            packet.KeepAliveSeconds = 10;
            packet.SetWill("w", 1, false, new byte[] { 0x78 }, 0, 1);
            packet.UserName = "u";
            packet.SetPassword(new byte[] { 0x70 }, 0, 1);
            return packet;
        }
    }
}
