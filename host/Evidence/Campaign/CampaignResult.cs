namespace Telemetry.Evidence.Campaign;

/// <summary>One part of the campaign: what it tried, the faults it injected, what it sent and got back, what broke.</summary>
public sealed record CampaignPart(string Name, string Tried)
{
    public long Inputs { get; init; }

    public long Faults { get; init; }

    public long Sent { get; init; }

    public long Received { get; init; }

    /// <summary>Messages sent but never received (for QoS 2 also: received more than once).</summary>
    public long Lost { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>The first failure (an exception, a broken invariant, a duplicate at QoS 2), or null.</summary>
    public string? Failure { get; init; }

    /// <summary>Why the part did not run, or null when it ran.</summary>
    public string? LeftOut { get; init; }
}

/// <summary>The whole campaign.</summary>
public sealed class CampaignResult
{
    public List<CampaignPart> Parts { get; } = [];

    public DateTime StartedUtc { get; init; }

    public TimeSpan Budget { get; init; }

    public TimeSpan Elapsed { get; set; }

    public long Lost => Parts.Sum(p => p.Lost);

    public IReadOnlyList<string> Failures => [.. Parts.Where(p => p.Failure != null).Select(p => $"{p.Name}: {p.Failure}")];

    public string Summary => $"campaign: {Parts.Count(p => p.LeftOut == null)} parts in {Elapsed.TotalSeconds:F0} s, "
        + $"{Parts.Sum(p => p.Inputs):N0} inputs, {Parts.Sum(p => p.Faults):N0} faults, {Parts.Sum(p => p.Sent):N0} messages sent, "
        + $"{Parts.Sum(p => p.Received):N0} received, {Lost} lost, {Failures.Count} failures";
}
