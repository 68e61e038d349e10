using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol.Session
{
    // Server DISCONNECT, malformed packets, unexpected packet ids, socket errors.
    [TestClass]
    public class ClientErrorTests
    {
        [TestMethod]
        public void ServerDisconnectIsReportedWithItsReasonCode()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int sent = h.Transport.SentCount;
            h.Deliver(BrokerPackets.Disconnect(ReasonCode.ServerShuttingDown));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ServerDisconnect, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.ServerShuttingDown, h.Probe.LastCode);
            Assert.AreEqual(sent, h.Transport.SentCount, "no DISCONNECT back");
            Assert.IsFalse(h.Transport.IsOpen);
        }

        [TestMethod]
        [DataRow(MqttVersion.V500, "60 02 00 01", ReasonCode.MalformedPacket)]     // PUBREL without its reserved flags
        [DataRow(MqttVersion.V500, "42 02 00 01", ReasonCode.MalformedPacket)]     // PUBACK with reserved flags set
        [DataRow(MqttVersion.V500, "36 05 00 01 61 00 01", ReasonCode.MalformedPacket)] // PUBLISH QoS 3
        [DataRow(MqttVersion.V500, "30 04 00 02 61 2B", ReasonCode.TopicNameInvalid)] // wildcard in a topic name
        [DataRow(MqttVersion.V500, "40 02 00 00", ReasonCode.ProtocolError)]       // packet id 0
        [DataRow(MqttVersion.V500, "C0 00", ReasonCode.ProtocolError)]             // PINGREQ from the server
        [DataRow(MqttVersion.V500, "20 03 00 00 00", ReasonCode.ProtocolError)]    // a second CONNACK
        public void AMalformedPacketEndsTheConnectionWithItsReasonCode(int version, string hex, int code)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Deliver(hex);
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ProtocolError, h.Probe.LastReason);
            Assert.AreEqual(code, h.Probe.LastCode);
            byte[] sent = h.Transport.GetSent(-1);
            Assert.AreEqual(PacketType.Disconnect, sent[0] >> 4);
            Assert.AreEqual(code, (int)sent[2]);
            Assert.IsFalse(h.Transport.IsOpen);
        }

        [TestMethod]
        public void AMalformedPacketIn311ClosesWithoutDisconnect()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Deliver("36 05 00 01 61 00 01");
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ProtocolError, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.MalformedPacket, h.Probe.LastCode);
            Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1));
            Assert.IsFalse(h.Transport.IsOpen);
        }

        [TestMethod]
        public void APacketLargerThanTheReceiveBufferIsPacketTooLarge()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.ReceiveBufferSize = 64;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            h.Deliver("30 7F 00 01 61");
            Assert.AreEqual(ReasonCode.PacketTooLarge, h.Probe.LastCode);
            Hex.AssertBytes("E0 01 95", h.Transport.GetSent(-1), 0, 3);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void UnexpectedPubAckAndPubCompAreIgnored(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int id = h.Publish("t", "x", 1);
            int sent = h.Transport.SentCount;
            h.Deliver(BrokerPackets.Ack(PacketType.PubAck, id + 10));
            h.Deliver(BrokerPackets.Ack(PacketType.PubComp, id));
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(0, h.Probe.Completions);
            Assert.AreEqual(2, h.Client.UnexpectedPacketIdCount);
            Assert.AreEqual(sent, h.Transport.SentCount);
            Assert.AreEqual(1, h.Client.InflightCount, "the real one still waits");
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, "62 02 00 07")]
        [DataRow(MqttVersion.V500, "62 03 00 07 92")]
        public void AnUnexpectedPubRecIsAnsweredWithPubRel(int version, string expected)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, 7));
            byte[] sent = h.Transport.GetSent(-1);
            Hex.AssertBytes(expected, sent, 0, sent.Length);
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void ASocketErrorIsConnectionLostWithTheTransportStatus()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Transport.ReceiveResult = TransportStatus.Error;
            h.Poll();
            Assert.AreEqual(ConnectionReason.ConnectionLost, h.Probe.LastReason);
            Assert.AreEqual(TransportStatus.Error, h.Probe.LastCode);
            Assert.IsFalse(h.Probe.Connected[h.Probe.Changes - 1]);
        }
    }
}
