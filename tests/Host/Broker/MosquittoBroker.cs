using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Telemetry.HostTests.Broker;

/// <summary>Settings written into the broker's configuration file.</summary>
public sealed class MosquittoOptions
{
    /// <summary>Keep sessions and queued messages in a database in the broker's own directory across restarts.</summary>
    public bool Persistence { get; init; }

    /// <summary>max_inflight_messages: the broker's Receive Maximum in 5.0 and its outgoing window.</summary>
    public int? MaxInflightMessages { get; init; }

    /// <summary>max_queued_messages per client (0 = no limit; mosquitto's default is 1000).</summary>
    public int? MaxQueuedMessages { get; init; }

    /// <summary>max_packet_size in bytes.</summary>
    public int? MaxPacketSize { get; init; }

    /// <summary>max_topic_alias of the listener.</summary>
    public int? MaxTopicAlias { get; init; }

    /// <summary>max_qos of the listener.</summary>
    public int? MaxQos { get; init; }

    /// <summary>More configuration lines, written as given at the end of the file.</summary>
    public IReadOnlyList<string> ExtraLines { get; init; } = [];

    /// <summary>
    /// Lines for the listener section (e.g. TLS settings); written right after the listener line. In every line,
    /// <c>{dir}</c> stands for the broker's directory.
    /// </summary>
    public IReadOnlyList<string> ListenerLines { get; init; } = [];

    /// <summary>Files (name, text) written into the broker's directory before it starts: certificates and keys.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// A mosquitto process for one test: its own directory and configuration file, a free loopback port, start, kill
/// (SIGKILL), graceful stop (SIGTERM, which saves the persistence database) and restart on the same port.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly StringBuilder _log = new();
    private Process? _process;

    private MosquittoBroker(MosquittoOptions options)
    {
        Options = options;
        Directory = Path.Combine(Path.GetTempPath(), "mosquitto-test-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        if (IsRoot && !OperatingSystem.IsWindows())
        {
            // mosquitto started by root drops to the 'mosquitto' user, which must reach the persistence directory.
            File.SetUnixFileMode(Directory, (UnixFileMode)0x1FF);
        }
    }

    public MosquittoOptions Options { get; }

    /// <summary>Loopback address the listener binds.</summary>
    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>The broker's own folder: configuration, persistence database, log.</summary>
    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, "mosquitto.conf");

    /// <summary>The broker's log file (connections, disconnections, errors).</summary>
    public string LogPath => Path.Combine(Directory, "mosquitto.log");

    /// <summary>The log file and everything mosquitto printed since the first start.</summary>
    public string Log
    {
        get
        {
            string file;
            try
            {
                using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                file = new StreamReader(stream).ReadToEnd();
            }
            catch (IOException)
            {
                file = "";
            }

            lock (_log)
            {
                return file + _log.ToString();
            }
        }
    }

    public bool IsRunning => _process is { HasExited: false };

    public int Starts { get; private set; }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>The mosquitto executable: /usr/sbin/mosquitto, or mosquitto on PATH.</summary>
    public static string? Executable { get; } = FindExecutable();

    /// <summary>Starts a broker on a free loopback port (retrying with another port if it was taken meanwhile).</summary>
    public static MosquittoBroker Start(MosquittoOptions? options = null)
    {
        if (Executable == null)
        {
            throw new InvalidOperationException("mosquitto not found (apt-get install mosquitto, or run .ci/run)");
        }

        var broker = new MosquittoBroker(options ?? new MosquittoOptions());
        for (int attempt = 1; ; attempt++)
        {
            broker.Port = FreePort();
            broker.WriteConfig();
            try
            {
                broker.Launch();
                return broker;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The port was taken between probing and binding: try another.
            }
            catch
            {
                broker.Dispose();
                throw;
            }
        }
    }

    /// <summary>A port no listener holds right now on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>Ends the broker with SIGKILL: nothing is saved, clients see their connections drop.</summary>
    public void Kill()
    {
        var process = _process;
        if (process == null || process.HasExited)
        {
            return;
        }

        process.Kill();
        process.WaitForExit();
    }

    /// <summary>Ends the broker with SIGTERM: it disconnects clients and saves its persistence database.</summary>
    public void Stop()
    {
        var process = _process;
        if (process == null || process.HasExited)
        {
            return;
        }

        if (Posix.Kill(process.Id, Posix.SigTerm) != 0 || !process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    /// <summary>Starts the broker again on the same port with the same configuration (and database).</summary>
    public void Restart()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("the broker is running: Kill or Stop it first");
        }

        Launch();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _process = null;
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WriteConfig()
    {
        var lines = new List<string> { $"listener {Port} {Host}" };
        lines.AddRange(Options.ListenerLines);
        if (Options.MaxTopicAlias is int alias)
        {
            lines.Add($"max_topic_alias {alias}");
        }

        if (Options.MaxQos is int qos)
        {
            lines.Add($"max_qos {qos}");
        }

        lines.Add("allow_anonymous true");
        lines.Add($"log_dest file {LogPath}");
        lines.Add("log_type error");
        lines.Add("log_type warning");
        lines.Add("log_type notice");
        lines.Add("log_type information");
        lines.Add("connection_messages true");
        if (IsRoot)
        {
            lines.Add("user mosquitto");
        }

        if (Options.Persistence)
        {
            lines.Add("persistence true");
            lines.Add($"persistence_location {Directory}/");
            lines.Add("autosave_interval 1");
        }
        else
        {
            lines.Add("persistence false");
        }

        if (Options.MaxInflightMessages is int inflight)
        {
            lines.Add($"max_inflight_messages {inflight}");
        }

        if (Options.MaxQueuedMessages is int queued)
        {
            lines.Add($"max_queued_messages {queued}");
        }

        if (Options.MaxPacketSize is int packet)
        {
            lines.Add($"max_packet_size {packet}");
        }

        lines.AddRange(Options.ExtraLines);
        File.WriteAllLines(ConfigPath, lines.Select(line => line.Replace("{dir}", Directory, StringComparison.Ordinal)));
        foreach (var (name, text) in Options.Files)
        {
            File.WriteAllText(Path.Combine(Directory, name), text);
        }
    }

    private void Launch()
    {
        _process?.Dispose();
        var start = new ProcessStartInfo(Executable!)
        {
            ArgumentList = { "-c", ConfigPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        WaitUntilAccepting(process);
    }

    private void WaitUntilAccepting(Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"mosquitto exited with {process.ExitCode} on port {Port}:\n{Log}");
            }

            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Connect(new IPEndPoint(IPAddress.Loopback, Port));
                return;
            }
            catch (SocketException)
            {
                process.WaitForExit(20);
            }
        }

        throw new TimeoutException($"mosquitto did not accept on port {Port} within {StartTimeout}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static string? FindExecutable()
    {
        if (File.Exists("/usr/sbin/mosquitto"))
        {
            return "/usr/sbin/mosquitto";
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "mosquitto");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
