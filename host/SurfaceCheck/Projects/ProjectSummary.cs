namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>Outcome of one project: its path, assembly, compiled file count and error count.</summary>
    public sealed record ProjectSummary(string RelativePath, string AssemblyName, int FileCount, int ErrorCount);
}
