namespace Telemetry.Evidence.Bench;

/// <summary>Publish and receive throughput of one client in one case (QoS, payload size).</summary>
public sealed record ThroughputRow(string Client, int Qos, int PayloadSize, Measurement? Publish, Measurement? Receive, int ReceiveSent, string? Error)
{
    public bool IsRaw => Client == BenchResults.RawName;
}

/// <summary>QoS 1 round trips of one client, in microseconds.</summary>
public sealed record LatencyRow(string Client, double P50, double P99, int Samples, string? Error);

/// <summary>A figure with its unit and what it measures (memory, fleet).</summary>
public sealed record Figure(string What, string Value, string How);

/// <summary>Everything one benchmark run measured, for the table and the plot.</summary>
public sealed class BenchResults
{
    public const string RawName = "raw socket";
    public const string OursName = "ours";

    public required string Command { get; init; }

    public required IReadOnlyList<(string What, string Value)> Machine { get; init; }

    public List<ThroughputRow> Throughput { get; } = [];

    public List<LatencyRow> Latency { get; } = [];

    public List<Figure> Memory { get; } = [];

    public List<Figure> Fleet { get; } = [];

    public List<(string Client, string Reason)> LeftOut { get; } = [];

    public List<string> Notes { get; } = [];

    public DateTime StartedUtc { get; init; }

    public TimeSpan Duration { get; set; }

    /// <summary>The raw-socket row of the same case.</summary>
    public ThroughputRow? Raw(int qos, int payload) => Throughput.FirstOrDefault(r => r.IsRaw && r.Qos == qos && r.PayloadSize == payload);

    /// <summary>The best peer (neither ours nor raw) of the same case, by the chosen measurement.</summary>
    public double BestPeer(int qos, int payload, Func<ThroughputRow, Measurement?> select)
    {
        return Throughput.Where(r => r.Qos == qos && r.PayloadSize == payload && !r.IsRaw && r.Client != OursName)
            .Select(r => select(r)?.MessagesPerSecond ?? 0).DefaultIfEmpty(0).Max();
    }
}
