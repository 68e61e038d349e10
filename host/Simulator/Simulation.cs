using System.Diagnostics;
using System.Globalization;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Simulator;

/// <summary>What the demo showed.</summary>
public sealed record DemoResult(int Telemetry, int Discovery, string? Reply, bool WillReceived, string DeviceId)
{
    public bool Success => Telemetry > 0 && Reply is not null && WillReceived;
}

/// <summary>What a fleet run measured.</summary>
public sealed record FleetResult(
    int Devices,
    double SimulatedSeconds,
    double RealSeconds,
    long Generated,
    long Received,
    long Lost,
    long Duplicates,
    long Refused,
    long Reconnects,
    int Connected)
{
    public double MessagesPerSecond => RealSeconds > 0 ? Received / RealSeconds : 0;

    public bool Success => Lost == 0 && Refused == 0 && Connected == Devices && Generated > 0;
}

/// <summary>The two runs of the simulator: the single-device demo and the fleet.</summary>
public static class Simulation
{
    private static readonly TimeSpan StageTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Resolves the broker: the given URI, or a new embedded broker (returned for disposal).</summary>
    public static async Task<(string Host, int Port, EmbeddedBroker? Embedded)> ResolveBrokerAsync(SimulatorOptions options, TextWriter output)
    {
        if (options.Broker is null)
        {
            var embedded = await EmbeddedBroker.StartAsync();
            output.WriteLine($"embedded MQTT broker (MQTTnet) on {embedded.Uri}");
            return (embedded.Host, embedded.Port, embedded);
        }

        var address = new BrokerAddress();
        int status = BrokerAddress.TryParse(options.Broker, address);
        if (status != BrokerAddressStatus.Ok || address.UseTls)
        {
            throw new ArgumentException($"--broker {options.Broker}: " + (address.UseTls ? "TLS is not simulated, use mqtt://" : BrokerAddressStatus.Describe(status)));
        }

        output.WriteLine($"broker {options.Broker}");
        return (address.Host, address.Port, null);
    }

