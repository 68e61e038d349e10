using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Evidence;

/// <summary>
/// CI's check that the benchmark harness still runs every client end to end (host/Evidence --smoke: 500 messages per
/// case, figures meaningless): all five clients, six cases each, every message received, a table and a plot written.
/// </summary>
public partial class BenchSmokeTests(ITestOutputHelper output)
{
    private static readonly string[] Clients = ["raw socket", "**ours**", "MQTTnet", "libmosquitto", "mqtt.js"];

    [Fact]
    public void EveryClientRunsEveryCase()
    {
        string folder = Path.Combine(Path.GetTempPath(), "bench-smoke-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exitCode, log) = EvidenceProgram.Run(["--smoke", "--out", folder], TimeSpan.FromMinutes(4));
            output.WriteLine(log);
            Assert.Equal(0, exitCode);
            string results = File.ReadAllText(Path.Combine(folder, "results.md"));
            string plot = File.ReadAllText(Path.Combine(folder, "throughput.svg"));
            Assert.DoesNotContain("Left out", results, StringComparison.Ordinal);
            foreach (string client in Clients)
            {
                var rows = Row().Matches(results).Where(m => m.Groups["client"].Value == client).ToList();
                Assert.Equal(6, rows.Count);
                Assert.All(rows, row => Assert.Equal(row.Groups["sent"].Value, row.Groups["received"].Value));
                Assert.Contains($"| {client.Trim('*')} | ", results.Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }

            Assert.StartsWith("<svg", plot, StringComparison.Ordinal);
            Assert.Equal(2 * 6 * Clients.Length, Regex.Matches(plot, "<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"[^\"]+\" fill=\"#[0-9a-f]{6}\"><title>").Count);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // A throughput row: client, QoS, payload, 8 cells, then "received/sent".
    [GeneratedRegex(@"^\| (?<client>[^|]+?) \| [012] \| (16 B|1 KB) \|(?:[^|]*\|){8} (?<received>[\d,]+)/(?<sent>[\d,]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
