using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Telemetry.Evidence.Bench;

namespace Telemetry.Evidence.Clients;

/// <summary>
/// A client in another process speaking the line protocol of native/mosq_bench.c and node/bench.js: the process
/// times itself (connection set-up excluded) and prints one JSON line.
/// </summary>
public sealed class ExternalClient(string name, string fileName, params string[] prefix) : IBenchClient
{
    public string Name { get; } = name;

    public async Task<Measurement> PublishAsync(int port, string topic, int qos, int payloadSize, int count)
    {
        using var process = Launch("pub", port, qos, payloadSize, count, topic, BenchSettings.Window);
        string line = await ReadJsonLineAsync(process, TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync();
        return Parse(line);
    }

    public async Task<IReceiveRun> SubscribeAsync(int port, string topic, int qos, int count)
    {
        var process = Launch("sub", port, qos, count, topic, 3000);
        string? ready = await ReadLineAsync(process, TimeSpan.FromSeconds(30));
        if (ready != "ready")
        {
            process.Kill();
            throw new InvalidOperationException($"{Name} subscriber did not get ready: {ready} {process.StandardError.ReadToEnd()}");
        }

        return new Run(this, process);
    }

    public async Task<double[]> RoundTripsAsync(int port, string topic, int count)
    {
        using var process = Launch("lat", port, count, topic);
        string line = await ReadJsonLineAsync(process, TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(line);
        return [.. json.RootElement.GetProperty("samples_us").EnumerateArray().Select(e => e.GetDouble())];
    }

    private Process Launch(string mode, params object[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string part in prefix)
        {
            info.ArgumentList.Add(part);
        }

        info.ArgumentList.Add(mode);
        foreach (object arg in args)
        {
            info.ArgumentList.Add(Convert.ToString(arg, CultureInfo.InvariantCulture)!);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start " + fileName);
    }

    private async Task<string> ReadJsonLineAsync(Process process, TimeSpan timeout)
    {
        string? line = await ReadLineAsync(process, timeout);
        if (line == null || !line.StartsWith('{'))
        {
            string error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)";
            throw new InvalidOperationException($"{Name} printed no result: '{line}' {error}".Trim());
        }

        return line;
    }

    private static async Task<string?> ReadLineAsync(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await process.StandardOutput.ReadLineAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
    }

    private static Measurement Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return new Measurement(json.RootElement.GetProperty("messages").GetInt64(), json.RootElement.GetProperty("seconds").GetDouble());
    }

    private sealed class Run(ExternalClient client, Process process) : IReceiveRun
    {
        public async Task<Measurement> CompleteAsync(TimeSpan idle)
        {
            string line = await client.ReadJsonLineAsync(process, TimeSpan.FromMinutes(2));
            return Parse(line);
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            process.Dispose();
        }
    }
}
