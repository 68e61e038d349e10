using System.Text;
using Telemetry.Evidence.Bench;

namespace Telemetry.Evidence.Report;

/// <summary>
/// Puts a generated report into the repository README between <c>&lt;!-- evidence:NAME:begin --&gt;</c> and
/// <c>&lt;!-- evidence:NAME:end --&gt;</c>, its headings moved two levels down, so the README's figures are written by
/// the harness, never by hand.
/// </summary>
public static class ReadmeSection
{
    /// <summary>Replaces the block; false when the README has no such markers (nothing is written then).</summary>
    public static bool Replace(string readmePath, string name, string markdown)
    {
        string begin = $"<!-- evidence:{name}:begin -->";
        string end = $"<!-- evidence:{name}:end -->";
        string readme = File.ReadAllText(readmePath);
        int start = readme.IndexOf(begin, StringComparison.Ordinal);
        int stop = readme.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            return false;
        }

        var block = new StringBuilder();
        block.AppendLine(begin);
        foreach (string line in markdown.TrimEnd().Split('\n'))
        {
            block.AppendLine(line.StartsWith('#') ? "##" + line.TrimEnd('\r') : line.TrimEnd('\r'));
        }

        File.WriteAllText(readmePath, readme[..start] + block + readme[stop..]);
        return true;
    }

    /// <summary>The README to update: only when the report goes to the repository's own docs/evidence folder.</summary>
    public static string? ReadmeFor(string outputFolder)
    {
        string defaultFolder = Path.GetFullPath(Path.Combine(RepoRoot.Path, "docs", "evidence"));
        return Path.GetFullPath(outputFolder) == defaultFolder ? Path.Combine(RepoRoot.Path, "README.md") : null;
    }
}
