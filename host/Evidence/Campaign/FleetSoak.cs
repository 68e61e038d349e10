namespace Telemetry.Evidence.Campaign;

/// <summary>A fleet of simulated devices for the part's budget: every telemetry message must arrive.</summary>
public static class FleetSoak
{
    public static Task<CampaignPart> RunAsync(TimeSpan budget, TextWriter log)
    {
        _ = budget;
        _ = log;
        return Task.FromResult(new CampaignPart("Fleet soak", string.Empty) { LeftOut = "needs the client (protocol/Session)" });
    }
}
