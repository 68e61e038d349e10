using Telemetry.SurfaceCheck.Listing;
using Telemetry.SurfaceCheck.Projects;
using Telemetry.SurfaceCheck.Stubs;

namespace Telemetry.SurfaceCheck
{
    /// <summary>
    /// <c>dotnet run --project host/SurfaceCheck [-- --repo DIR --api DIR]</c>: checks every device project of the repo.
    /// Exit code 0 when clean, 1 on any error, 2 on usage or I/O problems.
    /// </summary>
    public static class Program
    {
        /// <summary>Exit code of a clean run.</summary>
        public const int Success = 0;

        /// <summary>Exit code when errors were found.</summary>
        public const int ErrorsFound = 1;

        /// <summary>Exit code for bad arguments, missing folders or a broken listing.</summary>
        public const int UsageError = 2;

        private const string Usage =
            "usage: SurfaceCheck [--repo DIR] [--api DIR]\n" +
            "  --repo DIR  repo root (default: the git root above the current folder)\n" +
            "  --api DIR   nfapi listing folder (default: <repo>/../shared/nanoframework-api)";

        /// <summary>Entry point.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs the check with the given arguments, writing the report to <paramref name="output"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(error);
            string? repo = null;
            string? api = null;
            for (int i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--repo" when i + 1 < args.Count:
                        repo = args[++i];
                        break;
                    case "--api" when i + 1 < args.Count:
                        api = args[++i];
                        break;
                    case "-h" or "--help":
                        output.WriteLine(Usage);
                        return Success;
                    default:
                        error.WriteLine($"surface check: unknown or incomplete argument '{args[i]}'");
                        error.WriteLine(Usage);
                        return UsageError;
                }
            }

            repo ??= RepoLayout.FindRepoRoot(Directory.GetCurrentDirectory());
            if (repo is null)
            {
                error.WriteLine("surface check: no git repo at or above the current folder; pass --repo DIR");
                return UsageError;
            }

            repo = Path.GetFullPath(repo);
            if (!Directory.Exists(repo))
            {
                error.WriteLine($"surface check: repo folder not found: {repo}");
                return UsageError;
            }

            api = Path.GetFullPath(api ?? Path.Combine(repo, "..", "shared", "nanoframework-api"));
            SurfaceCheckReport report;
            try
            {
                report = ProjectCheck.Run(repo, api);
            }
            catch (DirectoryNotFoundException e)
            {
                error.WriteLine($"surface check: {e.Message} (pass --api DIR)");
                return UsageError;
            }
            catch (Exception e) when (e is ListingFormatException or StubCompilationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"surface check: {e.Message}");
                return UsageError;
            }

            foreach (SurfaceDiagnostic diagnostic in report.Diagnostics)
            {
                output.WriteLine(diagnostic);
            }

            foreach (ProjectSummary project in report.Projects)
            {
                output.WriteLine($"  {project.RelativePath} ({project.AssemblyName}): {project.FileCount} files, {project.ErrorCount} errors");
            }

            output.WriteLine(report.SummaryLine);
            return report.ErrorCount == 0 ? Success : ErrorsFound;
        }
    }
}
