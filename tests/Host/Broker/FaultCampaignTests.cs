using System.Diagnostics;
using System.Globalization;
using System.Text;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// The fault campaign: numbered messages at QoS 1 and QoS 2 from our client, through a proxy that cuts every
/// connection, to a mosquitto that is stopped and restarted with persistence, received by our client on a persistent
/// QoS 2 subscription. Every QoS 1 number must arrive at least once and every QoS 2 number exactly once.
/// Sized by environment variables (defaults: the CI run):
/// MQTT_FAULT_MESSAGES (2000, half at each QoS), MQTT_FAULT_CUTS (8), MQTT_FAULT_RESTARTS (2),
/// MQTT_FAULT_KILL (0: SIGTERM, the broker saves its database; 1: SIGKILL, anything not yet saved is lost by the broker),
/// MQTT_FAULT_SUB_TABLE (the subscriber's inbound QoS 2 table, 64).
/// </summary>
public class FaultCampaignTests(ITestOutputHelper output)
{
    public static readonly TheoryData<int> Versions = new() { MqttVersion.V311, MqttVersion.V500 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void EveryQos1MessageArrivesAndEveryQos2MessageArrivesOnce(int version)
    {
        var settings = FaultSettings.FromEnvironment();
        var clock = Stopwatch.StartNew();
        using var broker = MosquittoBroker.Start(new MosquittoOptions
        {
            Persistence = true,
            MaxQueuedMessages = 0,
            ExtraLines = Environment.GetEnvironmentVariable("MQTT_BROKER_DEBUG") == "1" ? ["log_type all"] : [],
        });
        using var proxy = new TcpFaultProxy(broker.Port);

        int perQos = settings.Messages / 2;
        int[] qos1 = new int[perQos];
        int[] qos2 = new int[perQos];
        int distinct = 0;
        using var allArrived = new ManualResetEventSlim();

        var subscriberOptions = Persistent(ClientHarness.OptionsFor(broker, "fault-sub-" + version, version));

        // mosquitto 2.0.11, restarted from its database, resends every restored message at once (beyond
        // max_inflight_messages and the 5.0 Receive Maximum): the subscriber's inbound QoS 2 table overflows and has to
        // make room (see protocol/Session/README.md). MQTT_FAULT_SUB_TABLE sets its size (default 64).
        subscriberOptions.InboundQos2Capacity = FaultSettings.Read("MQTT_FAULT_SUB_TABLE", 64);
        using var subscriber = new ClientHarness(subscriberOptions);
        subscriber.OnDelivered = m =>
        {
            int[] counts = m.Topic == "fault/1" ? qos1 : qos2;
            int number = int.Parse(m.Text, CultureInfo.InvariantCulture);
            if (Interlocked.Increment(ref counts[number]) == 1 && Interlocked.Increment(ref distinct) == 2 * perQos)
            {
                allArrived.Set();
            }
        };
        subscriber.Client.Start();
        subscriber.WaitConnected(1);
        subscriber.Subscribe("fault/+", 2);

        var publisherOptions = Persistent(ClientHarness.OptionsFor(broker, "fault-pub-" + version, version, proxy.Port));
        using var publisher = ClientHarness.Start(publisherOptions);

        int published = 0;
        int faultsDone = 0;
        var faults = new Thread(() => faultsDone = InjectFaults(settings, broker, proxy, publisher, () => Volatile.Read(ref published)));
        faults.Start();

        byte[] payload = new byte[16];
        for (int i = 0; i < settings.Messages; i++)
        {
            int number = i / 2;
            int qos = 1 + (i % 2);
            int length = Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture), payload);
            int status;
            var wait = Stopwatch.StartNew();
            while ((status = publisher.Client.Publish("fault/" + qos, payload, 0, length, qos, false)) == PublishStatus.OutboxFull)
            {
                Assert.True(wait.Elapsed < ClientHarness.Timeout, "outbox stayed full");
                Thread.Sleep(2);
            }

            Assert.True(status > 0, $"publish {i} returned {status}");
            Volatile.Write(ref published, i + 1);
        }

        Assert.True(faults.Join(ClientHarness.Timeout * 4), "fault injection did not finish");
        bool complete = allArrived.Wait(ClientHarness.Timeout * 2);
        var drain = Stopwatch.StartNew();
        while (publisher.Client.OutboxCount > 0 && drain.Elapsed < ClientHarness.Timeout)
        {
            Thread.Sleep(10);
        }

