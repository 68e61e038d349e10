namespace Telemetry.HostTests;

/// <summary>Finds the repository (the folder holding nf.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The nanoFramework API listing, in shared/ beside the repository.</summary>
    public static string ApiListing { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "nanoframework-api"));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "nf.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("nf.sln not found above " + AppContext.BaseDirectory);
    }
}
