using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // Incoming PUBLISH at QoS 0, 1 and 2: delivery through the reused view, acknowledgements, exactly once.
    [TestClass]
    public class ClientInboundTests
    {
        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosZeroIsDeliveredWithoutAck(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            int sent = h.Transport.SentCount;
            h.Deliver(BrokerPackets.Publish(version, "cmd/led", "on", 0, 0, false));
            Assert.AreEqual(1, h.Probe.Messages);
            Assert.AreEqual("cmd/led", h.Probe.Topics[0]);
            Assert.AreEqual("on", h.Probe.Payloads[0]);
            Assert.AreEqual(0, h.Probe.MessageQos[0]);
            Assert.AreEqual(sent, h.Transport.SentCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosOneIsDeliveredThenAcknowledged(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(version, "a/b", "1", 1, 7, false));
            Assert.AreEqual(1, h.Probe.Messages);
            Assert.AreEqual(1, h.Probe.MessageQos[0]);
            Hex.AssertBytes("40 02 00 07", h.Transport.GetSent(-1), 0, 4);

            // A redelivery (DUP) of QoS 1 is delivered again: at least once.
            h.Deliver(BrokerPackets.Publish(version, "a/b", "1", 1, 7, true));
            Assert.AreEqual(2, h.Probe.Messages);
            Assert.IsTrue(h.Probe.MessageDup[1]);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void QosTwoIsDeliveredExactlyOnce(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(version, "q/2", "once", 2, 9, false));
            Assert.AreEqual(1, h.Probe.Messages);
            Hex.AssertBytes("50 02 00 09", h.Transport.GetSent(-1), 0, 4);
            Assert.AreEqual(1, h.Client.InboundQos2Count);

            // The broker did not see our PUBREC and sends again: acknowledged, not delivered.
            h.Deliver(BrokerPackets.Publish(version, "q/2", "once", 2, 9, true));
            Assert.AreEqual(1, h.Probe.Messages);
            Hex.AssertBytes("50 02 00 09", h.Transport.GetSent(-1), 0, 4);

            h.Deliver(BrokerPackets.Ack(PacketType.PubRel, 9));
            Hex.AssertBytes("70 02 00 09", h.Transport.GetSent(-1), 0, 4);
            Assert.AreEqual(0, h.Client.InboundQos2Count);

            // Id 9 is free again: a new message with it is a new message.
            h.Deliver(BrokerPackets.Publish(version, "q/2", "again", 2, 9, false));
            Assert.AreEqual(2, h.Probe.Messages);
            Assert.AreEqual("again", h.Probe.Payloads[1]);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311, "70 02 00 05")]
        [DataRow(MqttVersion.V500, "70 03 00 05 92")]
        public void PubRelForAnUnknownIdIsCompleted(int version, string expected)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRel, 5));
            byte[] sent = h.Transport.GetSent(-1);
            Hex.AssertBytes(expected, sent, 0, sent.Length);
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(1, h.Client.UnexpectedPacketIdCount);
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void AFullTableMakesRoomFromTheOldest(int version)
        {
            // Ending the connection would loop: the broker resends every unreleased message after the reconnect.
            ClientHarness h = Full(version);
            h.Deliver(BrokerPackets.Publish(version, "q", "3", 2, 3, false));
            Assert.AreEqual(3, h.Probe.Messages);
            Hex.AssertBytes("50 02 00 03", h.Transport.GetSent(-1), 0, 4);
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(1, h.Client.InboundQos2EvictionCount);
            Assert.AreEqual(2, h.Client.InboundQos2Count);
            h.Deliver(BrokerPackets.Publish(version, "q", "2", 2, 2, true));
            Assert.AreEqual(3, h.Probe.Messages, "id 2 is still known");
            h.Deliver(BrokerPackets.Ack(PacketType.PubRel, 1));
            Assert.AreEqual(PacketType.PubComp, h.Transport.SentType(-1), "PUBREL for the evicted id is still completed");
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void IdsTheBrokerForgotAcrossAReconnectMakeRoomFirst(int version)
        {
            ClientHarness h = Full(version);
            h.LoseConnection();
            h.Reconnect(true);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRel, 2));
            Assert.AreEqual(1, h.Client.InboundQos2Count, "id 1 is never released: the broker lost it");
            h.Deliver(BrokerPackets.Publish(version, "q", "5", 2, 5, false));
            h.Deliver(BrokerPackets.Publish(version, "q", "6", 2, 6, false));
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(4, h.Probe.Messages);
            Assert.AreEqual(1, h.Client.InboundQos2EvictionCount);
        }

        [TestMethod]
        public void APublishWithoutDupReusingAnUnreleasedIdIsANewMessage()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(MqttVersion.V500, "q", "old", 2, 4, false));
            h.Deliver(BrokerPackets.Publish(MqttVersion.V500, "q", "new", 2, 4, false));
            Assert.AreEqual(2, h.Probe.Messages);
            Assert.AreEqual("new", h.Probe.Payloads[1]);
            Assert.AreEqual(1, h.Client.InboundQos2IdReuseCount);
            Assert.AreEqual(1, h.Client.InboundQos2Count);
        }

        private static ClientHarness Full(int version)
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(version);
            options.InboundQos2Capacity = 2;
            options.CleanStart = false;
            options.SessionExpirySeconds = 60;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(version, "q", "1", 2, 1, false));
            h.Deliver(BrokerPackets.Publish(version, "q", "2", 2, 2, false));
            Assert.AreEqual(2, h.Client.InboundQos2Count);
            return h;
        }

        [TestMethod]
        public void TheViewShowsTopicPayloadFlagsAndProperties()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            bool matched = false;
            bool equal = false;
            int contentTypeLength = -1;
            bool retain = false;
            h.Client.MessageReceived += (c, m) =>
            {
                matched = m.TopicMatches("dev/+/cmd/#");
                equal = m.TopicEquals("dev/d1/cmd/reboot");
                retain = m.Retain;
                contentTypeLength = m.Properties.GetLength(PropertyId.ContentType);
            };
            h.Connect(false);

            PublishPacket packet = new PublishPacket();
            packet.Topic = "dev/d1/cmd/reboot";
            packet.Retain = true;
            packet.Properties.SetString(PropertyId.ContentType, "text");
            byte[] bytes = new byte[PublishEncoder.Size(MqttVersion.V500, packet)];
            PublishEncoder.Encode(bytes, 0, bytes.Length, MqttVersion.V500, packet);
            h.Deliver(bytes);

            Assert.IsTrue(matched);
            Assert.IsTrue(equal);
            Assert.IsTrue(retain);
            Assert.AreEqual(4, contentTypeLength);
        }

        [TestMethod]
        public void PacketsSplitAcrossReceivesAndSeveralInOneAreAllHandled()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Transport.MaxChunk = 1;
            h.Transport.Deliver(BrokerPackets.Publish(MqttVersion.V311, "a", "xyz", 1, 3, false));
            for (int i = 0; i < 20; i++)
            {
                h.Poll();
            }

            Assert.AreEqual(1, h.Probe.Messages);
            Assert.AreEqual("xyz", h.Probe.Payloads[0]);

            h.Transport.MaxChunk = 0;
            h.Transport.Deliver(BrokerPackets.Publish(MqttVersion.V311, "b", "1", 0, 0, false));
            h.Transport.Deliver(BrokerPackets.Publish(MqttVersion.V311, "c", "2", 0, 0, false));
            h.Deliver(BrokerPackets.PingResp);
            Assert.AreEqual(3, h.Probe.Messages);
            Assert.AreEqual("c", h.Probe.Topics[2]);
        }

        [TestMethod]
        public void AHandlerThatThrowsDoesNotBreakTheSession()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Client.MessageReceived += (c, m) => { throw new System.InvalidOperationException("handler bug"); };
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(MqttVersion.V311, "a", "1", 1, 4, false));
            Assert.AreEqual(1, h.Client.HandlerErrorCount);
            Hex.AssertBytes("40 02 00 04", h.Transport.GetSent(-1), 0, 4);
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void AHandlerMayPublishAReply()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            byte[] reply = new byte[] { 0x6F, 0x6B };
            h.Client.MessageReceived += (c, m) => c.Publish("reply", reply, 0, 2, 1, false);
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish(MqttVersion.V311, "cmd", "ping", 1, 4, false));
            Assert.AreEqual(PacketType.Publish, h.Transport.SentType(-2), "the reply first");
            Hex.AssertBytes("40 02 00 04", h.Transport.GetSent(-1), 0, 4);
            Assert.AreEqual(1, h.Client.InflightCount);
        }
    }
}
