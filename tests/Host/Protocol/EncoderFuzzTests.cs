using Telemetry.Mqtt.Codec;
using Xunit;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// Random packet contents (valid and invalid: wildcards, NUL, lone surrogates, bad QoS and ids, bad windows) into
/// random windows of a guarded buffer. An encoder either fails and leaves the whole buffer untouched, or writes exactly
/// the length it reports, inside the window, equal to its Size, and the result decodes back to the same fields.
/// </summary>
public class EncoderFuzzTests
{
    private static readonly string[] Topics =
    [
        "a", "a/b", "sensors/\u00E9t\u00E9/t", "\uD869\uDED4", "", "a/+", "#", "a\0b", "\uD800", "x/\uDC00", "$SYS/x",
        new string('t', 300),
    ];

    private static readonly string[] Strings = ["", "k", "v\u00E9", "a\0", "\uDBFF\uDFFF", "\uDBFF", "r/1", "r/#"];

    [Fact]
    public void PublishEncodingIsWindowSafeAndRoundTrips()
    {
        var random = new Random(21);
        var packet = new PublishPacket();
        var view = new PublishView(new ReceivedProperties(8, 4)) { TopicAliasMaximum = 65535 };
        byte[] payload = new byte[600];
        random.NextBytes(payload);
        byte[] buffer = new byte[1200];
        int successes = 0;
        for (int i = 0; i < 50_000; i++)
        {
            int version = random.Next(2) == 0 ? MqttVersion.V311 : MqttVersion.V500;
            packet.Topic = Topics[random.Next(Topics.Length)];
            packet.Qos = random.Next(-1, 4);
            packet.Dup = random.Next(4) == 0;
            packet.Retain = random.Next(2) == 0;
            packet.PacketId = random.Next(5) == 0 ? random.Next(-2, 70000) : packet.Qos > 0 ? random.Next(1, 65536) : 0;
            int payloadOffset = random.Next(5) == 0 ? random.Next(-5, 600) : random.Next(0, 300);
            int payloadLength = random.Next(5) == 0 ? random.Next(-5, 620) : random.Next(0, 300);
            packet.SetPayload(random.Next(10) == 0 ? null : payload, payloadOffset, payloadLength);
            FillProperties(random, packet.Properties);

            int offset = random.Next(5) == 0 ? random.Next(-2, 1100) : random.Next(0, 200);
            int count = random.Next(5) == 0 ? random.Next(-2, 1300) : buffer.Length - offset - random.Next(0, 400);
            random.NextBytes(buffer);
            byte[] before = (byte[])buffer.Clone();
            int result = PublishEncoder.Encode(buffer, offset, count, version, packet);
            int size = PublishEncoder.Size(version, packet);
            if (result < 0)
            {
                Assert.True(before.AsSpan().SequenceEqual(buffer), "a failed encode wrote bytes");
                Assert.True(size < 0 || size > count || offset < 0 || count < 0 || offset + count > buffer.Length);
                continue;
            }

            successes++;
            Assert.Equal(size, result);
            Assert.True(result <= count);
            Assert.True(before.AsSpan(0, offset).SequenceEqual(buffer.AsSpan(0, offset)));
            Assert.True(before.AsSpan(offset + result).SequenceEqual(buffer.AsSpan(offset + result)));

            Assert.Equal(ReasonCode.Success, PublishDecoder.Decode(buffer, offset, result, version, view));
            Assert.Equal(packet.Qos, view.Qos);
            Assert.Equal(packet.Dup, view.Dup);
            Assert.Equal(packet.Retain, view.Retain);
            Assert.Equal(packet.PacketId, view.PacketId);
            Assert.True(view.TopicEquals(packet.Topic ?? string.Empty));
            Assert.True(payload.AsSpan(payloadOffset, payloadLength).SequenceEqual(buffer.AsSpan(view.PayloadOffset, view.PayloadLength)));
            if (version == MqttVersion.V500)
            {
                AssertSameProperties(packet.Properties, view.Properties);
            }

            int header = PublishEncoder.HeaderSize(version, packet);
            Assert.Equal(result - payloadLength, header);
        }

        Assert.True(successes > 5_000, "too few valid packets: " + successes);
    }

