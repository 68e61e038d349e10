using System.Globalization;
using System.Text;

namespace Telemetry.Evidence.Campaign;

/// <summary>Writes docs/evidence/campaign.md from one campaign run.</summary>
public static class CampaignReport
{
    public static string Write(CampaignResult result, string command)
    {
        var md = new StringBuilder();
        md.AppendLine("# Reliability campaign");
        md.AppendLine();
        md.AppendLine("Written by the campaign (`host/Evidence`); do not edit by hand.");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(command);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Invariant($"Run on {result.StartedUtc:yyyy-MM-dd HH:mm} UTC, budget {result.Budget.TotalMinutes:F1} min, took {result.Elapsed.TotalMinutes:F1} min, {Environment.ProcessorCount} cores."));
        md.AppendLine();
        md.AppendLine("| Part | Inputs | Faults injected | Messages sent | Received | Lost | Time | Result |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var part in result.Parts)
        {
            string outcome = part.LeftOut != null ? "left out: " + part.LeftOut : part.Failure != null ? "**FAILED**: " + part.Failure : "passed";
            md.AppendLine(Invariant($"| {part.Name} | {part.Inputs:N0} | {part.Faults:N0} | {part.Sent:N0} | {part.Received:N0} | {part.Lost:N0} | {part.Elapsed.TotalSeconds:F0} s | {outcome} |"));
        }

        md.AppendLine();
        md.AppendLine("What each part tried:");
        md.AppendLine();
        foreach (var part in result.Parts.Where(p => p.LeftOut == null))
        {
            md.AppendLine($"- **{part.Name}**: {part.Tried}.");
        }

        md.AppendLine();
        md.AppendLine($"Summary: {result.Summary}.");
        return md.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
