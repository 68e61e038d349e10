using System.Diagnostics;

namespace Telemetry.Evidence.Campaign;

/// <summary>
/// The reliability campaign, bounded by a time budget shared out between its parts: decoder fuzzing, NMEA fuzzing,
/// broker kills and connection cuts with numbered messages at QoS 1 and 2, and a fleet soak.
/// </summary>
public static class ReliabilityCampaign
{
    public static async Task<CampaignResult> RunAsync(TimeSpan budget, TextWriter log, int seed = 20_261_129)
    {
        var clock = Stopwatch.StartNew();
        var result = new CampaignResult { StartedUtc = DateTime.UtcNow, Budget = budget };
        void Add(CampaignPart part)
        {
            result.Parts.Add(part);
            log.WriteLine($"{part.Name}: {(part.LeftOut != null ? "left out: " + part.LeftOut : $"{part.Inputs:N0} inputs, {part.Faults} faults, {part.Sent:N0} sent, {part.Received:N0} received, {part.Lost} lost, {part.Elapsed.TotalSeconds:F0} s")}{(part.Failure != null ? " FAILED: " + part.Failure : string.Empty)}");
        }

        Add(FuzzCampaign.Decoders(seed, budget * 0.25));
        Add(FuzzCampaign.Nmea(seed, budget * 0.15));
        foreach (var part in await FaultCampaign.RunAsync(budget * 0.40, log, minimumFaults: budget < TimeSpan.FromMinutes(2) ? 4 : 8))
        {
            Add(part);
        }

        Add(await FleetSoak.RunAsync(budget * 0.20, budget < TimeSpan.FromMinutes(2) ? 50 : 300, log));
        result.Elapsed = clock.Elapsed;
        return result;
    }
}
