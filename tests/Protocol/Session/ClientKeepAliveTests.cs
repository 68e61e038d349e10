using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // PINGREQ when idle, dead and half-open connections found within 1.5 keep-alive intervals.
    [TestClass]
    public class ClientKeepAliveTests
    {
        [TestMethod]
        public void PingsWhenNothingWasSentForTheInterval()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            int sent = h.Transport.SentCount;
            h.Clock.Advance(59999);
            h.Poll();
            Assert.AreEqual(sent, h.Transport.SentCount, "not yet");
            h.Clock.Advance(1);
            h.Poll();
            Hex.AssertBytes("C0 00", h.Transport.GetSent(-1), 0, 2);

            h.Clock.Advance(1000);
            h.Deliver(BrokerPackets.PingResp);
            h.Clock.Advance(59000);
            h.Poll();
            Assert.IsTrue(h.Client.IsConnected, "answered in time");
            Assert.AreEqual(sent + 2, h.Transport.SentCount, "next ping one interval after the last");
        }

        [TestMethod]
        [DataRow(MqttVersion.V311)]
        [DataRow(MqttVersion.V500)]
        public void NoPingRespWithinHalfAnIntervalIsAKeepAliveTimeout(int version)
        {
            ClientHarness h = new ClientHarness(version).Create();
            h.Connect(false);
            h.Clock.Advance(60000);
            h.Poll();
            Assert.AreEqual(PacketType.PingReq, h.Transport.SentType(-1));
            h.Clock.Advance(29999);
            h.Poll();
            Assert.IsTrue(h.Client.IsConnected);
            h.Clock.Advance(1);
            h.Poll();
            Assert.IsFalse(h.Client.IsConnected, "lost at 1.5 x keep-alive");
            Assert.AreEqual(ConnectionReason.KeepAliveTimeout, h.Probe.LastReason);
            Assert.AreEqual(PacketType.PingReq, h.Transport.SentType(-1), "no DISCONNECT: just close");
            Assert.IsFalse(h.Transport.IsOpen);
        }

        [TestMethod]
        public void AHalfOpenConnectionIsFoundWhilePublishing()
        {
            // The socket takes every write, nothing ever comes back: QoS 0 traffic alone must not hide it.
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            long start = h.Clock.Now;
            while (h.Client.IsConnected && h.Clock.Now - start < 200000)
            {
                h.Clock.Advance(1000);
                h.Publish("t", "x", 0);
                h.Poll();
            }

            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.KeepAliveTimeout, h.Probe.LastReason);
            Assert.IsTrue(h.Clock.Now - start <= 90000, "within 1.5 x keep-alive of the last packet received");
        }

        [TestMethod]
        public void AnyPacketFromTheBrokerCountsAsAnAnswer()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Clock.Advance(60000);
            h.Poll();
            h.Clock.Advance(20000);
            h.Deliver(BrokerPackets.Publish(MqttVersion.V311, "t", "x", 0, 0, false));
            h.Clock.Advance(20000);
            h.Poll();
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void ServerKeepAliveReplacesOurs()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.Connect();
            h.Poll();
            h.Deliver("20 06 00 00 03 13 00 0A");
            Assert.IsTrue(h.Client.IsConnected);
            h.Clock.Advance(10000);
            h.Poll();
            Assert.AreEqual(PacketType.PingReq, h.Transport.SentType(-1));
        }

        [TestMethod]
        public void KeepAliveZeroNeverPings()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.KeepAliveSeconds = 0;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            h.Clock.Advance(10000000);
            h.Poll();
            Assert.AreEqual(PacketType.Connect, h.Transport.SentType(-1));
            Assert.IsTrue(h.Client.IsConnected);
        }

        [TestMethod]
        public void TheReceiveWaitEndsWhenTheNextPingIsDue()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V311).Create();
            h.Connect(false);
            h.Clock.Advance(50000);
            h.Client.Poll(30000);
            Assert.AreEqual(10000, h.Transport.LastReceiveTimeout);
        }
    }
}
