using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Evidence;

/// <summary>
/// CI's short slice of the reliability campaign (host/Evidence): the real command with a 45 s budget, so that the
/// harness never rots. Every part must run and nothing may be lost.
/// </summary>
public partial class CampaignSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void ShortCampaignRunsEveryPartAndLosesNothing()
    {
        string folder = Path.Combine(Path.GetTempPath(), "campaign-slice-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exitCode, log) = EvidenceProgram.Run(["campaign", "--minutes", "0.75", "--out", folder], TimeSpan.FromMinutes(3));
            output.WriteLine(log);
            string report = File.ReadAllText(Path.Combine(folder, "campaign.md"));
            output.WriteLine(report);

            Assert.Equal(0, exitCode);
            Assert.DoesNotContain("left out", report, StringComparison.Ordinal);
            Assert.DoesNotContain("FAILED", report, StringComparison.Ordinal);
            foreach (string part in new[] { "MQTT decoder fuzzing", "NMEA fuzzing", "Connection cuts and broker restarts, MQTT 3.1.1", "Connection cuts and broker restarts, MQTT 5.0", "Fleet soak" })
            {
                Assert.Contains($"| {part} |", report, StringComparison.Ordinal);
            }

            Match summary = Summary().Match(report);
            Assert.True(summary.Success, "no summary line");
            Assert.True(long.Parse(summary.Groups["inputs"].Value.Replace(",", string.Empty, StringComparison.Ordinal)) > 100_000, "fuzzers ran");
            Assert.True(int.Parse(summary.Groups["faults"].Value) >= 8, "faults injected");
            Assert.True(long.Parse(summary.Groups["sent"].Value.Replace(",", string.Empty, StringComparison.Ordinal)) > 1000, "messages sent");
            Assert.Equal("0", summary.Groups["lost"].Value);
            Assert.Equal("0", summary.Groups["failures"].Value);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void UnknownArgumentsAreRefused()
    {
        var (exitCode, log) = EvidenceProgram.Run(["campaign", "--minute", "1"], TimeSpan.FromMinutes(1));
        Assert.Equal(2, exitCode);
        Assert.Contains("unknown argument: --minute", log, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Summary: campaign: \d+ parts in \d+ s, (?<inputs>[\d,]+) inputs, (?<faults>[\d,]+) faults, (?<sent>[\d,]+) messages sent, [\d,]+ received, (?<lost>\d+) lost, (?<failures>\d+) failures")]
    private static partial Regex Summary();
}
