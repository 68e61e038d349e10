using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol.Session
{
    // Exponential backoff with full jitter, its bounds and reset, and the client's reconnection timing.
    [TestClass]
    public class ReconnectBackoffTests
    {
        [TestMethod]
        public void EachDelayStaysWithinItsAttemptsBounds()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 60000, 7);
            for (int attempt = 0; attempt < 12; attempt++)
            {
                long ceiling = backoff.Ceiling;
                long expected = 1000L << (attempt + 1);
                Assert.AreEqual(expected > 60000 ? 60000 : expected, ceiling);
                long delay = backoff.Next();
                Assert.IsTrue(delay >= 1000 && delay <= ceiling, "attempt " + attempt.ToString());
            }

            backoff.Reset();
            Assert.AreEqual(2000L, backoff.Ceiling);
        }

        [TestMethod]
        public void TheJitterSpreadsOverTheWholeRange()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 60000, 99);
            long min = long.MaxValue;
            long max = 0;
            for (int i = 0; i < 200; i++)
            {
                for (int j = 0; j < 8; j++)
                {
                    backoff.Next();
                }

                long delay = backoff.Next();
                min = delay < min ? delay : min;
                max = delay > max ? delay : max;
                backoff.Reset();
            }

            Assert.IsTrue(min < 10000, "low delays occur");
            Assert.IsTrue(max > 50000, "high delays occur");
        }

        [TestMethod]
        public void TheClientWaitsTheBackoffAndResetsAfterAStableConnection()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V311);
            options.StableConnectionMilliseconds = 30000;
            ClientHarness h = new ClientHarness(options).Create();
            h.Transport.ConnectResult = TransportStatus.Refused;
            h.Client.Connect();
            h.Poll();
            for (int attempt = 1; attempt <= 4; attempt++)
            {
                long retry = h.Probe.RetryIn[h.Probe.Changes - 1];
                long ceiling = 1000L << attempt;
                Assert.IsTrue(retry >= 1000 && retry <= (ceiling > 8000 ? 8000 : ceiling), "attempt " + attempt.ToString());
                h.Clock.Advance(retry - 1);
                h.Poll();
                Assert.AreEqual(attempt, h.Transport.ConnectCount, "not before the delay");
                h.Clock.Advance(1);
                h.Poll();
                Assert.AreEqual(attempt + 1, h.Transport.ConnectCount, "at the delay");
            }

            h.Transport.ConnectResult = TransportStatus.Ok;
            h.Clock.Advance(8000);
            h.Poll();
            h.Deliver(BrokerPackets.ConnAck(MqttVersion.V311, false, 0));
            Assert.IsTrue(h.Client.IsConnected);
            h.Clock.Advance(30000);
            h.Deliver(BrokerPackets.PingResp);
            h.Transport.ReceiveResult = TransportStatus.Closed;
            h.Poll();
            Assert.IsTrue(h.Probe.RetryIn[h.Probe.Changes - 1] <= 2000, "back to the first range");
        }
    }
}
