using System.Diagnostics;
using Telemetry.HostTests.Broker;

namespace Telemetry.Evidence.Broker;

/// <summary>The broker of the benchmark: the host tests' <see cref="MosquittoBroker"/> with the benchmark's settings.</summary>
public static class BenchBroker
{
    /// <summary>
    /// mosquitto on a free loopback port: the default in-flight window (20) and no queue limit, so a slow subscriber
    /// is measured rather than dropped.
    /// </summary>
    public static MosquittoBroker Start(bool persistence = false)
    {
        return MosquittoBroker.Start(new MosquittoOptions
        {
            MaxInflightMessages = 20,
            MaxQueuedMessages = 0,
            Persistence = persistence,
            ExtraLines = ["max_connections -1"],
        });
    }

    /// <summary>The version mosquitto prints on its first line of help, e.g. 2.0.11.</summary>
    public static string Version()
    {
        if (MosquittoBroker.Executable == null)
        {
            return "not installed";
        }

        var info = new ProcessStartInfo(MosquittoBroker.Executable, "-h") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var help = Process.Start(info)!;
        string first = help.StandardOutput.ReadLine() ?? string.Empty;
        help.WaitForExit(2000);
        return first.Replace("mosquitto version ", string.Empty, StringComparison.Ordinal).Trim();
    }
}
