using Telemetry.SurfaceCheck.Stubs;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>The real repo, its API listing folder and the stubs compiled from it (once per test run).</summary>
    public static class CheckPaths
    {
        /// <summary>The repository above the test's output folder.</summary>
        public static string RepoRoot => RepoPaths.Root;

        /// <summary>The shared nanoFramework API listing beside the repo.</summary>
        public static string ApiDirectory => RepoPaths.ApiListing;

        /// <summary>Stubs of every listing, compiled once and shared by all tests (fails when one does not compile).</summary>
        public static StubAssemblySet Stubs => StubAssemblySet.Load(ApiDirectory);
    }
}
