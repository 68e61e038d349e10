namespace Telemetry.Evidence.Campaign;

/// <summary>Broker kills and connection cuts with numbered messages at QoS 1 and 2; needs the client and the fault proxy.</summary>
public static class FaultCampaign
{
    public static Task<IReadOnlyList<CampaignPart>> RunAsync(TimeSpan budget, TextWriter log)
    {
        _ = budget;
        _ = log;
        IReadOnlyList<CampaignPart> parts = [new CampaignPart("Broker kills and connection cuts", string.Empty) { LeftOut = "needs the client (protocol/Session) and the fault proxy" }];
        return Task.FromResult(parts);
    }
}
