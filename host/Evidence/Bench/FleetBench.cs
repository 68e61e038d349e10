using System.Globalization;
using Telemetry.HostTests.Broker;
using Telemetry.Simulator;

namespace Telemetry.Evidence.Bench;

/// <summary>
/// How many simulated devices one process sustains at a 1 s telemetry period with no loss: the firmware host twin's
/// fleet (host/Simulator, <see cref="Simulation.RunFleetAsync"/>: the firmware application with simulated sensors,
/// each device with its own client and connection), against the benchmark's mosquitto, at doubling sizes until a
/// step loses a message, falls behind the period, or the time budget runs out.
/// </summary>
public static class FleetBench
{
    public static async Task RunAsync(MosquittoBroker broker, bool quick, BenchResults results, TextWriter log)
    {
        int[] sizes = quick ? [25, 50, 100] : [100, 200, 400, 800, 1600, 3200];
        double seconds = quick ? 6 : 15;
        var budget = TimeSpan.FromMinutes(quick ? 1 : 4);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        FleetStep? best = null;
        FleetStep? failed = null;
        foreach (int devices in sizes)
        {
            if (clock.Elapsed > budget)
            {
                break;
            }

            var step = await RunStepAsync(broker, devices, seconds, qos: 1);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  fleet {devices,5} devices: {step.Result.Generated} generated (expected {step.Expected}), {step.Result.Received} received, {step.Result.Lost} lost, {step.Result.Reconnects} reconnects, {step.Result.RealSeconds:F1} s: {(step.Sustained ? "sustained" : "NOT sustained")}"));
            if (!step.Sustained)
            {
                failed = step;
                break;
            }

            best = step;
        }

        string how = string.Create(CultureInfo.InvariantCulture, $"host/Simulator fleet (firmware app + simulated sensors + our client + TcpTransport, MQTT 5.0, QoS 1, one connection per device) for {seconds:F0} s per step at sizes {string.Join(", ", sizes)}; sustained = every device connected, every sequence number received, none refused, at least 95% of the expected telemetry generated");
        if (best == null)
        {
            results.Fleet.Add(new Figure("Devices sustained at a 1 s telemetry period, no loss", "none", how + (failed != null ? $"; the first step ({failed.Result.Devices}) failed: {failed.Describe()}" : string.Empty)));
            return;
        }

        results.Fleet.Add(new Figure("Devices sustained at a 1 s telemetry period, no loss",
            failed == null ? $"≥ {best.Result.Devices:N0}" : $"{best.Result.Devices:N0} (next step {failed.Result.Devices:N0}: {failed.Describe()})", how));
        results.Fleet.Add(new Figure($"Telemetry through the broker at {best.Result.Devices:N0} devices",
            string.Create(CultureInfo.InvariantCulture, $"{best.Result.Received:N0} messages in {best.Result.RealSeconds:F1} s, 0 lost, {best.Result.Duplicates} duplicates, {best.Result.Reconnects} reconnects"), "same run"));
    }

    /// <summary>One fleet of <paramref name="devices"/> for <paramref name="seconds"/> at a 1 s period, real time.</summary>
    public static async Task<FleetStep> RunStepAsync(MosquittoBroker broker, int devices, double seconds, int qos)
    {
        var options = new SimulatorOptions
        {
            Broker = $"mqtt://127.0.0.1:{broker.Port}",
            Devices = devices,
            DurationSeconds = seconds,
            Speed = 1,
            IntervalSeconds = 1,
            Qos = qos,
            Verbose = false,
        };
        var result = await Simulation.RunFleetAsync(options, TextWriter.Null);
        return new FleetStep(result, (long)(devices * seconds / options.IntervalSeconds));
    }
}

/// <summary>One fleet size: what the simulator measured and what a 1 s period should have produced.</summary>
public sealed record FleetStep(FleetResult Result, long Expected)
{
    public bool Sustained => Result.Success && Result.Generated >= Expected * 95 / 100;

    public string Describe() => Result.Lost > 0 ? $"{Result.Lost} lost"
        : Result.Connected < Result.Devices ? $"{Result.Connected} of {Result.Devices} connected"
        : Result.Refused > 0 ? $"{Result.Refused} refused"
        : $"{Result.Generated} of {Expected} generated (fell behind the period)";
}