    /// <summary>
    /// One device: shows its status, discovery and telemetry, a command and its reply, then cuts its connection
    /// without DISCONNECT and shows the will.
    /// </summary>
    public static async Task<DemoResult> RunDemoAsync(SimulatorOptions options, TextWriter output)
    {
        var (host, port, embedded) = await ResolveBrokerAsync(options, output);
        try
        {
            byte[]? file = options.ConfigFile is null ? null : await File.ReadAllBytesAsync(options.ConfigFile);
            var clock = new SimulationClock(options.Speed);
            var device = new SimulatedDevice(1, host, port, options, clock, file);
            ReportConfiguration(device, output);
            string id = device.Id;
            var topics = device.App.Topics;
            string replyTopic = $"sim/replies/{id}";
            int telemetry = 0;
            await using var monitor = await BrokerMonitor.ConnectAsync(host, port, [topics.Base + "/#", $"{device.Configuration.DiscoveryPrefix}/+/{id}/#", replyTopic]);
            monitor.OnMessage = message =>
            {
                if (message.Topic == topics.Telemetry)
                {
                    Interlocked.Increment(ref telemetry);
                    if (options.Verbose)
                    {
                        output.WriteLine($"[telemetry] {message.Topic} {message.Payload}");
                    }
                }
                else if (message.Topic == topics.Status)
                {
                    string label = message.Payload == "offline" && !message.Retain ? "[will]    " : "[status]  ";
                    output.WriteLine($"{label}  {message.Topic} {message.Payload}{(message.Retain ? " (retained)" : "")}");
                }
            };

            string version = options.MqttVersion == 5 ? "5.0" : "3.1.1";
            output.WriteLine($"device {id}: MQTT {version}, telemetry every {device.Configuration.TelemetryIntervalSeconds} s (simulated, speed x{options.Speed.ToString(CultureInfo.InvariantCulture)}) on {topics.Telemetry}");
            device.Start();
            using var loop = new CancellationTokenSource();
            Task stepping = Task.Run(() => StepLoop([device], loop.Token));
            try
            {
                await monitor.WaitAsync(m => m.Topic == topics.Status && m.Payload == "online", StageTimeout);
                int wanted = options.DurationGiven ? int.MaxValue : 3;
                var end = DateTime.UtcNow + TimeSpan.FromSeconds(options.DurationGiven ? options.DurationSeconds / options.Speed : 60);
                while (Volatile.Read(ref telemetry) < wanted && DateTime.UtcNow < end)
                {
                    await Task.Delay(20);
                }

                int DiscoveryCount() => monitor.Messages.Where(m => m.Topic.EndsWith("/config", StringComparison.Ordinal)).Select(m => m.Topic).Distinct().Count();
                var discoveryEnd = DateTime.UtcNow + TimeSpan.FromSeconds(5);
                while (DiscoveryCount() < device.App.DiscoveryMessages.Length && DateTime.UtcNow < discoveryEnd)
                {
                    await Task.Delay(20);
                }

                int discovery = DiscoveryCount();
                output.WriteLine($"[discovery] {discovery} retained Home Assistant config messages under {device.Configuration.DiscoveryPrefix}/");

                string commandTopic = topics.Base + "/cmd/ping";
                bool v5 = options.MqttVersion == 5;
                string expectedReplyTopic = v5 ? replyTopic : commandTopic + "/reply";
                output.WriteLine($"[command]   {commandTopic}" + (v5 ? $" (response topic {replyTopic}, correlation data demo-1)" : ""));
                await monitor.SendCommandAsync(commandTopic, "", v5 ? replyTopic : null, v5 ? "demo-1" : null);
                var reply = await monitor.WaitAsync(m => m.Topic == expectedReplyTopic, StageTimeout);
                output.WriteLine(reply is null
                    ? "[reply]     none within 30 s"
                    : $"[reply]     {reply.Topic} {reply.Payload}" + (reply.Correlation is null ? "" : $" (correlation data {reply.Correlation})"));

                output.WriteLine("[kill]      cutting the device's connection without DISCONNECT");
                int before = monitor.Messages.Count(m => m.Topic == topics.Status && m.Payload == "offline");
                device.Kill();
                var will = await monitor.WaitAsync(
                    m => m.Topic == topics.Status && m.Payload == "offline" && monitor.Messages.Count(x => x.Topic == topics.Status && x.Payload == "offline") > before,
                    StageTimeout);
                if (will is null)
                {
                    output.WriteLine("[will]      none within 30 s");
                }

                var result = new DemoResult(Volatile.Read(ref telemetry), discovery, reply?.Payload, will is not null, id);
                output.WriteLine(result.Success
                    ? $"done: {result.Telemetry} telemetry messages, command answered, will received"
                    : "FAILED: " + result);
                return result;
            }
            finally
            {
                await loop.CancelAsync();
                await stepping;
                device.Dispose();
            }
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// N devices, each with its own client and connection, for the simulated duration; then waits for the last
    /// messages and counts what the monitor received of every device's sequence numbers.
    /// </summary>
    public static async Task<FleetResult> RunFleetAsync(SimulatorOptions options, TextWriter output)
    {
        var (host, port, embedded) = await ResolveBrokerAsync(options, output);
        var devices = new List<SimulatedDevice>();
        try
        {
            byte[]? file = options.ConfigFile is null ? null : await File.ReadAllBytesAsync(options.ConfigFile);
            var clock = new SimulationClock(options.Speed);
            for (int i = 1; i <= options.Devices; i++)
            {
                devices.Add(new SimulatedDevice(i, host, port, options, clock, file));
            }

            ReportConfiguration(devices[0], output);
            string prefix = devices[0].Configuration.TopicPrefix;
            await using var monitor = await BrokerMonitor.ConnectAsync(host, port, [prefix + "/+/telemetry"]);
            monitor.KeepMessages = false;
            output.WriteLine($"fleet: {options.Devices} devices, telemetry every {options.IntervalSeconds} s at QoS {options.Qos}, {options.DurationSeconds.ToString(CultureInfo.InvariantCulture)} simulated s at speed x{options.Speed.ToString(CultureInfo.InvariantCulture)}");
            foreach (var device in devices)
            {
                device.Start();
            }

            var deadline = DateTime.UtcNow + StageTimeout;
            while (devices.Any(d => !d.Client.IsConnected) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            int connected = devices.Count(d => d.Client.IsConnected);
            output.WriteLine($"connected: {connected}/{devices.Count}");
            var watch = Stopwatch.StartNew();
            long start = clock.Milliseconds;
            long end = start + (long)(options.DurationSeconds * 1000);
            using var loop = new CancellationTokenSource();
            Task stepping = Task.Run(() => StepLoop(devices, loop.Token, clock, end));
            await stepping;
            double real = watch.Elapsed.TotalSeconds;

            long generated = devices.Sum(d => d.App.Sequence);
            var drain = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (devices.Sum(d => (long)monitor.UniqueTelemetry(d.Id)) < generated && DateTime.UtcNow < drain)
            {
                await Task.Delay(50);
            }

            long lost = devices.Sum(d => monitor.Missing(d.Id, d.App.Sequence));
            var result = new FleetResult(
                devices.Count,
                (clock.Milliseconds - start) / 1000.0,
                real,
                generated,
                monitor.TelemetryReceived,
                lost,
                monitor.Duplicates,
                devices.Sum(d => d.App.Counters.TelemetryFailed),
                devices.Sum(d => Math.Max(0, d.App.Counters.Connections - 1)),
                connected);
            output.WriteLine($"devices            {result.Devices} ({result.Connected} connected)");
            output.WriteLine($"simulated time     {result.SimulatedSeconds:F1} s in {result.RealSeconds:F1} s real");
            output.WriteLine($"telemetry sent     {result.Generated}");
            output.WriteLine($"telemetry received {result.Received} ({result.MessagesPerSecond:F0} messages/s)");
            output.WriteLine($"lost               {result.Lost}");
            output.WriteLine($"duplicates         {result.Duplicates}");
            output.WriteLine($"refused by client  {result.Refused}");
            output.WriteLine($"reconnects         {result.Reconnects}");
            output.WriteLine(result.Success ? "fleet: no loss" : "fleet: FAILED");
            return result;
        }
        finally
        {
            foreach (var device in devices)
            {
                device.StopCleanly();
            }

            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }

    private static void ReportConfiguration(SimulatedDevice device, TextWriter output)
    {
        var result = device.ConfigurationResult;
        if (result is null)
        {
            return;
        }

        output.WriteLine($"configuration: {result.ValuesRead} values read, {result.ErrorCount} refused");
        for (int i = 0; i < result.ErrorCount; i++)
        {
            output.WriteLine("  " + result.GetError(i));
        }
    }

    private static void StepLoop(IReadOnlyList<SimulatedDevice> devices, CancellationToken token, SimulationClock? clock = null, long end = long.MaxValue)
    {
        while (!token.IsCancellationRequested && (clock is null || clock.Milliseconds < end))
        {
            foreach (var device in devices)
            {
                device.Step();
            }

            Thread.Sleep(5);
        }
    }
}