        int lost1 = qos1.Count(c => c == 0);
        int lost2 = qos2.Count(c => c == 0);
        int duplicates1 = qos1.Sum(c => Math.Max(0, c - 1));
        int duplicates2 = qos2.Sum(c => Math.Max(0, c - 1));
        string report = $"MQTT {(version == MqttVersion.V500 ? "5.0" : "3.1.1")}: {settings.Messages} messages ({perQos} QoS 1 + {perQos} QoS 2), " +
            $"{faultsDone} faults ({settings.Cuts} cuts, {settings.Restarts} broker {(settings.Kill ? "SIGKILL" : "SIGTERM")} restarts), " +
            $"QoS 1 lost {lost1} duplicates {duplicates1}, QoS 2 lost {lost2} duplicates {duplicates2}, " +
            $"publisher connections {publisher.Client.ConnectionCount}, subscriber connections {subscriber.Client.ConnectionCount}, " +
            $"subscriber handler errors {subscriber.Client.HandlerErrorCount}, publisher completions {publisher.Completions.Total} (failed {publisher.Completions.Failed}), outbox left {publisher.Client.OutboxCount}, " +
            $"lost QoS 1 [{Ranges(qos1)}] QoS 2 [{Ranges(qos2)}], " +
            $"{clock.Elapsed.TotalSeconds:F1} s; losses of connection (reason/code x count): publisher {Reasons(publisher)}, subscriber {Reasons(subscriber)}";
        output.WriteLine(report);
        File.AppendAllText(Path.Combine(RepoPaths.Root, "artifacts", "fault-campaign.log"), DateTime.UtcNow.ToString("u") + " " + report + "\n");
        if (Environment.GetEnvironmentVariable("MQTT_BROKER_DEBUG") == "1")
        {
            File.Copy(broker.LogPath, Path.Combine(RepoPaths.Root, "artifacts", $"fault-campaign-broker-{version}.log"), overwrite: true);
            output.WriteLine($"subscriber inbound QoS 2 table: {subscriber.Client.InboundQos2Count}; lost QoS 2: {string.Join(",", Enumerable.Range(0, perQos).Where(i => qos2[i] == 0).Take(20))}");
        }

        Assert.Equal(settings.Cuts + settings.Restarts, faultsDone);
        Assert.True(publisher.Client.ConnectionCount > faultsDone, "every fault hit a live connection");
        Assert.True(complete, report);
        Assert.Equal(0, lost1);
        Assert.Equal(0, lost2);
        Assert.Equal(0, duplicates2);
        Assert.Equal(0, publisher.Client.OutboxCount);
    }

    private static string Ranges(int[] counts)
    {
        var ranges = new List<string>();
        for (int i = 0; i < counts.Length && ranges.Count < 10; i++)
        {
            if (counts[i] != 0)
            {
                continue;
            }

            int start = i;
            while (i + 1 < counts.Length && counts[i + 1] == 0)
            {
                i++;
            }

            ranges.Add(start == i ? $"{start}" : $"{start}-{i}");
        }

        return string.Join(" ", ranges);
    }

    private static string Reasons(ClientHarness client) => string.Join(" ", client.Events.Where(e => !e.Connected)
        .GroupBy(e => (e.Reason, e.Code)).Select(g => $"{g.Key.Reason}/{g.Key.Code}x{g.Count()}"));

    private static MqttClientOptions Persistent(MqttClientOptions options)
    {
        // Clean Start 0 from the first connection, in 5.0 too: mosquitto 2.0.11 writes to its database only the
        // sessions of clients whose connection had Clean Start 0, so a 5.0 session opened with Clean Start 1 and a
        // Session Expiry is lost by a restart until the client has reconnected once.
        options.CleanStart = false;
        options.SessionExpirySeconds = 3600;
        return options;
    }

    // Spreads the faults over the run, each on a live connection: cuts through the proxy, cuts in the middle of a
    // packet, broker restarts (evenly placed among the cuts).
    private static int InjectFaults(FaultSettings settings, MosquittoBroker broker, TcpFaultProxy proxy, ClientHarness publisher, Func<int> published)
    {
        int total = settings.Cuts + settings.Restarts;
        var restarts = new HashSet<int>();
        for (int j = 0; j < settings.Restarts; j++)
        {
            restarts.Add((int)((long)(j + 1) * total / (settings.Restarts + 1)));
        }

        int done = 0;
        for (int k = 0; k < total; k++)
        {
            int at = (int)((long)(k + 1) * settings.Messages / (total + 1));
            var wait = Stopwatch.StartNew();
            while ((published() < at || !publisher.Client.IsConnected) && wait.Elapsed < ClientHarness.Timeout * 2)
            {
                Thread.Sleep(1);
            }

            int connections = publisher.Client.ConnectionCount;
            if (restarts.Contains(k))
            {
                if (settings.Kill)
                {
                    broker.Kill();
                }
                else
                {
                    broker.Stop();
                }

                Thread.Sleep(300); // the publisher queues into its outbox while the broker is down
                broker.Restart();
            }
            else if (k % 3 == 2)
            {
                publisher.Faults.CutAfterSentBytes(7); // in the middle of the next packet
            }
            else
            {
                proxy.CutAll();
            }

            // The next fault waits for the reconnection, so that every fault breaks a live connection.
            while (publisher.Client.ConnectionCount == connections && wait.Elapsed < ClientHarness.Timeout * 2)
            {
                Thread.Sleep(1);
            }

            done++;
        }

        return done;
    }

    private sealed record FaultSettings(int Messages, int Cuts, int Restarts, bool Kill)
    {
        public static FaultSettings FromEnvironment() => new(
            Read("MQTT_FAULT_MESSAGES", 2000), Read("MQTT_FAULT_CUTS", 8), Read("MQTT_FAULT_RESTARTS", 2),
            Read("MQTT_FAULT_KILL", 0) != 0);

        public static int Read(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out int value) ? value : fallback;
    }
}
