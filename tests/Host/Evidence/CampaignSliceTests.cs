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
            var (exitCode, log) = RunEvidence(["campaign", "--minutes", "0.75", "--out", folder], TimeSpan.FromMinutes(3));
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
        var (exitCode, log) = RunEvidence(["campaign", "--minute", "1"], TimeSpan.FromMinutes(1));
        Assert.Equal(2, exitCode);
        Assert.Contains("unknown argument: --minute", log, StringComparison.Ordinal);
    }

    /// <summary>Runs the Evidence program of this build's configuration (built before the tests: a project reference).</summary>
    private static (int ExitCode, string Log) RunEvidence(string[] args, TimeSpan timeout)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        string program = RepoPaths.Combine("artifacts", "bin", "Evidence", configuration, "Evidence.dll");
        Assert.True(File.Exists(program), program + " not built");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(program);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the campaign did not end within " + timeout);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"Summary: campaign: \d+ parts in \d+ s, (?<inputs>[\d,]+) inputs, (?<faults>[\d,]+) faults, (?<sent>[\d,]+) messages sent, [\d,]+ received, (?<lost>\d+) lost, (?<failures>\d+) failures")]
    private static partial Regex Summary();
}
