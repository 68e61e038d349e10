using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Telemetry.Evidence.Broker;
using Telemetry.Evidence.Clients;
using Telemetry.HostTests.Broker;

namespace Telemetry.Evidence.Bench;

/// <summary>Options of one benchmark run (see <see cref="Program"/> for the command line).</summary>
public sealed class BenchOptions
{
    public bool Quick { get; init; }

    /// <summary>A few hundred messages per case: CI's check that every client still runs (figures meaningless).</summary>
    public bool Smoke { get; init; }

    public string OutputFolder { get; init; } = Path.Combine(RepoRoot.Path, "docs", "evidence");

    public string Command { get; init; } = "dotnet run -c Release --project host/Evidence";

    /// <summary>Client names to run (null = all that build).</summary>
    public IReadOnlySet<string>? Clients { get; init; }

    public bool Fleet { get; init; } = true;

    /// <summary>Measured runs per case; the best one counts (the least disturbed on a shared machine).</summary>
    public int Repeats => Quick || Smoke ? 1 : 3;

    public int[] Qos { get; } = [0, 1, 2];

    public int[] PayloadSizes { get; } = [16, 1024];

    /// <summary>Messages per run: sized so that each run takes about a second on a 2-core machine.</summary>
    public int Count(int qos) => Smoke ? 500 : (Quick ? 1 : 5) * qos switch { 0 => 20_000, 1 => 8_000, _ => 4_000 };

    public int RoundTrips => Smoke ? 50 : Quick ? 300 : 2000;
}

/// <summary>Runs every client against one mosquitto, case by case, clients interleaved.</summary>
public sealed class BenchRunner(BenchOptions options, TextWriter log)
{
    private int topicNumber;

    public async Task<BenchResults> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var results = new BenchResults { Command = options.Command, Machine = DescribeMachine(), StartedUtc = DateTime.UtcNow };
        var clients = CreateClients(results);
        using var broker = BenchBroker.Start();
        log.WriteLine($"mosquitto {BenchBroker.Version()} on 127.0.0.1:{broker.Port}; clients: {string.Join(", ", clients.Select(c => c.Name))}");

        foreach (var client in clients)
        {
            // Warm-up (JIT, node's optimiser, the broker's first connection): not recorded.
            await Try(() => client.PublishAsync(broker.Port, NextTopic(), 1, 16, 2000));
            await Try(() => client.PublishAsync(broker.Port, NextTopic(), 2, 16, 1000));
        }

        foreach (int payload in options.PayloadSizes)
        {
            foreach (int qos in options.Qos)
            {
                foreach (var client in clients)
                {
                    results.Throughput.Add(await MeasureCaseAsync(client, broker.Port, qos, payload));
                }
            }
        }

        foreach (var client in clients)
        {
            results.Latency.Add(await MeasureLatencyAsync(client, broker.Port));
        }

        OurClientFigures.AddMemory(results);
        results.Notes.Add($"Our client runs with InboundQos2Capacity {OurClient.InboundQos2Capacity} (every packet id): mosquitto 2.0.11 frees a slot of its window at PUBREC, not PUBCOMP, and queues its PUBRELs behind the PUBLISHes it is sending, so under a QoS 2 flood a subscriber holds far more than 20 messages awaiting PUBREL (89 on an idle machine, over 128 on a loaded one). With a smaller table the client closes the connection with 0x93 (Receive Maximum exceeded) and a clean session loses the rest.");
        results.Notes.Add("Receive throughput is bounded by the raw-socket publisher and the broker's fan-out: ratios near 1 mean the client kept up with the broker.");
        results.Notes.Add("The raw socket is the simplest possible client, not a hard ceiling: on a shared 2-core machine (see the load average above) a case's best run can land above it, so × raw above 1 means 'as fast as the broker lets anyone go'.");
        if (options.Fleet)
        {
            await FleetBench.RunAsync(broker, options.Quick, results, log);
        }

