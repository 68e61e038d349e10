using System.Diagnostics;
using Xunit;

namespace Telemetry.HostTests.Evidence;

/// <summary>Runs host/Evidence as the README does, from the build of this test's configuration.</summary>
internal static class EvidenceProgram
{
    /// <summary>Runs the Evidence program of this build's configuration (built before the tests: a project reference).</summary>
    public static (int ExitCode, string Log) Run(string[] args, TimeSpan timeout)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        string program = RepoPaths.Combine("artifacts", "bin", "Evidence", configuration, "Evidence.dll");
        Assert.True(File.Exists(program), program + " not built");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(program);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the campaign did not end within " + timeout);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
