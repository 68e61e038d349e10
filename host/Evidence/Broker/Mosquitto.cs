using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Telemetry.Evidence.Broker;

/// <summary>
/// A mosquitto process on a free loopback port with a config written to its own temp folder. It can be killed
/// (SIGKILL, no clean shutdown) and restarted on the same port with the same persistence file.
/// </summary>
public sealed class Mosquitto : IDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";

    private readonly string configPath;
    private Process? process;

    private Mosquitto(string directory, int port, string configPath)
    {
        Directory = directory;
        Port = port;
        this.configPath = configPath;
    }

    public string Directory { get; }

    public int Port { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>
    /// Starts a broker: MQTT 3.1.1/5.0 listener on 127.0.0.1, anonymous, the default in-flight window (20), no queue
    /// limit (so a slow subscriber is measured, not dropped), persistence when asked (for kill/restart tests).
    /// </summary>
    public static Mosquitto Start(bool persistence = false)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(Executable + " not found: install the mosquitto package (.ci/run does)");
        }

        string directory = Path.Combine(Path.GetTempPath(), "evidence-mosquitto-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        int port = FreePort();
        string config = Path.Combine(directory, "mosquitto.conf");
        File.WriteAllLines(config,
        [
            $"listener {port} 127.0.0.1",
            "allow_anonymous true",
            "max_inflight_messages 20",
            "max_queued_messages 0",
            "max_connections -1",
            "log_dest file " + Path.Combine(directory, "mosquitto.log"),
            "log_type error",
            "log_type warning",
            persistence ? "persistence true" : "persistence false",
            "persistence_location " + directory + "/",
            "autosave_interval 1",
            "autosave_on_changes true",
        ]);
        var broker = new Mosquitto(directory, port, config);
        broker.Launch();
        return broker;
    }

    /// <summary>Kills the broker without a clean shutdown (SIGKILL).</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Starts the broker again on the same port and with the same persistence file.</summary>
    public void Restart()
    {
        Kill();
        Launch();
    }

    public static string Version()
    {
        var info = new ProcessStartInfo(Executable, "-h") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var help = Process.Start(info)!;
        string first = help.StandardOutput.ReadLine() ?? string.Empty;
        help.WaitForExit(2000);
        return first.Replace("mosquitto version ", string.Empty, StringComparison.Ordinal).Trim();
    }

    public void Dispose()
    {
        Kill();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying broker: the temp folder is cleaned by the system later.
        }
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Launch()
    {
        var info = new ProcessStartInfo(Executable, ["-c", configPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"mosquitto exited with {process.ExitCode}: {ReadLog()}");
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(20);
            }
        }

        throw new InvalidOperationException("mosquitto did not listen on port " + Port + ": " + ReadLog());
    }

    private string ReadLog()
    {
        string log = Path.Combine(Directory, "mosquitto.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }
}
