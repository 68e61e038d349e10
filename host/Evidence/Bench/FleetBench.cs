using Telemetry.HostTests.Broker;

namespace Telemetry.Evidence.Bench;

/// <summary>How many simulated devices one process sustains at a 1 s telemetry period with no loss.</summary>
public static class FleetBench
{
    public static Task RunAsync(MosquittoBroker broker, bool quick, BenchResults results, TextWriter log)
    {
        _ = broker;
        _ = quick;
        _ = log;
        results.LeftOut.Add(("fleet", "needs the client (protocol/Session)"));
        return Task.CompletedTask;
    }
}
