namespace Telemetry.Evidence.Bench;

/// <summary>One measured run: messages moved in a time, and the bytes the process allocated per message if counted.</summary>
public sealed record Measurement(long Messages, double Seconds, double? AllocatedBytesPerMessage = null)
{
    public double MessagesPerSecond => Seconds > 0 ? Messages / Seconds : 0;
}

/// <summary>A subscriber that is subscribed and counting; completes when it has the messages or goes idle.</summary>
public interface IReceiveRun : IAsyncDisposable
{
    Task<Measurement> CompleteAsync(TimeSpan idle);
}

/// <summary>
/// A client under test. Every client speaks MQTT 3.1.1 with a clean session to 127.0.0.1 and keeps at most
/// <see cref="BenchSettings.Window"/> QoS 1/2 messages unacknowledged (mosquitto's default receive window is 20).
/// </summary>
public interface IBenchClient
{
    string Name { get; }

    /// <summary>Publishes <paramref name="count"/> messages; the time runs from the first publish until every
    /// PUBACK/PUBCOMP has arrived (QoS 0: until the PUBACK of a QoS 1 fence published after them).</summary>
    Task<Measurement> PublishAsync(int port, string topic, int qos, int payloadSize, int count);

    /// <summary>Connects and subscribes; the returned run counts <paramref name="count"/> messages from the first to the last.</summary>
    Task<IReceiveRun> SubscribeAsync(int port, string topic, int qos, int count);

    /// <summary>QoS 1 round trips through its own subscription, one at a time: microseconds each.</summary>
    Task<double[]> RoundTripsAsync(int port, string topic, int count);
}

/// <summary>Shared settings of every client.</summary>
public static class BenchSettings
{
    /// <summary>Unacknowledged QoS 1/2 messages per publisher: mosquitto's max_inflight_messages default.</summary>
    public const int Window = 20;
}
