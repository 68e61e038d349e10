using Telemetry.SurfaceCheck.Projects;
using Telemetry.SurfaceCheck.Stubs;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>The real repo, its API listing folder and the stubs compiled from it (once per test run).</summary>
    public static class CheckPaths
    {
        /// <summary>The git root above the test's output folder.</summary>
        public static string RepoRoot { get; } = RepoLayout.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("No git root above " + AppContext.BaseDirectory);

        /// <summary>The shared nanoFramework API listing beside the repo.</summary>
        public static string ApiDirectory { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "nanoframework-api"));

        /// <summary>Stubs of every listing, compiled once and shared by all tests (fails when one does not compile).</summary>
        public static StubAssemblySet Stubs => StubAssemblySet.Load(ApiDirectory);
    }
}
