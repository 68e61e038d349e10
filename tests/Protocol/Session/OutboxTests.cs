using nanoFramework.TestFramework;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // The outbox's byte ring: placement, wrap-around, reuse after acknowledgement, order.
    [TestClass]
    public class OutboxTests
    {
        private static byte[] Packet(int length, byte fill)
        {
            byte[] packet = new byte[length];
            for (int i = 0; i < length; i++)
            {
                packet[i] = fill;
            }

            return packet;
        }

        [TestMethod]
        public void StoresAndReadsBackInOrder()
        {
            Outbox outbox = new Outbox(new RamOutboxStore(100), 4);
            Assert.AreEqual(0, outbox.Add(Packet(30, 1), 0, 30, 1, 1));
            Assert.AreEqual(1, outbox.Add(Packet(30, 2), 0, 30, 2, 2));
            Assert.AreEqual(2, outbox.Count);
            Assert.AreEqual(2, outbox.QueuedCount);
            byte[] read = new byte[30];
            Assert.AreEqual(30, outbox.Read(outbox.SlotAt(1), read, 0));
            Assert.AreEqual((byte)2, read[29]);
            Assert.AreEqual(1, outbox.Find(2));
            Assert.AreEqual(-1, outbox.Find(3));
        }

        [TestMethod]
        public void WrapsToTheStartWhenTheOldestIsGone()
        {
            Outbox outbox = new Outbox(new RamOutboxStore(100), 8);
            int a = outbox.Add(Packet(40, 1), 0, 40, 1, 1);
            outbox.Add(Packet(40, 2), 0, 40, 2, 1);
            Assert.AreEqual(PublishStatus.OutboxFull, outbox.Add(Packet(30, 3), 0, 30, 3, 1), "20 bytes at the end, 0 at the start");
            outbox.Remove(a);
            int c = outbox.Add(Packet(30, 3), 0, 30, 3, 1);
            Assert.IsTrue(c >= 0, "placed at the start");
            byte[] read = new byte[30];
            outbox.Read(c, read, 0);
            Assert.AreEqual((byte)3, read[0]);
            Assert.AreEqual(PublishStatus.OutboxFull, outbox.Add(Packet(20, 4), 0, 20, 4, 1), "only 10 bytes between");
            Assert.IsTrue(outbox.Add(Packet(10, 4), 0, 10, 4, 1) >= 0);
        }

        [TestMethod]
        public void AnAckedEntryInTheMiddleWaitsForTheOlderOnes()
        {
            Outbox outbox = new Outbox(new RamOutboxStore(90), 8);
            int a = outbox.Add(Packet(30, 1), 0, 30, 1, 1);
            int b = outbox.Add(Packet(30, 2), 0, 30, 2, 1);
            outbox.Add(Packet(30, 3), 0, 30, 3, 1);
            outbox.Remove(b);
            Assert.AreEqual(PublishStatus.OutboxFull, outbox.Add(Packet(30, 4), 0, 30, 4, 1));
            outbox.Remove(a);
            Assert.IsTrue(outbox.Add(Packet(30, 4), 0, 30, 4, 1) >= 0);
            Assert.AreEqual(2, outbox.Count);
        }

        [TestMethod]
        public void StatesCountQueuedAndInflight()
        {
            Outbox outbox = new Outbox(new RamOutboxStore(100), 4);
            int a = outbox.Add(Packet(10, 1), 0, 10, 1, 1);
            int b = outbox.Add(Packet(10, 2), 0, 10, 2, 2);
            outbox.SetState(a, OutboxState.AwaitingAck);
            outbox.SetState(b, OutboxState.AwaitingComplete);
            Assert.AreEqual(0, outbox.QueuedCount);
            Assert.AreEqual(2, outbox.InflightCount);
            outbox.RequeueInflight();
            Assert.AreEqual(2, outbox.QueuedCount);
            Assert.AreEqual(0, outbox.InflightCount);
            outbox.Remove(a);
            outbox.Remove(b);
            outbox.Compact();
            Assert.AreEqual(0, outbox.Count);
            Assert.AreEqual(0, outbox.Span);
        }

        [TestMethod]
        public void ManyCyclesNeverLoseOrCorruptAnEntry()
        {
            Outbox outbox = new Outbox(new RamOutboxStore(256), 6);
            byte[] read = new byte[64];
            int nextId = 1;
            int oldestId = 1;
            for (int cycle = 0; cycle < 500; cycle++)
            {
                int length = 10 + (cycle * 7 % 50);
                while (outbox.Add(Packet(length, (byte)nextId), 0, length, nextId, 1) < 0)
                {
                    int slot = outbox.Find(oldestId);
                    Assert.IsTrue(slot >= 0, "the oldest is there");
                    int got = outbox.Read(slot, read, 0);
                    Assert.AreEqual((byte)oldestId, read[got - 1]);
                    outbox.Remove(slot);
                    oldestId++;
                }

                nextId++;
            }

            Assert.AreEqual(nextId - oldestId, outbox.Count);
        }
    }
}
