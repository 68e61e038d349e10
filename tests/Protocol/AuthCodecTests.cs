using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // AUTH (5.0 §3.15).
    [TestClass]
    public class AuthCodecTests
    {
        // 5.0 §3.15.2.1: only the Server sends Success, the short form with Remaining Length 0.
        [TestMethod]
        public void DecodesTheServersSuccessInTwoBytes()
        {
            byte[] buffer = Hex.Parse("F0 00");
            AuthView view = new AuthView();
            Assert.AreEqual(ReasonCode.Success, AuthDecoder.Decode(buffer, 0, 2, MqttVersion.V500, view));
            Assert.AreEqual(ReasonCode.Success, view.ReasonCode);
            buffer = Hex.Parse("F0 02 00 00");
            Assert.AreEqual(ReasonCode.Success, AuthDecoder.Decode(buffer, 0, 4, MqttVersion.V500, view));
        }

        // 5.0 §3.15.2.1: Success is the Server's code; a Client sends Continue authentication or Re-authenticate.
        [TestMethod]
        [DataRow(ReasonCode.Success, false)]
        [DataRow(ReasonCode.ContinueAuthentication, true)]
        [DataRow(ReasonCode.ReAuthenticate, true)]
        public void EncodesOnlyTheClientsCodes(int reasonCode, bool allowed)
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetString(PropertyId.AuthenticationMethod, "M"));
            byte[] buffer = Hex.Guarded(16);
            int length = AuthEncoder.Encode(buffer, 4, 12, MqttVersion.V500, reasonCode, properties);
            Assert.AreEqual(allowed ? 8 : EncodeStatus.InvalidReasonCode, length);
            Assert.AreEqual(allowed ? 8 : EncodeStatus.InvalidReasonCode, AuthEncoder.Size(MqttVersion.V500, reasonCode, properties));
            Assert.AreEqual(ReasonCode.IsAllowedFromClient(PacketType.Auth, reasonCode), allowed);
            if (allowed)
            {
                Hex.AssertBytes("F0 06 " + reasonCode.ToString("X2") + " 04 15 00 01 4D", buffer, 4, length);
            }

            Hex.AssertGuardsIntact(buffer, 4, allowed ? length : 0);
        }

        [TestMethod]
        public void EncodesAContinueStepAndRoundTrips()
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetString(PropertyId.AuthenticationMethod, "SCRAM"));
            byte[] data = new byte[] { 9, 1, 2, 9 };
            Assert.IsTrue(properties.SetBinary(PropertyId.AuthenticationData, data, 1, 2));
            byte[] buffer = Hex.Guarded(18);
            int length = AuthEncoder.Encode(buffer, 1, 17, MqttVersion.V500, ReasonCode.ContinueAuthentication, properties);
            Assert.AreEqual(17, length);
            Hex.AssertBytes("F0 0F 18 0D 15 00 05 53 43 52 41 4D 16 00 02 01 02", buffer, 1, length);
            Hex.AssertGuardsIntact(buffer, 1, length);

            AuthView view = new AuthView();
            Assert.AreEqual(ReasonCode.Success, AuthDecoder.Decode(buffer, 1, length, MqttVersion.V500, view));
            Assert.AreEqual(ReasonCode.ContinueAuthentication, view.ReasonCode);
            Assert.IsTrue(view.Properties.StringEquals(PropertyId.AuthenticationMethod, "SCRAM"));
            Assert.AreEqual(2, view.Properties.GetLength(PropertyId.AuthenticationData));
            Assert.AreEqual((byte)2, buffer[view.Properties.GetOffset(PropertyId.AuthenticationData) + 1]);
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[16];
            Assert.AreEqual(EncodeStatus.InvalidVersion, AuthEncoder.Encode(buffer, 0, 16, MqttVersion.V311, 0, null));
            Assert.AreEqual(EncodeStatus.InvalidReasonCode,
                AuthEncoder.Encode(buffer, 0, 16, MqttVersion.V500, ReasonCode.UnspecifiedError, null));
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetInteger(PropertyId.SessionExpiryInterval, 5));
            Assert.AreEqual(EncodeStatus.InvalidProperty,
                AuthEncoder.Encode(buffer, 0, 16, MqttVersion.V500, ReasonCode.ReAuthenticate, properties));
        }

        [TestMethod]
        [DataRow("F0 00", MqttVersion.V311, ReasonCode.MalformedPacket)] // reserved type in 3.1.1
        [DataRow("F1 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // reserved flags
        [DataRow("F0 02 01 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // not an AUTH code
        [DataRow("F0 06 18 04 1C 00 01 73", MqttVersion.V500, ReasonCode.MalformedPacket)] // Server Reference, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("F0 07 18 05 16 00 02 01 02", MqttVersion.V500, ReasonCode.ProtocolError)] // Data without Method
        [DataRow("F0 03 18 05 15", MqttVersion.V500, ReasonCode.MalformedPacket)] // properties past the end
        [DataRow("E0 00", MqttVersion.V500, ReasonCode.ProtocolError)] // a DISCONNECT
        [DataRow("F0 01 19", MqttVersion.V500, ReasonCode.ProtocolError)] // Re-authenticate: a Client's code (§3.15.2.1)
        [DataRow("F0 06 19 04 15 00 01 4D", MqttVersion.V500, ReasonCode.ProtocolError)] // same, with properties
        public void RefusesMalformedPackets(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, AuthDecoder.Decode(buffer, 0, buffer.Length, version, new AuthView()));
        }
    }
}
