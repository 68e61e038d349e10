using System.Diagnostics;
using System.Text;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Telemetry.Mqtt.Transport.Simulated;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>A message as our client delivered it, copied out of the reused view.</summary>
public sealed record Delivered(string Topic, byte[] Payload, int Qos, bool Retain, bool Dup)
{
    public string Text => Encoding.UTF8.GetString(Payload);
}

/// <summary>
/// Our MqttClient on its own thread over TcpTransport wrapped in a FaultTransport, with its events recorded and
/// waits that block on those events (never on fixed sleeps).
/// </summary>
public sealed class ClientHarness : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly List<Delivered> _messages = [];
    private readonly List<(bool Connected, int Reason, int Code, bool SessionPresent)> _events = [];
    private readonly Dictionary<int, int> _completed = [];
    private int _subAcks;
    private int _completions;
    private int _failedCompletions;

    public ClientHarness(MqttClientOptions options, IMqttTransport? transport = null)
    {
        Options = options;
        Faults = new FaultTransport(transport ?? new TcpTransport());
        Client = new MqttClient(options, Faults, new SystemClock());
        Client.MessageReceived += OnMessage;
        Client.ConnectionChanged += (_, e) => Record(() => _events.Add((e.Connected, e.Reason, e.Code, e.SessionPresent)));
        Client.PublishCompleted += (_, id, reason) => Record(() =>
        {
            _completed[id] = reason;
            _completions++;
            _failedCompletions += reason >= 0x80 ? 1 : 0;
        });
        Client.SubscribeCompleted += (_, _, _, _) => Record(() => _subAcks++);
    }

    public MqttClientOptions Options { get; }

    public FaultTransport Faults { get; }

    public MqttClient Client { get; }

    /// <summary>Called on the client's thread for each message, before it is recorded (e.g. a fault test's counter).</summary>
    public Action<Delivered>? OnDelivered { get; set; }

    /// <summary>Options for a client of <paramref name="broker"/> (or of <paramref name="port"/>, e.g. a proxy).</summary>
    public static MqttClientOptions OptionsFor(MosquittoBroker broker, string clientId, int version, int? port = null)
    {
        return new MqttClientOptions
        {
            Host = broker.Host,
            Port = port ?? broker.Port,
            ClientId = clientId,
            Version = version,
            KeepAliveSeconds = 30,
            ReconnectMinMilliseconds = 50,
            ReconnectMaxMilliseconds = 500,
            ConnectTimeoutMilliseconds = 10_000,
            ReceiveBufferSize = 4096,
            SendBufferSize = 4096,
            OutboxBytes = 256 * 1024,
            OutboxEntries = 1024,
            MaxInflight = 16,
            InboundQos2Capacity = 64,
        };
    }

    public static ClientHarness Start(MqttClientOptions options)
    {
        var harness = new ClientHarness(options);
        harness.Client.Start();
        harness.WaitConnected(1);
        return harness;
    }

    public Delivered[] Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public (bool Connected, int Reason, int Code, bool SessionPresent)[] Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>QoS 1/2 publishes completed (PUBACK / PUBCOMP), and how many of them with a failure code.</summary>
    public (int Total, int Failed) Completions
    {
        get
        {
            lock (_gate)
            {
                return (_completions, _failedCompletions);
            }
        }
    }

    public int SubAcks
    {
        get
        {
            lock (_gate)
            {
                return _subAcks;
            }
        }
    }

    /// <summary>Waits for the <paramref name="count"/>-th accepted connection; returns its Session Present.</summary>
    public bool WaitConnected(int count)
    {
        var found = WaitFor(() => _events.Where(e => e.Connected).Skip(count - 1).Select(e => (bool?)e.SessionPresent).FirstOrDefault(),
            $"connection #{count}");
        return found!.Value;
    }

    /// <summary>Waits for the <paramref name="count"/>-th lost connection and returns its reason and code.</summary>
    public (int Reason, int Code) WaitDisconnected(int count)
    {
        var found = WaitFor(() => _events.Where(e => !e.Connected).Skip(count - 1).Select(e => ((int, int)?)(e.Reason, e.Code)).FirstOrDefault(),
            $"disconnection #{count}");
        return found!.Value;
    }

    public Delivered WaitMessage(Func<Delivered, bool> match, string what) =>
        WaitFor(() => _messages.FirstOrDefault(match), what)!;

    /// <summary>Waits for the completion of the QoS 1/2 publish <paramref name="packetId"/>; returns its reason code.</summary>
    public int WaitCompleted(int packetId) =>
        WaitFor(() => _completed.TryGetValue(packetId, out int reason) ? (int?)reason : null, $"completion of packet {packetId}")!.Value;

    public void WaitSubAcks(int count) => WaitFor(() => _subAcks >= count ? (bool?)true : null, $"{count} SUBACKs");

    /// <summary>Subscribes and waits for the SUBACK.</summary>
    public void Subscribe(string filter, int qos)
    {
        int before = SubAcks;
        int id = Client.Subscribe(filter, qos);
        Assert.True(id >= 0, $"Subscribe returned {id}");
        WaitSubAcks(before + 1);
    }

    /// <summary>Publishes text; returns the packet id (QoS 1/2) or 0.</summary>
    public int Publish(string topic, string text, int qos, bool retain = false)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        int id = Client.Publish(topic, payload, 0, payload.Length, qos, retain);
        Assert.True(id >= 0, $"Publish returned {id}");
        return id;
    }

    public void Dispose()
    {
        Client.Stop();
        Faults.Close();
    }

    private T WaitFor<T>(Func<T> probe, string what)
    {
        var clock = Stopwatch.StartNew();
        lock (_gate)
        {
            while (true)
            {
                T value = probe();
                if (value is not null && !value.Equals(default(T)))
                {
                    return value;
                }

                var left = Timeout - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"{Options.ClientId}: no {what} within {Timeout}; events: {string.Join(", ", _events)}");
                }

                Monitor.Wait(_gate, left);
            }
        }
    }

    private void Record(Action change)
    {
        lock (_gate)
        {
            change();
            Monitor.PulseAll(_gate);
        }
    }

    private void OnMessage(MqttClient client, ReceivedMessage message)
    {
        var delivered = new Delivered(
            Encoding.UTF8.GetString(message.Buffer, message.TopicOffset, message.TopicLength),
            message.Buffer.AsSpan(message.PayloadOffset, message.PayloadLength).ToArray(),
            message.Qos, message.Retain, message.Dup);
        OnDelivered?.Invoke(delivered);
        Record(() => _messages.Add(delivered));
    }
}
