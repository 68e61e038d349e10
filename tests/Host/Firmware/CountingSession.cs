using System.Text;
using Telemetry.Firmware.Messaging;

namespace Telemetry.HostTests.Firmware;

/// <summary>An allocation-free <see cref="IMessageSession"/>: counts publishes, keeps the last payload, delivers prepared messages.</summary>
public sealed class CountingSession(int version) : IMessageSession
{
    private readonly byte[] _last = new byte[2048];

    public event InboundMessageHandler? MessageReceived;

    public event SessionStateHandler? StateChanged;

    public bool IsConnected { get; private set; }

    public int Version { get; } = version;

    public long Publishes { get; private set; }

    public long Replies { get; private set; }

    public int LastLength { get; private set; }

    public string LastPayload => Encoding.UTF8.GetString(_last, 0, LastLength);

    public void Start()
    {
    }

    public void Stop() => IsConnected = false;

    public int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain)
    {
        Publishes++;
        Array.Copy(payload, offset, _last, 0, count);
        LastLength = count;
        return qos == 0 ? 0 : 1;
    }

    public int PublishTo(byte[] topic, int topicOffset, int topicLength, byte[] correlation, int correlationOffset, int correlationLength, byte[] payload, int offset, int count, int qos)
    {
        Replies++;
        return Publish("reply", payload, offset, count, qos, false);
    }

    public int Subscribe(string filter, int qos) => 1;

    public void Connect()
    {
        IsConnected = true;
        StateChanged?.Invoke(this, true);
    }

    public void Deliver(InboundMessage message) => MessageReceived?.Invoke(this, message);

    /// <summary>A message prepared once (its bytes allocated here, never again).</summary>
    public static InboundMessage Prepare(string topic, string payload, string? responseTopic, string? correlation, bool dup, int packetId)
    {
        byte[] t = Encoding.UTF8.GetBytes(topic);
        byte[] p = Encoding.UTF8.GetBytes(payload);
        byte[] r = responseTopic is null ? [] : Encoding.UTF8.GetBytes(responseTopic);
        byte[] c = correlation is null ? [] : Encoding.UTF8.GetBytes(correlation);
        byte[] buffer = [.. t, .. p, .. r, .. c];
        var message = new InboundMessage
        {
            Buffer = buffer,
            TopicOffset = 0,
            TopicLength = t.Length,
            PayloadOffset = t.Length,
            PayloadLength = p.Length,
            Qos = 1,
            Dup = dup,
            PacketId = packetId,
        };
        if (responseTopic is not null)
        {
            message.ResponseTopicOffset = t.Length + p.Length;
            message.ResponseTopicLength = r.Length;
        }

        if (correlation is not null)
        {
            message.CorrelationDataOffset = t.Length + p.Length + r.Length;
            message.CorrelationDataLength = c.Length;
        }

        return message;
    }
}
