using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Telemetry.Simulator;

/// <summary>A message the monitor received.</summary>
public sealed record MonitoredMessage(string Topic, string Payload, bool Retain, string? Correlation);

/// <summary>
/// An independent MQTTnet client on the same broker: it watches the devices' topics, sends commands and counts the
/// telemetry sequence numbers of each device (to find losses and duplicates).
/// </summary>
public sealed class BrokerMonitor : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly ConcurrentDictionary<string, HashSet<long>> _sequences = new();
    private long _telemetry;
    private long _duplicates;

    private BrokerMonitor(IMqttClient client)
    {
        _client = client;
    }

    /// <summary>Called for every message (on MQTTnet's thread).</summary>
    public Action<MonitoredMessage>? OnMessage { get; set; }

    public ConcurrentQueue<MonitoredMessage> Messages { get; } = new();

    /// <summary>Keep every message in <see cref="Messages"/> (off in fleet mode).</summary>
    public bool KeepMessages { get; set; } = true;

    public long TelemetryReceived => Interlocked.Read(ref _telemetry);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public static async Task<BrokerMonitor> ConnectAsync(string host, int port, IEnumerable<string> filters)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var monitor = new BrokerMonitor(client);
        client.ApplicationMessageReceivedAsync += e =>
        {
            monitor.Record(e.ApplicationMessage);
            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithClientId("simulator-monitor-" + Guid.NewGuid().ToString("N")[..8])
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanSession(true)
            .WithTimeout(TimeSpan.FromSeconds(20))
            .Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(options, timeout.Token);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (string filter in filters)
        {
            subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        await client.SubscribeAsync(subscribe.Build(), timeout.Token);
        return monitor;
    }

    /// <summary>Unique telemetry sequence numbers received from <paramref name="deviceId"/>.</summary>
    public int UniqueTelemetry(string deviceId) => _sequences.TryGetValue(deviceId, out var set) ? Count(set) : 0;

    /// <summary>Sequence numbers 1..<paramref name="last"/> of <paramref name="deviceId"/> never received.</summary>
    public long Missing(string deviceId, long last)
    {
        if (!_sequences.TryGetValue(deviceId, out var set))
        {
            return last;
        }

        lock (set)
        {
            long missing = 0;
            for (long seq = 1; seq <= last; seq++)
            {
                if (!set.Contains(seq))
                {
                    missing++;
                }
            }

            return missing;
        }
    }

    /// <summary>Sends a command, with a Response Topic and Correlation Data when given (MQTT 5).</summary>
    public async Task SendCommandAsync(string topic, string payload, string? responseTopic, string? correlation)
    {
        var builder = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (responseTopic is not null)
        {
            builder.WithResponseTopic(responseTopic);
        }

        if (correlation is not null)
        {
            builder.WithCorrelationData(Encoding.UTF8.GetBytes(correlation));
        }

        await _client.PublishAsync(builder.Build());
    }

    /// <summary>Waits for a message matching <paramref name="match"/> (already received or arriving), or null after the timeout.</summary>
    public async Task<MonitoredMessage?> WaitAsync(Func<MonitoredMessage, bool> match, TimeSpan timeout)
    {
        DateTime end = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < end)
        {
            foreach (var message in Messages)
            {
                if (match(message))
                {
                    return message;
                }
            }

            await Task.Delay(20);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _client.DisconnectAsync();
        }
        catch (Exception)
        {
            // already gone
        }

        _client.Dispose();
    }

    private static int Count(HashSet<long> set)
    {
        lock (set)
        {
            return set.Count;
        }
    }

    private void Record(MqttApplicationMessage message)
    {
        string payload = message.ConvertPayloadToString() ?? "";
        string? correlation = message.CorrelationData is { Length: > 0 } data ? Encoding.UTF8.GetString(data) : null;
        var monitored = new MonitoredMessage(message.Topic, payload, message.Retain, correlation);
        if (message.Topic.EndsWith("/telemetry", StringComparison.Ordinal))
        {
            CountTelemetry(monitored);
        }

        if (KeepMessages)
        {
            Messages.Enqueue(monitored);
        }

        OnMessage?.Invoke(monitored);
    }

    private void CountTelemetry(MonitoredMessage message)
    {
        string[] levels = message.Topic.Split('/');
        if (levels.Length < 3)
        {
            return;
        }

        string deviceId = levels[^2];
        long seq;
        try
        {
            using var json = JsonDocument.Parse(message.Payload);
            seq = json.RootElement.GetProperty("seq").GetInt64();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return;
        }

        Interlocked.Increment(ref _telemetry);
        var set = _sequences.GetOrAdd(deviceId, _ => []);
        lock (set)
        {
            if (!set.Add(seq))
            {
                Interlocked.Increment(ref _duplicates);
            }
        }
    }
}
