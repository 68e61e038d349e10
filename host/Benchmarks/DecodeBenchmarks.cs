using BenchmarkDotNet.Attributes;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Benchmarks;

/// <summary>Decoding the packets a telemetry client receives, in MQTT 3.1.1 (4) and 5.0 (5).</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private readonly PublishView publish = new() { TopicAliasMaximum = 16 };
    private readonly ConnAckView connAck = new();
    private readonly SubAckView subAck = new();
    private readonly AckView ack = new();
    private byte[] small = [];
    private byte[] large = [];
    private byte[] connAckPacket = [];
    private byte[] subAckPacket = [];
    private byte[] pubAckPacket = [];
    private readonly byte[] filter = [.. "commands/+/led"u8];

    [Params(MqttVersion.V311, MqttVersion.V500)]
    public int Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        byte[] payload = new byte[1024];
        var packet = new PublishPacket { Topic = "commands/esp32-0123456789/led", Qos = 1, PacketId = 42 };
        if (Version == MqttVersion.V500)
        {
            packet.Properties.SetInteger(PropertyId.MessageExpiryInterval, 300);
            packet.Properties.SetString(PropertyId.ContentType, "application/json");
            packet.Properties.AddUserProperty("trace", "4bf92f3577b34da6");
        }

        packet.SetPayload(payload, 0, 48);
        small = Encode(buffer => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, packet));
        packet.SetPayload(payload, 0, 1024);
        large = Encode(buffer => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, packet));
        pubAckPacket = Encode(buffer => AckEncoder.Encode(buffer, 0, buffer.Length, Version, PacketType.PubAck, 42, 0, null));
        connAckPacket = Version == MqttVersion.V500
            ? Convert.FromHexString("2015000012" + "21000A" + "2700000400" + "2401" + "1200026964" + "220005")
            : Convert.FromHexString("20020000");
        subAckPacket = Version == MqttVersion.V500
            ? Convert.FromHexString("90050007000101")
            : Convert.FromHexString("900400070101");
        if (PublishSmall() != ReasonCode.Success || !PublishMatch())
        {
            throw new InvalidOperationException("benchmark input failed to decode");
        }
    }

    [Benchmark]
    public int PublishSmall() => PublishDecoder.Decode(small, 0, small.Length, Version, publish);

    [Benchmark]
    public int Publish1K() => PublishDecoder.Decode(large, 0, large.Length, Version, publish);

    /// <summary>Matching the last decoded topic (the small PUBLISH) against a filter with a wildcard.</summary>
    [Benchmark]
    public bool PublishMatch() => publish.TopicMatches("commands/+/led");

    /// <summary>The same match with the filter held as UTF-8 bytes (encoded once at start-up): no encoding, no lock.</summary>
    [Benchmark]
    public bool PublishMatchBytes() =>
        TopicFilter.Matches(filter, 0, filter.Length, publish.Buffer, publish.TopicOffset, publish.TopicLength);

    [Benchmark]
    public int ConnAck() => ConnAckDecoder.Decode(connAckPacket, 0, connAckPacket.Length, Version, connAck);

    [Benchmark]
    public int SubAck() => SubAckDecoder.Decode(subAckPacket, 0, subAckPacket.Length, Version, subAck);

    [Benchmark]
    public int PubAck() => AckDecoder.Decode(pubAckPacket, 0, pubAckPacket.Length, Version, ack);

    private static byte[] Encode(Func<byte[], int> encoder)
    {
        byte[] buffer = new byte[2048];
        int length = encoder(buffer);
        if (length < 0)
        {
            throw new InvalidOperationException("benchmark input failed to encode: " + length);
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
