using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MQTTnet.Adapter;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Benchmarks;

/// <summary>
/// Our codec side by side with MQTTnet 5's packet serializer (<see cref="MqttPacketFormatterAdapter"/>, the code its
/// client runs for every packet) on the same PUBLISH, CONNECT and SUBSCRIBE, in 3.1.1 (4) and 5.0 (5).
/// MQTTnet's PUBLISH encode leaves the payload outside its buffer (sent as a second segment), like our
/// <c>EncodeHeader</c>; <c>Ours_PublishCopy</c> copies it into the packet as well. Decode: a received small PUBLISH
/// (MQTTnet builds a packet object; ours fills a reused view).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PeerCodecBenchmarks
{
    private const string Topic = "telemetry/esp32-0123456789/climate";
    private readonly byte[] buffer = new byte[4096];
    private readonly byte[] payload = new byte[48];
    private readonly PublishPacket publish = new();
    private readonly ConnectPacket connect = new();
    private readonly SubscribePacket subscribe = new();
    private readonly PublishView view = new();
    private readonly MqttPublishPacket peerPublish = new();
    private readonly MqttConnectPacket peerConnect = new();
    private readonly MqttSubscribePacket peerSubscribe = new();
    private MqttPacketFormatterAdapter peer = null!;
    private byte[] received = [];
    private ArraySegment<byte> receivedBody;

    [Params(MqttVersion.V311, MqttVersion.V500)]
    public int Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        publish.Topic = Topic;
        publish.Qos = 1;
        publish.PacketId = 42;
        publish.SetPayload(payload, 0, payload.Length);
        peerPublish.Topic = Topic;
        peerPublish.QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce;
        peerPublish.PacketIdentifier = 42;
        peerPublish.Payload = new ReadOnlySequence<byte>(payload);

        connect.ClientId = "esp32-0123456789";
        connect.KeepAliveSeconds = 30;
        connect.UserName = "device";
        connect.SetPassword(payload, 0, 16);
        connect.SetWill("status/esp32-0123456789", 1, true, payload, 0, 7);
        peerConnect.ClientId = "esp32-0123456789";
        peerConnect.KeepAlivePeriod = 30;
        peerConnect.CleanSession = true;
        peerConnect.Username = "device";
        peerConnect.Password = payload[..16];
        peerConnect.WillFlag = true;
        peerConnect.WillTopic = "status/esp32-0123456789";
        peerConnect.WillQoS = MqttQualityOfServiceLevel.AtLeastOnce;
        peerConnect.WillRetain = true;
        peerConnect.WillMessage = payload[..7];

        subscribe.PacketId = 7;
        subscribe.Add("commands/esp32-0123456789/#", 1);
        subscribe.Add("config/esp32-0123456789/+", 1);
        peerSubscribe.PacketIdentifier = 7;
        peerSubscribe.TopicFilters =
        [
            new MqttTopicFilter { Topic = "commands/esp32-0123456789/#", QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
            new MqttTopicFilter { Topic = "config/esp32-0123456789/+", QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
        ];

        var version = Version == MqttVersion.V500 ? MqttProtocolVersion.V500 : MqttProtocolVersion.V311;
        peer = new MqttPacketFormatterAdapter(version, new MqttBufferWriter(4096, 65536));

        // The PUBLISH a client receives, as the broker would send it (same bytes for both decoders).
        int length = PublishEncoder.Encode(buffer, 0, buffer.Length, Version, publish);
        received = buffer[..length];
        int header = 2;
        receivedBody = new ArraySegment<byte>(received, header, length - header);
        if (PublishDecoder.Decode(received, 0, received.Length, Version, view) != ReasonCode.Success
            || peer.Decode(new ReceivedMqttPacket(received[0], receivedBody, received.Length)) is not MqttPublishPacket)
        {
            throw new InvalidOperationException("the sample PUBLISH does not decode");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Encode PUBLISH 48 B")]
    public int Ours_Publish() => PublishEncoder.EncodeHeader(buffer, 0, buffer.Length, Version, publish);

    [Benchmark, BenchmarkCategory("Encode PUBLISH 48 B")]
    public int Ours_PublishCopy() => PublishEncoder.Encode(buffer, 0, buffer.Length, Version, publish);

    [Benchmark, BenchmarkCategory("Encode PUBLISH 48 B")]
    public int MQTTnet_Publish() => peer.Encode(peerPublish).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("Encode CONNECT")]
    public int Ours_Connect() => ConnectEncoder.Encode(buffer, 0, buffer.Length, Version, connect);

    [Benchmark, BenchmarkCategory("Encode CONNECT")]
    public int MQTTnet_Connect() => peer.Encode(peerConnect).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("Encode SUBSCRIBE")]
    public int Ours_Subscribe() => SubscribeEncoder.Encode(buffer, 0, buffer.Length, Version, subscribe);

    [Benchmark, BenchmarkCategory("Encode SUBSCRIBE")]
    public int MQTTnet_Subscribe() => peer.Encode(peerSubscribe).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("Decode PUBLISH 48 B")]
    public int Ours_DecodePublish() => PublishDecoder.Decode(received, 0, received.Length, Version, view) + view.PayloadLength;

    [Benchmark, BenchmarkCategory("Decode PUBLISH 48 B")]
    public int MQTTnet_DecodePublish() => ((MqttPublishPacket)peer.Decode(new ReceivedMqttPacket(received[0], receivedBody, received.Length))).PacketIdentifier;
}