        results.Duration = clock.Elapsed;
        return results;
    }

    private List<IBenchClient> CreateClients(BenchResults results)
    {
        var all = new List<IBenchClient> { new RawSocketClient() };
        all.Add(OurClientFigures.Create());
        all.Add(new MqttNetClient());
        AddExternal(all, results, "libmosquitto", () => new ExternalClient("libmosquitto", Toolchain.BuildLibmosquittoProgram()));
        AddExternal(all, results, "mqtt.js", () => new ExternalClient("mqtt.js", "node", Toolchain.InstallMqttJs()));
        return [.. all.Where(c => options.Clients == null || options.Clients.Contains(c.Name))];
    }

    private void AddExternal(List<IBenchClient> all, BenchResults results, string name, Func<IBenchClient> create)
    {
        if (options.Clients != null && !options.Clients.Contains(name))
        {
            return;
        }

        try
        {
            all.Add(create());
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"{name} left out: {exception.Message}");
            results.LeftOut.Add((name, exception.Message));
        }
    }

    private async Task<ThroughputRow> MeasureCaseAsync(IBenchClient client, int port, int qos, int payload)
    {
        int count = options.Count(qos);
        Measurement? publish = null, receive = null;
        string? error = null;
        for (int repeat = 0; repeat < options.Repeats; repeat++)
        {
            try
            {
                var p = await client.PublishAsync(port, NextTopic(), qos, payload, count);
                publish = Best(publish, p);
                var r = await ReceiveAsync(client, port, qos, payload, count);
                receive = Best(receive, r);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                error = exception.Message;
                log.WriteLine(exception);
                log.WriteLine($"  {client.Name} QoS {qos} {payload} B failed: {exception.Message}");
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {client.Name,-12} QoS {qos} {payload,5} B: publish {publish?.MessagesPerSecond,9:F0} msg/s, receive {receive?.MessagesPerSecond,9:F0} msg/s ({receive?.Messages}/{count})"));
        return new ThroughputRow(client.Name, qos, payload, publish, receive, count, error);
    }

    /// <summary>The client subscribes; a raw-socket feeder, prepared before the clock starts, publishes the messages.</summary>
    private async Task<Measurement> ReceiveAsync(IBenchClient client, int port, int qos, int payload, int count)
    {
        string topic = NextTopic();
        using var feed = RawSocketClient.Feed.Prepare(port, topic, qos, payload, count);
        await using var run = await client.SubscribeAsync(port, topic, qos, count);
        await Task.Run(feed.Run);
        return await run.CompleteAsync(TimeSpan.FromSeconds(3));
    }

    private async Task<LatencyRow> MeasureLatencyAsync(IBenchClient client, int port)
    {
        try
        {
            double[] samples = await client.RoundTripsAsync(port, NextTopic(), options.RoundTrips + 50);
            double[] sorted = [.. samples.Skip(50).Order()];
            var row = new LatencyRow(client.Name, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length, null);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {client.Name,-12} QoS 1 round trip p50 {row.P50:F0} µs, p99 {row.P99:F0} µs"));
            return row;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new LatencyRow(client.Name, 0, 0, 0, exception.Message);
        }
    }

    private static double Percentile(double[] sorted, double p)
    {
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static Measurement? Best(Measurement? a, Measurement b)
    {
        return a == null || b.MessagesPerSecond > a.MessagesPerSecond ? b : a;
    }

    private static async Task Try(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The measured runs report the failure.
        }
    }

    private string NextTopic() => "bench/run" + Interlocked.Increment(ref topicNumber);

    private static List<(string What, string Value)> DescribeMachine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        string load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return
        [
            ("CPU", $"{cpu}, {Environment.ProcessorCount} logical cores"),
            ("Memory", $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):F0} GiB"),
            ("OS", RuntimeInformation.OSDescription),
            (".NET", RuntimeInformation.FrameworkDescription),
            ("mosquitto (broker, and libmosquitto from the same Debian source)", BenchBroker.Version()),
            ("MQTTnet", typeof(MQTTnet.MqttClientFactory).Assembly.GetName().Version?.ToString() ?? "unknown"),
            ("node", Toolchain.Output("node", "--version")),
            ("Load average at start", load),
        ];
    }
}
