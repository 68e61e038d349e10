using System.Buffers.Binary;
using System.Diagnostics;
using Telemetry.Evidence.Broker;
using Telemetry.Evidence.Clients;
using Telemetry.HostTests.Broker;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Telemetry.Mqtt.Transport.Simulated;

namespace Telemetry.Evidence.Campaign;

/// <summary>
/// Numbered messages at QoS 1 and 2 from our client, through the host tests' <see cref="TcpFaultProxy"/> and a
/// <see cref="FaultTransport"/>, to a mosquitto with persistence that is stopped (SIGTERM) and restarted, received by
/// our client on a persistent QoS 2 subscription. Faults, one after another on a live connection: proxy cuts, cuts in
/// the middle of a packet, broker restarts. Every QoS 1 number must arrive, every QoS 2 number exactly once.
/// Broker restarts use SIGTERM: with SIGKILL mosquitto loses what it acknowledged but had not yet saved, which is the
/// broker's durability, not the client's.
/// </summary>
public static class FaultCampaign
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(60);

    /// <summary>Runs MQTT 3.1.1 then 5.0, each for half the budget (at least <paramref name="minimumFaults"/> faults each).</summary>
    public static async Task<IReadOnlyList<CampaignPart>> RunAsync(TimeSpan budget, TextWriter log, int minimumFaults = 4)
    {
        var parts = new List<CampaignPart>();
        foreach (int version in new[] { MqttVersion.V311, MqttVersion.V500 })
        {
            parts.Add(await Task.Run(() => Run(version, budget / 2, minimumFaults, log)));
        }

        return parts;
    }

    private static CampaignPart Run(int version, TimeSpan budget, int minimumFaults, TextWriter log)
    {
        string name = $"Connection cuts and broker restarts, MQTT {(version == MqttVersion.V500 ? "5.0" : "3.1.1")}";
        var clock = Stopwatch.StartNew();
        using var broker = BenchBroker.Start(persistence: true);
        using var proxy = new TcpFaultProxy(broker.Port);
        var counts = new int[3][];
        counts[1] = new int[1 << 20];
        counts[2] = new int[1 << 20];
        using var subscriber = new Endpoint(Options(broker.Port, "campaign-sub", version), null);
        subscriber.Client.MessageReceived += (_, message) =>
        {
            int qos = message.TopicEquals("campaign/1") ? 1 : message.TopicEquals("campaign/2") ? 2 : 0;
            if (qos != 0 && message.PayloadLength == 4)
            {
                int number = BinaryPrimitives.ReadInt32BigEndian(message.Buffer.AsSpan(message.PayloadOffset, 4));
                if ((uint)number < (uint)counts[qos].Length)
                {
                    Interlocked.Increment(ref counts[qos][number]);
                }
            }
        };
        subscriber.Start();
        if (subscriber.Client.Subscribe("campaign/+", 2) < 0 || !subscriber.WaitSubscribed())
        {
            return new CampaignPart(name, string.Empty) { Failure = "the subscriber could not subscribe", Elapsed = clock.Elapsed };
        }

        var faultTransport = new FaultTransport(new TcpTransport());
        using var publisher = new Endpoint(Options(proxy.Port, "campaign-pub", version), faultTransport);
        publisher.Start();

        // Publish numbered messages, alternately QoS 1 and QoS 2, at about 2,000 a second, while faults are injected.
        int published = 0;
        int faults = 0, cuts = 0, midPacket = 0, restarts = 0;
        var publishing = budget - TimeSpan.FromSeconds(Math.Min(15, budget.TotalSeconds / 3));
        var nextFault = TimeSpan.FromMilliseconds(700);
        byte[] payload = new byte[4];
        string? failure = null;
        while ((clock.Elapsed < publishing || faults < minimumFaults) && published < counts[1].Length * 2 && failure == null)
        {
            int qos = 1 + (published % 2);
            BinaryPrimitives.WriteInt32BigEndian(payload, published / 2);
            int status = publisher.Client.Publish(qos == 1 ? "campaign/1" : "campaign/2", payload, 0, 4, qos, false);
            if (status == PublishStatus.OutboxFull)
            {
                Thread.Sleep(2);
                continue;
            }

            if (status <= 0)
            {
                failure = $"publish {published} returned {status}";
                break;
            }

            published++;
            if (published % 4 == 0)
            {
                Thread.Sleep(1);
            }

            if (clock.Elapsed >= nextFault && publisher.Client.IsConnected)
            {
                int kind = faults % 4;
                if (kind == 3)
                {
                    broker.Stop();
                    Thread.Sleep(300); // the publisher queues into its outbox while the broker is down
                    broker.Restart();
                    restarts++;
                }
                else if (kind == 1)
                {
                    faultTransport.CutAfterSentBytes(7);
                    midPacket++;
                }
                else
                {
                    proxy.CutAll();
                    cuts++;
                }

                faults++;
                nextFault = clock.Elapsed + TimeSpan.FromMilliseconds(kind == 3 ? 1500 : 700);
            }
        }

        // Everything published must arrive: wait for the outbox to drain and the subscriber to see every number.
        int perQos1 = (published + 1) / 2, perQos2 = published / 2;
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < Drain && (Missing(counts[1], perQos1) > 0 || Missing(counts[2], perQos2) > 0 || publisher.Client.OutboxCount > 0))
        {
            Thread.Sleep(20);
        }

        long lost1 = Missing(counts[1], perQos1), lost2 = Missing(counts[2], perQos2);
        long duplicates1 = Duplicates(counts[1], perQos1), duplicates2 = Duplicates(counts[2], perQos2);
        long received = counts[1].Sum(c => (long)c) + counts[2].Sum(c => (long)c);
        if (failure == null && duplicates2 > 0)
        {
            failure = $"{duplicates2} QoS 2 messages arrived twice";
        }

        if (failure == null && (lost1 > 0 || lost2 > 0))
        {
            failure = $"lost {lost1} QoS 1 and {lost2} QoS 2 messages; publisher: {publisher.Describe()}; subscriber: {subscriber.Describe()}";
        }

        return new CampaignPart(name, $"{published:N0} numbered messages ({perQos1:N0} QoS 1 + {perQos2:N0} QoS 2) from a persistent session through a proxy; {cuts} proxy cuts, {midPacket} cuts in the middle of a packet, {restarts} broker restarts (SIGTERM, persistence on); the subscriber (persistent, QoS 2) saw every QoS 1 number at least once ({duplicates1} duplicates, allowed) and every QoS 2 number exactly once; publisher connections {publisher.Client.ConnectionCount}, subscriber connections {subscriber.Client.ConnectionCount}")
        {
            Faults = faults,
            Sent = published,
            Received = received,
            Lost = lost1 + lost2 + duplicates2,
            Elapsed = clock.Elapsed,
            Failure = failure,
        };
    }

    private static long Missing(int[] counts, int n)
    {
        long missing = 0;
        for (int i = 0; i < n; i++)
        {
            if (counts[i] == 0)
            {
                missing++;
            }
        }

        return missing;
    }

    private static long Duplicates(int[] counts, int n)
    {
        long duplicates = 0;
        for (int i = 0; i < n; i++)
        {
            duplicates += Math.Max(0, counts[i] - 1);
        }

        return duplicates;
    }

    private static MqttClientOptions Options(int port, string clientId, int version) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        ClientId = clientId,
        Version = version,
        KeepAliveSeconds = 30,
        CleanStart = false, // a persistent session from the first connection (5.0: kept by Session Expiry)
        SessionExpirySeconds = 3600,
        ReconnectMinMilliseconds = 50,
        ReconnectMaxMilliseconds = 500,
        ReceiveBufferSize = 4096,
        SendBufferSize = 4096,
        OutboxBytes = 512 * 1024,
        OutboxEntries = 4096,
        MaxInflight = 16,
        InboundQos2Capacity = OurClient.InboundQos2Capacity, // see OurClient: mosquitto overruns any smaller table
    };

    /// <summary>A started client and the counters the campaign reads.</summary>
    private sealed class Endpoint : IDisposable
    {
        private readonly ManualResetEventSlim subscribed = new();
        private int sessionsLost;

        public Endpoint(MqttClientOptions options, IMqttTransport? transport)
        {
            Client = new MqttClient(options, transport ?? new TcpTransport(), new SystemClock());
            Client.ConnectionChanged += (_, e) =>
            {
                if (e.Connected && !e.SessionPresent && Client.ConnectionCount > 1)
                {
                    Interlocked.Increment(ref sessionsLost);
                }

                if (!e.Connected)
                {
                    lock (Disconnects)
                    {
                        string key = $"{e.Reason}/{e.Code}";
                        Disconnects[key] = Disconnects.GetValueOrDefault(key) + 1;
                    }
                }
            };
            Client.SubscribeCompleted += (_, _, _, reason) =>
            {
                if (reason <= 2)
                {
                    subscribed.Set();
                }
            };
        }

        public MqttClient Client { get; }

        /// <summary>Why connections ended: "reason/code" and how often.</summary>
        public Dictionary<string, int> Disconnects { get; } = [];

        public void Start() => Client.Start();

        public bool WaitSubscribed() => subscribed.Wait(TimeSpan.FromSeconds(20));

        public string Describe()
        {
            lock (Disconnects)
            {
                return $"connected {Client.IsConnected}, connections {Client.ConnectionCount}, outbox {Client.OutboxCount}, in flight {Client.InflightCount}, unexpected ids {Client.UnexpectedPacketIdCount}, reconnects without a session {sessionsLost}, disconnects (reason/code: count) {string.Join(", ", Disconnects.Select(d => $"{d.Key}: {d.Value}"))}";
            }
        }

        public void Dispose()
        {
            Client.Stop();
            subscribed.Dispose();
        }
    }
}