    [Fact]
    public void OtherEncodersAreWindowSafe()
    {
        var random = new Random(22);
        var connect = new ConnectPacket();
        var subscribe = new SubscribePacket(4, new OutgoingProperties());
        var unsubscribe = new UnsubscribePacket(4, new OutgoingProperties());
        var properties = new OutgoingProperties();
        var ackView = new AckView();
        var disconnectView = new DisconnectView();
        var authView = new AuthView();
        byte[] bytes = new byte[40];
        byte[] buffer = new byte[700];
        int successes = 0;
        for (int i = 0; i < 60_000; i++)
        {
            int version = random.Next(8) == 0 ? random.Next(0, 7) : random.Next(2) == 0 ? MqttVersion.V311 : MqttVersion.V500;
            int kind = random.Next(6);
            int offset = random.Next(5) == 0 ? random.Next(-2, 650) : random.Next(0, 100);
            int count = random.Next(5) == 0 ? random.Next(-2, 700) : buffer.Length - offset - random.Next(0, 500);
            random.NextBytes(buffer);
            byte[] before = (byte[])buffer.Clone();
            int result;
            int size;
            int reason = random.Next(3) == 0 ? random.Next(256) : 0;
            int packetId = random.Next(5) == 0 ? random.Next(-1, 70000) : random.Next(1, 65536);
            FillProperties(random, properties);
            switch (kind)
            {
                case 0:
                    connect.ClientId = Strings[random.Next(Strings.Length)];
                    connect.CleanStart = random.Next(2) == 0;
                    connect.KeepAliveSeconds = random.Next(-1, 65537);
                    connect.UserName = random.Next(2) == 0 ? null : Strings[random.Next(Strings.Length)];
                    connect.SetPassword(random.Next(2) == 0 ? null : bytes, random.Next(-1, 40), random.Next(-1, 41));
                    if (random.Next(2) == 0)
                    {
                        connect.ClearWill();
                    }
                    else
                    {
                        connect.SetWill(Topics[random.Next(Topics.Length)], random.Next(-1, 4), random.Next(2) == 0,
                            random.Next(3) == 0 ? null : bytes, random.Next(-1, 40), random.Next(-1, 41));
                        FillProperties(random, connect.WillProperties);
                    }

                    FillProperties(random, connect.Properties);
                    result = ConnectEncoder.Encode(buffer, offset, count, version, connect);
                    size = ConnectEncoder.Size(version, connect);
                    break;
                case 1:
                    subscribe.Clear();
                    subscribe.PacketId = packetId;
                    int filters = random.Next(0, 4);
                    for (int f = 0; f < filters; f++)
                    {
                        subscribe.Add(random.Next(4) == 0 ? "$share/g/" + Topics[random.Next(Topics.Length)] : Topics[random.Next(Topics.Length)],
                            random.Next(0, 3), random.Next(3) == 0, random.Next(2) == 0, random.Next(0, 3));
                    }

                    FillProperties(random, subscribe.Properties);
                    result = SubscribeEncoder.Encode(buffer, offset, count, version, subscribe);
                    size = SubscribeEncoder.Size(version, subscribe);
                    break;
                case 2:
                    unsubscribe.Clear();
                    unsubscribe.PacketId = packetId;
                    for (int f = random.Next(0, 4); f > 0; f--)
                    {
                        unsubscribe.Add(Topics[random.Next(Topics.Length)]);
                    }

                    FillProperties(random, unsubscribe.Properties);
                    result = UnsubscribeEncoder.Encode(buffer, offset, count, version, unsubscribe);
                    size = UnsubscribeEncoder.Size(version, unsubscribe);
                    break;
                case 3:
                    int type = random.Next(PacketType.Publish, PacketType.Subscribe + 1);
                    result = AckEncoder.Encode(buffer, offset, count, version, type, packetId, reason, properties);
                    size = AckEncoder.Size(version, type, packetId, reason, properties);
                    if (result >= 0)
                    {
                        Assert.Equal(ReasonCode.Success, AckDecoder.Decode(buffer, offset, result, version, ackView));
                        Assert.Equal(type, ackView.PacketType);
                        Assert.Equal(packetId, ackView.PacketId);
                        Assert.Equal(reason, ackView.ReasonCode);
                    }

                    break;
                case 4:
                    result = DisconnectEncoder.Encode(buffer, offset, count, version, reason, properties);
                    size = DisconnectEncoder.Size(version, reason, properties);
                    Assert.True(result < 0 || ReasonCode.IsAllowedFromClient(PacketType.Disconnect, reason) || version == MqttVersion.V311);
                    if (result >= 0 && version == MqttVersion.V500 && (properties.Has(PropertyId.SessionExpiryInterval)
                        || reason == ReasonCode.DisconnectWithWillMessage))
                    {
                        // What a Client may send but a Server may not: a Protocol Error when received.
                        Assert.Equal(ReasonCode.ProtocolError, DisconnectDecoder.Decode(buffer, offset, result, version, disconnectView));
                    }
                    else if (result >= 0 && version == MqttVersion.V500)
                    {
                        Assert.Equal(ReasonCode.Success, DisconnectDecoder.Decode(buffer, offset, result, version, disconnectView));
                        Assert.Equal(reason, disconnectView.ReasonCode);
                        AssertSameProperties(properties, disconnectView.Properties);
                    }

                    break;
                default:
                    result = AuthEncoder.Encode(buffer, offset, count, version, reason, properties);
                    size = AuthEncoder.Size(version, reason, properties);
                    Assert.True(result < 0 || reason != ReasonCode.Success);
                    if (result >= 0 && reason == ReasonCode.ReAuthenticate)
                    {
                        Assert.Equal(ReasonCode.ProtocolError, AuthDecoder.Decode(buffer, offset, result, version, authView));
                    }
                    else if (result >= 0)
                    {
                        Assert.Equal(ReasonCode.Success, AuthDecoder.Decode(buffer, offset, result, version, authView));
                        Assert.Equal(reason, authView.ReasonCode);
                        AssertSameProperties(properties, authView.Properties);
                    }

                    break;
            }

            if (result < 0)
            {
                Assert.True(before.AsSpan().SequenceEqual(buffer), $"encoder {kind} failed ({result}) but wrote bytes");
                continue;
            }

            successes++;
            Assert.Equal(size, result);
            Assert.True(result <= count);
            Assert.True(before.AsSpan(0, offset).SequenceEqual(buffer.AsSpan(0, offset)));
            Assert.True(before.AsSpan(offset + result).SequenceEqual(buffer.AsSpan(offset + result)));
            Assert.Equal(ReasonCode.Success, FixedHeader.Read(buffer, offset, result, 0, out int framed));
            Assert.Equal(result, framed);
        }

        Assert.True(successes > 5_000, "too few valid packets: " + successes);
    }

