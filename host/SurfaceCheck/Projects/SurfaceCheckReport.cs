using System.Globalization;

namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>Everything one run of the surface check found.</summary>
    public sealed class SurfaceCheckReport
    {
        /// <summary>Creates a report.</summary>
        public SurfaceCheckReport(IReadOnlyList<SurfaceDiagnostic> diagnostics, IReadOnlyList<ProjectSummary> projects)
        {
            Diagnostics = diagnostics;
            Projects = projects;
        }

        /// <summary>Every error, sorted by path and position.</summary>
        public IReadOnlyList<SurfaceDiagnostic> Diagnostics { get; }

        /// <summary>One summary per checked project, in path order.</summary>
        public IReadOnlyList<ProjectSummary> Projects { get; }

        /// <summary>Source files compiled over all projects.</summary>
        public int FileCount => Projects.Sum(p => p.FileCount);

        /// <summary>Total number of errors.</summary>
        public int ErrorCount => Diagnostics.Count;

        /// <summary>The final line: <c>surface check: 4 projects, 37 files, 0 errors</c>.</summary>
        public string SummaryLine => string.Create(
            CultureInfo.InvariantCulture,
            $"surface check: {Projects.Count} projects, {FileCount} files, {ErrorCount} errors");

        /// <summary>All diagnostics, one per line (for test failure messages).</summary>
        public string DiagnosticsText => string.Join('\n', Diagnostics);
    }
}
