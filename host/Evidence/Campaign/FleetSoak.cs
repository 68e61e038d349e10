using Telemetry.Evidence.Bench;
using Telemetry.Evidence.Broker;

namespace Telemetry.Evidence.Campaign;

/// <summary>The firmware host twin's fleet (host/Simulator) for the part's budget at a 1 s period: nothing may be lost.</summary>
public static class FleetSoak
{
    public static async Task<CampaignPart> RunAsync(TimeSpan budget, int devices, TextWriter log)
    {
        _ = log;
        using var broker = BenchBroker.Start();
        // Connecting and draining take a few seconds of the budget.
        double seconds = Math.Max(3, budget.TotalSeconds - 8);
        var step = await FleetBench.RunStepAsync(broker, devices, seconds, qos: 1);
        var r = step.Result;
        return new CampaignPart("Fleet soak", $"{devices} simulated devices (firmware app, simulated sensors, our client, one connection each) publishing telemetry at QoS 1 every second for {seconds:F0} s; every device's sequence numbers checked by a monitor subscriber ({r.Duplicates} duplicates, {r.Reconnects} reconnects)")
        {
            Sent = r.Generated,
            Received = r.Received,
            Lost = r.Lost,
            Elapsed = TimeSpan.FromSeconds(r.RealSeconds),
            Failure = step.Sustained ? null : step.Describe(),
        };
    }
}
