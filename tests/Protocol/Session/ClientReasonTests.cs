using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // MQTT 5: reason codes and reason strings of CONNACK, PUBACK, PUBREC, PUBCOMP, SUBACK, UNSUBACK and DISCONNECT reach
    // the application through the existing events, with the packet's properties as views (no copies).
    [TestClass]
    public class ClientReasonTests
    {
        [TestMethod]
        public void ARefusedConnAckCarriesItsReasonStringAndServerReference()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, ReasonCode.UseAnotherServer,
                "1F " + BrokerPackets.Text("busy") + " 1C " + BrokerPackets.Text("b2:1883")));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.Refused, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.UseAnotherServer, h.Probe.LastCode);
            Assert.AreEqual("busy", h.Probe.LastReasonString);
            Assert.AreEqual("b2:1883", h.Probe.ServerReference);
        }

        [TestMethod]
        public void AnAcceptedConnAckShowsItsProperties()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, "1F " + BrokerPackets.Text("welcome")));
            Assert.IsTrue(h.Client.IsConnected);
            Assert.IsTrue(h.Probe.EventHadProperties);
            Assert.AreEqual("welcome", h.Probe.LastReasonString);
        }

        [TestMethod]
        public void AServerDisconnectCarriesItsReasonStringAndServerReference()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Deliver(BrokerPackets.WithProperties(0xE0, "9D",
                "1F " + BrokerPackets.Text("moving") + " 1C " + BrokerPackets.Text("new-host"), string.Empty));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.ServerDisconnect, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.ServerMoved, h.Probe.LastCode);
            Assert.AreEqual("moving", h.Probe.LastReasonString);
            Assert.AreEqual("new-host", h.Probe.ServerReference);
        }

        [TestMethod]
        [DataRow(ReasonCode.Success)]
        [DataRow(ReasonCode.NoMatchingSubscribers)]
        [DataRow(ReasonCode.NotAuthorized)]
        [DataRow(ReasonCode.QuotaExceeded)]
        [DataRow(ReasonCode.PayloadFormatInvalid)]
        public void APubAckReasonCodeAndStringReachTheApplication(int code)
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int id = h.Publish("t", "x", 1);
            h.Deliver(BrokerPackets.WithProperties(0x40, "00 01 " + Hex.Format(new byte[] { (byte)code }, 0, 1),
                "1F " + BrokerPackets.Text("why"), string.Empty));
            Assert.AreEqual(id, h.Probe.CompletedIds[0]);
            Assert.AreEqual(code, h.Probe.CompletedCodes[0]);
            Assert.AreEqual("why", h.Probe.LastReasonString);
            Assert.IsNull(h.Client.CompletionProperties, "a view valid only during the call");
        }

        [TestMethod]
        public void APubRecFailureEndsTheFlowWithItsReason()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int id = h.Publish("t", "x", 2);
            h.Deliver(BrokerPackets.WithProperties(0x50, "00 01 80", "1F " + BrokerPackets.Text("rec"), string.Empty));
            Assert.AreEqual(ReasonCode.UnspecifiedError, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(id, h.Probe.CompletedIds[0]);
            Assert.AreEqual("rec", h.Probe.LastReasonString);
            Assert.AreEqual(PacketType.Publish, h.Transport.SentType(-1), "no PUBREL after a failed PUBREC");
        }

        [TestMethod]
        public void APubCompReasonReachesTheApplication()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int id = h.Publish("t", "x", 2);
            h.Deliver(BrokerPackets.Ack(PacketType.PubRec, id));
            h.Deliver(BrokerPackets.WithProperties(0x70, "00 01 92", "1F " + BrokerPackets.Text("lost"), string.Empty));
            Assert.AreEqual(ReasonCode.PacketIdentifierNotFound, h.Probe.CompletedCodes[0]);
            Assert.AreEqual("lost", h.Probe.LastReasonString);
            Assert.AreEqual(0, h.Client.OutboxCount);
        }

        [TestMethod]
        public void SubAckAndUnsubAckReasonStringsReachTheApplication()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("a", 1);
            h.Deliver(BrokerPackets.WithProperties(0x90, "00 01", "1F " + BrokerPackets.Text("quota"), "97"));
            Assert.AreEqual(id, h.Probe.SubscribedIds[0]);
            Assert.AreEqual(ReasonCode.QuotaExceeded, h.Probe.SubscribedCodes[0]);
            Assert.AreEqual("quota", h.Probe.LastReasonString);

            int again = h.Client.Subscribe("b", 1);
            h.Deliver(BrokerPackets.SubAck(MqttVersion.V500, again, 1));
            int gone = h.Client.Unsubscribe("b");
            h.Deliver(BrokerPackets.WithProperties(0xB0, "00 03", "1F " + BrokerPackets.Text("none"), "11"));
            Assert.AreEqual(gone, h.Probe.UnsubscribedIds[0]);
            Assert.AreEqual(ReasonCode.NoSubscriptionExisted, h.Probe.UnsubscribedCodes[0]);
            Assert.AreEqual("none", h.Probe.LastReasonString);
        }
    }
}
