using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // DISCONNECT (3.1.1 §3.14, 5.0 §3.14).
    [TestClass]
    public class DisconnectCodecTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311, ReasonCode.NormalDisconnection, "E0 00")]
        [DataRow(MqttVersion.V500, ReasonCode.NormalDisconnection, "E0 00")]
        [DataRow(MqttVersion.V500, ReasonCode.DisconnectWithWillMessage, "E0 01 04")]
        [DataRow(MqttVersion.V500, ReasonCode.PacketTooLarge, "E0 01 95")]
        public void EncodesShortForms(int version, int reasonCode, string hex)
        {
            byte[] buffer = Hex.Guarded(5);
            int length = DisconnectEncoder.Encode(buffer, 1, 4, version, reasonCode, null);
            Assert.AreEqual(length, DisconnectEncoder.Size(version, reasonCode, null));
            Hex.AssertBytes(hex, buffer, 1, length);
            Hex.AssertGuardsIntact(buffer, 1, length);
        }

        [TestMethod]
        public void EncodesASessionExpiryIntervalAndRoundTripsAReasonString()
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetInteger(PropertyId.SessionExpiryInterval, 0));
            byte[] buffer = new byte[9];
            Assert.AreEqual(9, DisconnectEncoder.Encode(buffer, 0, 9, MqttVersion.V500, 0, properties));
            Hex.AssertBytes("E0 07 00 05 11 00 00 00 00", buffer, 0, 9);
            // A Server must not send the Session Expiry Interval [MQTT-3.14.2-2].
            Assert.AreEqual(ReasonCode.ProtocolError,
                DisconnectDecoder.Decode(buffer, 0, 9, MqttVersion.V500, new DisconnectView()));

            properties.Clear();
            Assert.IsTrue(properties.SetString(PropertyId.ReasonString, "bye"));
            buffer = new byte[10];
            Assert.AreEqual(10, DisconnectEncoder.Encode(buffer, 0, 10, MqttVersion.V500, ReasonCode.UnspecifiedError, properties));
            DisconnectView view = new DisconnectView();
            Assert.AreEqual(ReasonCode.Success, DisconnectDecoder.Decode(buffer, 0, 10, MqttVersion.V500, view));
            Assert.AreEqual(ReasonCode.UnspecifiedError, view.ReasonCode);
            Assert.IsTrue(view.Properties.StringEquals(PropertyId.ReasonString, "bye"));
        }

        // 5.0 §3.14.2.1: the codes only a Server may send are refused; those of both sides and 0x04 are written.
        [TestMethod]
        [DataRow(ReasonCode.NotAuthorized, false)]
        [DataRow(ReasonCode.ServerBusy, false)]
        [DataRow(ReasonCode.ServerShuttingDown, false)]
        [DataRow(ReasonCode.KeepAliveTimeout, false)]
        [DataRow(ReasonCode.SessionTakenOver, false)]
        [DataRow(ReasonCode.TopicFilterInvalid, false)]
        [DataRow(ReasonCode.RetainNotSupported, false)]
        [DataRow(ReasonCode.QosNotSupported, false)]
        [DataRow(ReasonCode.UseAnotherServer, false)]
        [DataRow(ReasonCode.ServerMoved, false)]
        [DataRow(ReasonCode.SharedSubscriptionsNotSupported, false)]
        [DataRow(ReasonCode.ConnectionRateExceeded, false)]
        [DataRow(ReasonCode.MaximumConnectTime, false)]
        [DataRow(ReasonCode.SubscriptionIdentifiersNotSupported, false)]
        [DataRow(ReasonCode.WildcardSubscriptionsNotSupported, false)]
        [DataRow(ReasonCode.NormalDisconnection, true)]
        [DataRow(ReasonCode.DisconnectWithWillMessage, true)]
        [DataRow(ReasonCode.UnspecifiedError, true)]
        [DataRow(ReasonCode.MalformedPacket, true)]
        [DataRow(ReasonCode.ProtocolError, true)]
        [DataRow(ReasonCode.ImplementationSpecificError, true)]
        [DataRow(ReasonCode.TopicNameInvalid, true)]
        [DataRow(ReasonCode.ReceiveMaximumExceeded, true)]
        [DataRow(ReasonCode.TopicAliasInvalid, true)]
        [DataRow(ReasonCode.PacketTooLarge, true)]
        [DataRow(ReasonCode.MessageRateTooHigh, true)]
        [DataRow(ReasonCode.QuotaExceeded, true)]
        [DataRow(ReasonCode.AdministrativeAction, true)]
        [DataRow(ReasonCode.PayloadFormatInvalid, true)]
        public void EncodesOnlyCodesAClientMaySend(int reasonCode, bool allowed)
        {
            byte[] buffer = Hex.Guarded(12);
            int length = DisconnectEncoder.Encode(buffer, 4, 8, MqttVersion.V500, reasonCode, null);
            int expected = reasonCode == ReasonCode.NormalDisconnection ? 2 : 3;
            Assert.AreEqual(allowed ? expected : EncodeStatus.InvalidReasonCode, length);
            Assert.AreEqual(allowed, ReasonCode.IsAllowedFromClient(PacketType.Disconnect, reasonCode));
            Hex.AssertGuardsIntact(buffer, 4, allowed ? length : 0);

            // A Server may send every one of them but Disconnect with Will Message.
            byte[] received = new byte[] { 0xE0, 0x01, (byte)reasonCode };
            Assert.AreEqual(reasonCode == ReasonCode.DisconnectWithWillMessage ? ReasonCode.ProtocolError : ReasonCode.Success,
                DisconnectDecoder.Decode(received, 0, 3, MqttVersion.V500, new DisconnectView()));
        }

        [TestMethod]
        public void RefusesInvalidFields()
        {
            byte[] buffer = new byte[16];
            Assert.AreEqual(EncodeStatus.InvalidReasonCode,
                DisconnectEncoder.Encode(buffer, 0, 16, MqttVersion.V311, ReasonCode.UnspecifiedError, null));
            Assert.AreEqual(EncodeStatus.InvalidReasonCode,
                DisconnectEncoder.Encode(buffer, 0, 16, MqttVersion.V500, ReasonCode.GrantedQos1, null));
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetString(PropertyId.ServerReference, "s"));
            Assert.AreEqual(EncodeStatus.InvalidProperty, DisconnectEncoder.Size(MqttVersion.V500, 0, properties));
            Assert.AreEqual(EncodeStatus.InvalidProperty,
                DisconnectEncoder.Encode(buffer, 0, 16, MqttVersion.V500, 0, properties));
        }

        [TestMethod]
        [DataRow("E0 00", ReasonCode.NormalDisconnection)]
        [DataRow("E0 01 8B", ReasonCode.ServerShuttingDown)]
        [DataRow("E0 02 8E 00", ReasonCode.SessionTakenOver)]
        [DataRow("E0 06 9C 04 1C 00 01 73", ReasonCode.UseAnotherServer)]
        public void DecodesServerDisconnects(string hex, int reasonCode)
        {
            byte[] buffer = Hex.Parse(hex);
            DisconnectView view = new DisconnectView();
            Assert.AreEqual(ReasonCode.Success, DisconnectDecoder.Decode(buffer, 0, buffer.Length, MqttVersion.V500, view));
            Assert.AreEqual(reasonCode, view.ReasonCode);
        }

        [TestMethod]
        [DataRow("E0 00", MqttVersion.V311, ReasonCode.ProtocolError)] // Servers send no DISCONNECT in 3.1.1
        [DataRow("E1 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // reserved flags
        [DataRow("E0 01 05", MqttVersion.V500, ReasonCode.MalformedPacket)] // not a DISCONNECT code
        [DataRow("E0 01 8C", MqttVersion.V500, ReasonCode.MalformedPacket)] // a CONNACK-only code
        [DataRow("E0 02 00 05", MqttVersion.V500, ReasonCode.MalformedPacket)] // Property Length past the end
        [DataRow("E0 04 00 02 1F 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // half a string
        [DataRow("E0 06 00 03 1F 00 00 00", MqttVersion.V500, ReasonCode.MalformedPacket)] // trailing byte
        [DataRow("E0 01 04", MqttVersion.V500, ReasonCode.ProtocolError)] // Disconnect with Will Message: a Client's code (§3.14.2.1)
        [DataRow("E0 07 00 05 11 00 00 00 0A", MqttVersion.V500, ReasonCode.ProtocolError)] // Session Expiry from a Server [MQTT-3.14.2-2]
        [DataRow("E0 05 00 03 21 00 01", MqttVersion.V500, ReasonCode.MalformedPacket)] // Receive Maximum, not valid in this packet type (5.0 §2.2.2.2)
        [DataRow("D0 00", MqttVersion.V500, ReasonCode.ProtocolError)] // a PINGRESP
        public void RefusesMalformedPackets(string hex, int version, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, DisconnectDecoder.Decode(buffer, 0, buffer.Length, version, new DisconnectView()));
        }
    }
}
