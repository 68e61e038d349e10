using System.Threading;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Xunit;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// The client on its own thread (Start/Stop) with publishers on other threads: every QoS 1/2 publish completes once,
/// Stop sends DISCONNECT and ends the thread. The transport is the loopback broker behind a blocking Receive.
/// </summary>
public class ClientThreadTests
{
    private sealed class BlockingBroker : IMqttTransport
    {
        private readonly LoopbackBroker broker = new();
        private readonly object gate = new();
        private bool open;

        public int Disconnects;

        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            lock (gate)
            {
                open = true;
                return broker.Connect(host, port, timeoutMilliseconds);
            }
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            lock (gate)
            {
                if (!open)
                {
                    return TransportStatus.NotConnected;
                }

                if (buffer[offset] >> 4 == PacketType.Disconnect)
                {
                    Disconnects++;
                }

                int status = broker.Send(buffer, offset, count);
                Monitor.PulseAll(gate);
                return status;
            }
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            lock (gate)
            {
                while (true)
                {
                    if (!open)
                    {
                        return TransportStatus.Closed;
                    }

                    int n = broker.Receive(buffer, offset, count, 0);
                    if (n > 0 || timeoutMilliseconds == 0)
                    {
                        return n;
                    }

                    if (!Monitor.Wait(gate, timeoutMilliseconds))
                    {
                        return 0;
                    }
                }
            }
        }

        public void Close()
        {
            lock (gate)
            {
                open = false;
                Monitor.PulseAll(gate);
            }
        }
    }

    [Theory]
    [InlineData(MqttVersion.V311)]
    [InlineData(MqttVersion.V500)]
    public void PublishersOnFourThreadsAllComplete(int version)
    {
        const int perThread = 500;
        var options = new MqttClientOptions { ClientId = "threads", Version = version, MaxInflight = 4, OutboxEntries = 64 };
        var transport = new BlockingBroker();
        var client = new MqttClient(options, transport, new SystemClock());
        int completed = 0;
        var seen = new bool[65536];
        int duplicates = 0;
        client.PublishCompleted += (c, id, code) =>
        {
            if (seen[id])
            {
                duplicates++;
            }

            seen[id] = true;
            completed++;
        };

        using var connected = new ManualResetEventSlim();
        client.ConnectionChanged += (c, e) =>
        {
            if (e.Connected)
            {
                connected.Set();
            }
        };
        client.Start();
        Assert.True(connected.Wait(5000), "connected");

        var threads = new Thread[4];
        int refused = 0;
        for (int t = 0; t < threads.Length; t++)
        {
            int qos = 1 + (t % 2);
            threads[t] = new Thread(() =>
            {
                byte[] payload = new byte[32];
                for (int i = 0; i < perThread; i++)
                {
                    int id;
                    while ((id = client.Publish("load/t", payload, 0, payload.Length, qos, false)) == PublishStatus.OutboxFull)
                    {
                        Thread.Sleep(1);
                    }

                    if (id <= 0)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            Assert.True(thread.Join(30000));
        }

        SpinWait.SpinUntil(() => Volatile.Read(ref completed) == threads.Length * perThread, 30000);
        client.Stop();

        Assert.Equal(0, refused);
        Assert.Equal(threads.Length * perThread, completed);
        Assert.Equal(0, duplicates);
        Assert.Equal(0, client.OutboxCount);
        Assert.False(client.IsConnected);
        Assert.Equal(1, transport.Disconnects);
    }
}