    private static void FillProperties(Random random, OutgoingProperties properties)
    {
        properties.Clear();
        int settings = random.Next(4) == 0 ? 0 : random.Next(0, 6);
        for (int s = 0; s < settings; s++)
        {
            int id = random.Next(1, PropertyId.Limit);
            switch (PropertyId.TypeOf(id))
            {
                case PropertyType.Utf8String:
                    properties.SetString(id, Strings[random.Next(Strings.Length)]);
                    break;
                case PropertyType.BinaryData:
                    properties.SetBinary(id, new byte[] { 1, 2, 3 }, random.Next(0, 2), random.Next(0, 3));
                    break;
                case PropertyType.Utf8StringPair:
                    properties.AddUserProperty(Strings[random.Next(Strings.Length)], Strings[random.Next(Strings.Length)]);
                    break;
                default:
                    properties.SetInteger(id, random.Next(3) == 0 ? random.Next(-1, 3) : random.NextInt64(0, 5_000_000_000L));
                    break;
            }
        }
    }

    private static void AssertSameProperties(OutgoingProperties sent, ReceivedProperties received)
    {
        for (int id = 1; id < PropertyId.Limit; id++)
        {
            Assert.Equal(sent.Has(id), received.Has(id));
            if (!sent.Has(id))
            {
                continue;
            }

            int type = PropertyId.TypeOf(id);
            if (PropertyType.IsInteger(type))
            {
                Assert.Equal(sent.GetInteger(id, -1), received.GetInteger(id, -2));
            }
            else if (type == PropertyType.Utf8String)
            {
                Assert.True(received.StringEquals(id, sent.GetString(id)));
            }
        }

        Assert.Equal(sent.UserPropertyCount, received.UserPropertyTotal);
    }
}
