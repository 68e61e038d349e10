using System.Diagnostics;
using Telemetry.Evidence.Bench;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Evidence.Clients;

/// <summary>
/// Our client: <see cref="MqttClient"/> over <see cref="TcpTransport"/> on its own thread, with
/// <see cref="BenchSettings.Window"/> messages in flight; beyond the window Publish stores the encoded packet in the
/// outbox, and when the outbox is full the harness waits for the next completion and tries again.
/// </summary>
public sealed class OurClient : IBenchClient
{
    private static int clientNumber;

    /// <summary>
    /// Inbound QoS 2 ids awaiting PUBREL: every packet id. mosquitto 2.0.11 frees a window slot at PUBREC and queues
    /// its PUBRELs behind the PUBLISHes it is sending, so under a QoS 2 flood a subscriber holds far more than 20
    /// unreleased ids (89 on an idle machine, over 128 on a loaded one).
    /// </summary>
    public const int InboundQos2Capacity = 65535;

    public string Name => BenchResults.OursName;

    /// <summary>The options of every benchmark client: 3.1.1, clean session, buffers for a 1 KB payload.</summary>
    public static MqttClientOptions BenchOptions(int port, string name) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        ClientId = $"{name}-{Interlocked.Increment(ref clientNumber)}",
        Version = MqttVersion.V311,
        KeepAliveSeconds = 120,
        CleanStart = true,
        ReceiveBufferSize = 2048,
        SendBufferSize = 2048,
        MaxInflight = BenchSettings.Window,
        InboundQos2Capacity = InboundQos2Capacity,
        OutboxBytes = 64 * 1024,
        OutboxEntries = 64,
    };

    public Task<Measurement> PublishAsync(int port, string topic, int qos, int payloadSize, int count)
    {
        return Task.Run(() =>
        {
            using var session = Session.Open(BenchOptions(port, "ours-pub"));
            byte[] payload = new byte[payloadSize];
            string fence = topic + "/fence";
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                session.Publish(topic, payload, qos);
            }

            int fenceId = qos == 0 ? session.Publish(fence, payload, 1) : 0;
            session.WaitForCompletions(qos == 0 ? 1 : count, fenceId);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            return new Measurement(count, seconds, (double)allocated / count);
        });
    }

    public Task<IReceiveRun> SubscribeAsync(int port, string topic, int qos, int count)
    {
        return Task.Run<IReceiveRun>(() =>
        {
            var session = Session.Open(BenchOptions(port, "ours-sub"));
            try
            {
                session.Subscribe(topic, qos);
            }
            catch
            {
                session.Dispose();
                throw;
            }

            return new ReceiveRun(session, count);
        });
    }

    public Task<double[]> RoundTripsAsync(int port, string topic, int count)
    {
        return Task.Run(() =>
        {
            using var session = Session.Open(BenchOptions(port, "ours-lat"));
            session.Subscribe(topic, 1);
            byte[] payload = new byte[16];
            var samples = new double[count];
            for (int i = 0; i < count; i++)
            {
                long before = session.Received;
                long start = Stopwatch.GetTimestamp();
                session.Publish(topic, payload, 1);
                session.WaitForReceived(before + 1, TimeSpan.FromSeconds(10));
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            return samples;
        });
    }

    /// <summary>A started client with counters of completions and received messages, and waits on them.</summary>
    internal sealed class Session : IDisposable
    {
        private readonly object gate = new();
        private readonly MqttClient client;
        private long completed;
        private long received;
        private int lastCompletedId;
        private bool connected;
        private bool subscribed;

        private Session(MqttClientOptions options)
        {
            client = new MqttClient(options, new TcpTransport(), new SystemClock());
            client.PublishCompleted += OnPublishCompleted;
            client.SubscribeCompleted += OnSubscribeCompleted;
            client.ConnectionChanged += OnConnectionChanged;
            client.MessageReceived += OnMessage;
        }

        public long Received => Interlocked.Read(ref received);

        public long FirstTimestamp { get; private set; }

        public long LastTimestamp { get; private set; }

        public string? Failure { get; private set; }

        public static Session Open(MqttClientOptions options)
        {
            var session = new Session(options);
            session.client.Start();
            session.WaitUntil(() => session.connected, TimeSpan.FromSeconds(10), "CONNACK");
            return session;
        }

        /// <summary>Publishes; when the outbox is full, waits for a completion and tries again. Returns the packet id.</summary>
        public int Publish(string topic, byte[] payload, int qos)
        {
            while (true)
            {
                long before = Interlocked.Read(ref completed);
                int result = client.Publish(topic, payload, 0, payload.Length, qos, false);
                if (result >= 0)
                {
                    return result;
                }

                if (result != PublishStatus.OutboxFull)
                {
                    throw new InvalidOperationException($"Publish returned {result} ({Failure})");
                }

                WaitForCompletedAbove(before);
            }
        }

        public void Subscribe(string filter, int qos)
        {
            int id = client.Subscribe(filter, qos);
            if (id < 0)
            {
                throw new InvalidOperationException("Subscribe returned " + id);
            }

            WaitUntil(() => subscribed, TimeSpan.FromSeconds(10), "SUBACK");
        }

        /// <summary>Waits for <paramref name="count"/> completions, or for the completion of <paramref name="packetId"/>.</summary>
        public void WaitForCompletions(long count, int packetId)
        {
            WaitUntil(() => packetId != 0 ? lastCompletedId == packetId : completed >= count, TimeSpan.FromSeconds(60), "the acknowledgements");
        }

        public void WaitForReceived(long count, TimeSpan timeout)
        {
            WaitUntil(() => Interlocked.Read(ref received) >= count, timeout, "the message");
        }

        public void Dispose() => client.Stop();

        /// <summary>The client's state, for a run that did not complete.</summary>
        public string Describe() => $"connected {client.IsConnected}, connections {client.ConnectionCount}, inbound QoS 2 {client.InboundQos2Count}, in flight {client.InflightCount}, unexpected ids {client.UnexpectedPacketIdCount}, handler errors {client.HandlerErrorCount}, {Failure}";

        /// <summary>The hot path of a full outbox: no closure, so the harness allocates nothing per message.</summary>
        private void WaitForCompletedAbove(long before)
        {
            long deadline = Environment.TickCount64 + 30000;
            lock (gate)
            {
                while (completed <= before)
                {
                    if (Environment.TickCount64 > deadline)
                    {
                        throw new TimeoutException($"ours: no completion within 30 s ({Failure})");
                    }

                    Monitor.Wait(gate, 100);
                }
            }
        }

        private void OnMessage(MqttClient sender, ReceivedMessage message)
        {
            long now = Stopwatch.GetTimestamp();
            if (Interlocked.Increment(ref received) == 1)
            {
                FirstTimestamp = now;
            }

            LastTimestamp = now;
            lock (gate)
            {
                Monitor.PulseAll(gate);
            }
        }

        // The handlers run on the client's thread for every message: no closures, so they allocate nothing.
        private void OnPublishCompleted(MqttClient sender, int packetId, int reason)
        {
            lock (gate)
            {
                completed++;
                lastCompletedId = packetId;
                if (reason != 0)
                {
                    Failure = $"publish {packetId} refused with reason {reason}";
                }

                Monitor.PulseAll(gate);
            }
        }

        private void OnSubscribeCompleted(MqttClient sender, int packetId, int index, int reason)
        {
            lock (gate)
            {
                subscribed = reason <= 2;
                Monitor.PulseAll(gate);
            }
        }

        private void OnConnectionChanged(MqttClient sender, ConnectionEvent e)
        {
            lock (gate)
            {
                connected = e.Connected;
                if (!e.Connected && e.Reason != ConnectionReason.ClientDisconnect)
                {
                    Failure ??= $"connection lost (reason {e.Reason}, code {e.Code})";
                }

                Monitor.PulseAll(gate);
            }
        }

        private void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
        {
            var clock = Stopwatch.StartNew();
            lock (gate)
            {
                while (!condition())
                {
                    TimeSpan left = timeout - clock.Elapsed;
                    if (left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException($"ours: no {what} within {timeout.TotalSeconds:F0} s ({Failure})");
                    }

                    Monitor.Wait(gate, left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
                }
            }
        }
    }

    private sealed class ReceiveRun : IReceiveRun
    {
        private readonly Session session;
        private readonly int count;
        private readonly long allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

        public ReceiveRun(Session session, int count)
        {
            this.session = session;
            this.count = count;
        }

        public Task<Measurement> CompleteAsync(TimeSpan idle)
        {
            return Task.Run(() =>
            {
                long seen = -1;
                while (session.Received < count)
                {
                    long n = session.Received;
                    if (n == seen && n > 0)
                    {
                        break;
                    }

                    seen = n;
                    try
                    {
                        session.WaitForReceived(count, n == 0 ? TimeSpan.FromSeconds(30) : idle);
                    }
                    catch (TimeoutException)
                    {
                        // Idle: count what arrived.
                    }
                }

                long received = session.Received;
                if (received < count)
                {
                    Console.WriteLine($"  ours: {received} of {count} received; {session.Describe()}");
                }

                double? perMessage = received >= count ? (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart) / received : null;
                return new Measurement(received, received > 1 ? Stopwatch.GetElapsedTime(session.FirstTimestamp, session.LastTimestamp).TotalSeconds : 0, perMessage);
            });
        }

        public ValueTask DisposeAsync()
        {
            session.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
