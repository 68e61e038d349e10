namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>Where device code lives in the repo and which files are host-only.</summary>
    public static class RepoLayout
    {
        /// <summary>Top-level folders whose .nfproj files and .cs files are device code.</summary>
        public static readonly IReadOnlyList<string> DeviceRoots = ["protocol", "drivers", "firmware", "tests"];

        /// <summary>The git root at or above <paramref name="start"/>, or null.</summary>
        public static string? FindRepoRoot(string start)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
                {
                    return directory.FullName;
                }
            }

            return null;
        }

        /// <summary>Repo-relative path with '/' separators.</summary>
        public static string Relative(string repoRoot, string fullPath) =>
            Path.GetRelativePath(repoRoot, fullPath).Replace('\\', '/');

        /// <summary>Host-only code: any path segment named <c>Simulated</c>, or anything under <c>tests/Host/</c>.</summary>
        public static bool IsHostOnly(string relativePath)
        {
            string[] segments = relativePath.Replace('\\', '/').Split('/');
            return segments.Contains("Simulated", StringComparer.Ordinal)
                || (segments.Length > 2 && segments[0] == "tests" && segments[1] == "Host");
        }

        /// <summary>Build output of the nanoFramework project system (<c>bin/</c>, <c>obj/</c>).</summary>
        public static bool IsBuildOutput(string relativePath)
        {
            string[] segments = relativePath.Replace('\\', '/').Split('/');
            return segments.Take(segments.Length - 1).Any(s => s is "bin" or "obj");
        }
    }
}
