using Telemetry.Evidence.Bench;
using Telemetry.Evidence.Campaign;
using Telemetry.Evidence.Report;

namespace Telemetry.Evidence;

/// <summary>
/// <c>dotnet run -c Release --project host/Evidence [-- [bench] [--quick | --smoke] [--clients a,b] [--no-fleet] [--out DIR]]</c>
/// benchmarks every client side by side and writes docs/evidence/results.md and throughput.svg;
/// <c>dotnet run -c Release --project host/Evidence -- campaign [--minutes N]</c> runs the reliability campaign and
/// writes docs/evidence/campaign.md. Exit code 0 only when nothing was lost.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = new List<string>(args);
        string mode = arguments.Count > 0 && !arguments[0].StartsWith('-') ? Take(arguments, 0) : "bench";
        string output = Option(arguments, "--out") ?? Path.Combine(RepoRoot.Path, "docs", "evidence");
        try
        {
            return mode switch
            {
                "bench" => await BenchAsync(arguments, output),
                "campaign" => await CampaignAsync(arguments, output),
                _ => Usage($"unknown command '{mode}'"),
            };
        }
        catch (ArgumentException exception)
        {
            return Usage(exception.Message);
        }
    }

    private static async Task<int> BenchAsync(List<string> arguments, string output)
    {
        bool quick = Flag(arguments, "--quick");
        bool smoke = Flag(arguments, "--smoke");
        bool fleet = !Flag(arguments, "--no-fleet");
        string? clients = Option(arguments, "--clients");
        RefuseRest(arguments);
        var options = new BenchOptions
        {
            Quick = quick,
            Smoke = smoke,
            Fleet = fleet && !smoke,
            OutputFolder = output,
            Clients = clients?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            Command = "dotnet run -c Release --project host/Evidence" + (quick ? " -- --quick" : smoke ? " -- --smoke" : string.Empty),
        };
        var results = await new BenchRunner(options, Console.Out).RunAsync();
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "throughput.svg"), ThroughputPlot.Write(results));
        await File.WriteAllTextAsync(Path.Combine(output, "results.md"), ResultsTable.Write(results, "throughput.svg"));
        if (ReadmeSection.ReadmeFor(output) is { } readme)
        {
            ReadmeSection.Replace(readme, "results", ResultsTable.Write(results, "docs/evidence/throughput.svg"));
        }

        Console.WriteLine($"wrote {Path.Combine(output, "results.md")} and throughput.svg in {results.Duration.TotalMinutes:F1} min");
        return results.Throughput.Any(r => r.Error != null) ? 1 : 0;
    }

    private static async Task<int> CampaignAsync(List<string> arguments, string output)
    {
        string? minutes = Option(arguments, "--minutes");
        RefuseRest(arguments);
        double budget = minutes == null ? 10 : double.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);
        if (budget <= 0)
        {
            throw new ArgumentException("--minutes must be positive");
        }

        var report = await ReliabilityCampaign.RunAsync(TimeSpan.FromMinutes(budget), Console.Out);
        Directory.CreateDirectory(output);
        string markdown = CampaignReport.Write(report, $"dotnet run -c Release --project host/Evidence -- campaign --minutes {minutes ?? "10"}");
        await File.WriteAllTextAsync(Path.Combine(output, "campaign.md"), markdown);
        if (ReadmeSection.ReadmeFor(output) is { } readme)
        {
            ReadmeSection.Replace(readme, "campaign", markdown);
        }

        Console.WriteLine(report.Summary);
        return report.Lost == 0 && report.Failures.Count == 0 ? 0 : 1;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("usage: Evidence [bench] [--quick | --smoke] [--clients raw socket,ours,MQTTnet,libmosquitto,mqtt.js] [--no-fleet] [--out DIR]");
        Console.Error.WriteLine("       Evidence campaign [--minutes N] [--out DIR]");
        return 2;
    }

    private static string Take(List<string> arguments, int index)
    {
        string value = arguments[index];
        arguments.RemoveAt(index);
        return value;
    }

    private static bool Flag(List<string> arguments, string name) => arguments.Remove(name);

    private static string? Option(List<string> arguments, string name)
    {
        int at = arguments.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= arguments.Count)
        {
            throw new ArgumentException(name + " needs a value");
        }

        Take(arguments, at);
        return Take(arguments, at);
    }

    private static void RefuseRest(List<string> arguments)
    {
        if (arguments.Count > 0)
        {
            throw new ArgumentException("unknown argument: " + arguments[0]);
        }
    }
}
