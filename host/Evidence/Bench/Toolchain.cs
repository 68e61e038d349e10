using System.Diagnostics;

namespace Telemetry.Evidence.Bench;

/// <summary>
/// Builds the peers that are not .NET at run time: the libmosquitto program with gcc (needs libmosquitto-dev) and
/// mqtt.js with <c>npm ci</c> from the committed package-lock.json. A peer that cannot be built is left out of the
/// run with its reason, which the report prints.
/// </summary>
public static class Toolchain
{
    public static string EvidenceFolder => Path.Combine(RepoRoot.Path, "host", "Evidence");

    /// <summary>Compiles native/mosq_bench.c into artifacts/evidence/; returns the executable or throws with the reason.</summary>
    public static string BuildLibmosquittoProgram()
    {
        string source = Path.Combine(EvidenceFolder, "native", "mosq_bench.c");
        string output = Path.Combine(RepoRoot.Path, "artifacts", "evidence", "mosq_bench");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        if (!File.Exists("/usr/include/mosquitto.h"))
        {
            throw new InvalidOperationException("libmosquitto-dev is not installed (.ci/run installs it)");
        }

        if (!File.Exists(output) || File.GetLastWriteTimeUtc(output) < File.GetLastWriteTimeUtc(source))
        {
            Run("gcc", ["-O2", "-Wall", "-o", output, source, "-lmosquitto", "-lpthread"], EvidenceFolder, TimeSpan.FromMinutes(2));
        }

        return output;
    }

    /// <summary>Runs <c>npm ci</c> in node/ when node_modules is missing or older than the lock file; returns bench.js.</summary>
    public static string InstallMqttJs()
    {
        string folder = Path.Combine(EvidenceFolder, "node");
        string marker = Path.Combine(folder, "node_modules", ".package-lock.json");
        if (!File.Exists(marker) || File.GetLastWriteTimeUtc(marker) < File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")))
        {
            Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, TimeSpan.FromMinutes(5));
        }

        return Path.Combine(folder, "bench.js");
    }

    public static string Output(string fileName, params string[] args)
    {
        try
        {
            return Run(fileName, args, Environment.CurrentDirectory, TimeSpan.FromSeconds(20)).Trim();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string Run(string fileName, string[] args, string folder, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} timed out");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed: {error.Result}{output.Result}".Trim());
        }

        return output.Result + error.Result;
    }
}

/// <summary>The repository root: the folder holding nf.sln above the program, or above the current folder.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory) ?? Find(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("nf.sln not found above " + AppContext.BaseDirectory);

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "nf.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
