using BenchmarkDotNet.Attributes;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Benchmarks;

/// <summary>Encoding the packets a telemetry client sends, in MQTT 3.1.1 (4) and 5.0 (5).</summary>
[MemoryDiagnoser]
public class EncodeBenchmarks
{
    private readonly byte[] buffer = new byte[2048];
    private readonly byte[] payload = new byte[1024];
    private readonly ConnectPacket connect = new();
    private readonly PublishPacket small = new();
    private readonly PublishPacket large = new();
    private readonly SubscribePacket subscribe = new();
    private readonly PublishPacket prepared = new();
    private readonly PublishPacket cached = new();
    private readonly PublishPacket changing = new();
    private readonly string[] topics = new string[2];
    private int turn;

    [Params(MqttVersion.V311, MqttVersion.V500)]
    public int Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        connect.ClientId = "esp32-0123456789";
        connect.KeepAliveSeconds = 30;
        connect.UserName = "device";
        connect.SetPassword(payload, 0, 16);
        connect.SetWill("status/esp32-0123456789", 1, true, payload, 0, 7);
        connect.Properties.SetInteger(PropertyId.SessionExpiryInterval, 3600);
        connect.Properties.SetInteger(PropertyId.ReceiveMaximum, 10);
        connect.Properties.SetInteger(PropertyId.MaximumPacketSize, 4096);

        small.Topic = "telemetry/esp32-0123456789/climate";
        small.Qos = 1;
        small.PacketId = 42;
        small.SetPayload(payload, 0, 48);
        small.Properties.SetInteger(PropertyId.MessageExpiryInterval, 300);
        small.Properties.SetString(PropertyId.ContentType, "application/json");

        large.Topic = "telemetry/esp32-0123456789/gps";
        large.Qos = 1;
        large.PacketId = 43;
        large.SetPayload(payload, 0, 1024);

        // The issue's reference case: a 28-byte topic, a 128-byte payload, QoS 1.
        const string Topic = "sensors/esp32-0123/telemetry";
        prepared.SetTopic(new PreparedTopic(Topic));
        cached.Topic = Topic;
        topics[0] = Topic;
        topics[1] = new string(Topic.ToCharArray());
        foreach (PublishPacket packet in new[] { prepared, cached, changing })
        {
            packet.Qos = 1;
            packet.PacketId = 44;
            packet.SetPayload(payload, 0, 128);
        }

        subscribe.PacketId = 7;
        subscribe.Add("commands/esp32-0123456789/#", 1);
        subscribe.Add("config/esp32-0123456789/+", 1);
        subscribe.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 12);
    }

    [Benchmark]
    public int Connect() => ConnectEncoder.Encode(buffer, 0, buffer.Length, Version, connect);

    [Benchmark]
    public int PublishSmall() => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, small);

    [Benchmark]
    public int Publish1K() => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, large);

    [Benchmark]
    public int PublishHeaderOnly1K() => PublishEncoder.EncodeHeader(buffer, 0, buffer.Length, Version, large);

    /// <summary>Prepared topic: header bytes plus two Array.Copy calls (topic, payload).</summary>
    [Benchmark]
    public int PublishPreparedTopic128() => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, prepared);

    /// <summary>Prepared topic, payload sent from the caller's buffer: header bytes plus one Array.Copy.</summary>
    [Benchmark]
    public int PublishPreparedTopicHeaderOnly() => PublishEncoder.EncodeHeader(buffer, 0, buffer.Length, Version, prepared);

    /// <summary>The same topic string object every time: encoded once, then copied from the packet's cache.</summary>
    [Benchmark]
    public int PublishSameTopicString128() => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, cached);

    /// <summary>Another string object every time (equal text): encoded and checked again on each publish.</summary>
    [Benchmark]
    public int PublishNewTopicString128()
    {
        changing.Topic = topics[turn++ & 1];
        return PublishEncoder.Encode(buffer, 0, buffer.Length, Version, changing);
    }

    [Benchmark]
    public int Subscribe() => SubscribeEncoder.Encode(buffer, 0, buffer.Length, Version, subscribe);
}
