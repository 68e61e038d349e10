using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Telemetry.HostTests.Flashing;

/// <summary>One run of flash.ps1: exit code, output, and what the fake nanoff received.</summary>
public sealed record FlashResult(int ExitCode, string Output, string Error, IReadOnlyList<string[]> Calls, int VersionQueries, IReadOnlyList<string> CopiedJson)
{
    /// <summary>The single JSON file nanoff received (copied while it existed), parsed.</summary>
    public JsonElement Json(int index) => JsonDocument.Parse(CopiedJson[index]).RootElement;
}

/// <summary>
/// Runs flash.ps1 under the repository's PowerShell 7.6.9 (<c>dotnet tool run pwsh</c>, pinned in
/// .config/dotnet-tools.json) with a fake <c>nanoff</c> first on the PATH: a shell script that records every
/// call's arguments, copies the JSON files it is given (flash.ps1 deletes them afterwards) and answers
/// <c>--version</c> with the text the test chose. Each instance owns a temporary folder with an image and a config file.
/// </summary>
public sealed class FlashScript : IDisposable
{
    private readonly string _calls;
    private readonly string _bin;

    public FlashScript(string? nanoffVersionText = "nanoff 2.5.171+2b4c1f0e", int nanoffExitCode = 0)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fake nanoff is a POSIX shell script; run these tests on Linux or macOS.");
        }

        Folder = Directory.CreateTempSubdirectory("flash-test-").FullName;
        _bin = Path.Combine(Folder, "bin");
        _calls = Path.Combine(Folder, "calls");
        Directory.CreateDirectory(_bin);
        Directory.CreateDirectory(_calls);
        Image = Write("app/Telemetry Firmware.bin", new byte[20_000]);
        ConfigFile = Write("config.txt", Encoding.UTF8.GetBytes("broker_uri=mqtt://192.168.1.10:1883\ndevice_id=bench-1\n"));
        if (nanoffVersionText != null)
        {
            WriteFakeNanoff(nanoffVersionText, nanoffExitCode);
        }
    }

    /// <summary>The test's temporary folder.</summary>
    public string Folder { get; }

    /// <summary>A 20,000-byte application image whose path has a space in it.</summary>
    public string Image { get; }

    /// <summary>A small key=value configuration file.</summary>
    public string ConfigFile { get; }

    /// <summary>Writes a file under the test folder and returns its full path.</summary>
    public string Write(string relativePath, byte[] content)
    {
        string path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Writes a text file under the test folder and returns its full path.</summary>
    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    /// <summary>
    /// Copies flash.ps1 and partition-tables/ into the test folder, replaces one table with <paramref name="content"/>
    /// and returns the copy's path (for <see cref="RunScript"/>).
    /// </summary>
    public string CopyScriptWithTable(string table, string content)
    {
        string copy = Path.Combine(Folder, "repo");
        Directory.CreateDirectory(Path.Combine(copy, "partition-tables"));
        foreach (string csv in Directory.GetFiles(RepoPaths.Combine("partition-tables"), "*.csv"))
        {
            File.Copy(csv, Path.Combine(copy, "partition-tables", Path.GetFileName(csv)));
        }

        File.WriteAllText(Path.Combine(copy, "partition-tables", table), content);
        string script = Path.Combine(copy, "flash.ps1");
        File.Copy(RepoPaths.Combine("flash.ps1"), script);
        return script;
    }

    /// <summary>Runs the repository's <c>flash.ps1 args</c>.</summary>
    public FlashResult Run(params string[] args) => RunScript(RepoPaths.Combine("flash.ps1"), args);

    /// <summary>
    /// Runs <c>script args</c> from the repository root (where the tool manifest is); PATH holds only the fake
    /// nanoff's folder and the system folders a shell script needs.
    /// </summary>
    public FlashResult RunScript(string script, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in (string[])["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", script, .. args])
        {
            start.ArgumentList.Add(a);
        }

        // Only the fake nanoff and the folders a shell script needs: a real nanoff installed on the machine must not answer.
        start.Environment["PATH"] = string.Join(Path.PathSeparator, _bin, "/usr/bin", "/bin");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["TMPDIR"] = Path.Combine(Folder, "tmp");
        Directory.CreateDirectory(Path.Combine(Folder, "tmp"));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("flash.ps1 did not finish in 120 s");
        }

        string error = stderr.GetAwaiter().GetResult();
        Assert.False(
            (stdout + error).Contains("dotnet tool restore", StringComparison.Ordinal),
            "PowerShell 7.6.9 (.config/dotnet-tools.json) is not restored: run 'dotnet tool restore' (test.sh does).\n" + error);
        return ReadCalls(process.ExitCode, stdout, error);
    }

    /// <summary>Files left in the temporary folder flash.ps1 used (TMPDIR of the run).</summary>
    public string[] LeftoverTempFiles() => Directory.GetFiles(Path.Combine(Folder, "tmp"), "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private FlashResult ReadCalls(int exitCode, string stdout, string stderr)
    {
        var calls = new List<string[]>();
        int versionQueries = 0;
        var json = new List<string>();
        foreach (string file in Directory.GetFiles(_calls, "*.args").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture)))
        {
            string[] call = File.ReadAllLines(file);
            if (call is ["--version"] or ["version"])
            {
                versionQueries++;
                continue;
            }

            calls.Add(call);
            string copy = Path.ChangeExtension(file, ".json");
            if (File.Exists(copy))
            {
                json.Add(File.ReadAllText(copy));
            }
        }

        return new FlashResult(exitCode, stdout, stderr, calls, versionQueries, json);
    }

    private void WriteFakeNanoff(string versionText, int exitCode)
    {
        string script = $$"""
            #!/bin/sh
            # Fake nanoff written by FlashScript: records its arguments, one per line, in calls/<n>.args.
            calls='{{_calls}}'
            n=$(ls "$calls" | grep -c '\.args$')
            for a in "$@"; do printf '%s\n' "$a"; done > "$calls/$n.args"
            for a in "$@"; do
                case "$a" in *.json) [ -f "$a" ] && cp "$a" "$calls/$n.json" ;; esac
            done
            if [ "$1" = "--version" ] || [ "$1" = "version" ]; then
                cat <<'VERSION'
            {{versionText}}
            VERSION
                exit 0
            fi
            echo "fake nanoff: $*"
            exit {{exitCode}}

            """;
        string path = Path.Combine(_bin, "nanoff");
        File.WriteAllText(path, script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? process = Environment.ProcessPath;
        return process != null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
