using Telemetry.Mqtt.Codec;
using Xunit;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// After warm-up, encoding and decoding allocate nothing: 10,000 cycles of each packet kind, measured with
/// GC.GetAllocatedBytesForCurrentThread. All objects (packets, views, property tables, buffers) are created once.
/// </summary>
public class AllocationTests
{
    private const int Cycles = 10_000;

    [Fact]
    public void PublishEncodeAndDecodeAllocateNothing()
    {
        byte[] buffer = new byte[2048];
        byte[] payload = new byte[1024];
        var packet = new PublishPacket { Topic = "sensors/esp32-01/temperature" };
        var view = new PublishView { TopicAliasMaximum = 16 };
        var properties = packet.Properties;

        long allocated = Measure(() =>
        {
            foreach (int version in Versions)
            {
                for (int qos = 0; qos <= 2; qos++)
                {
                    for (int withProperties = 0; withProperties < (version == MqttVersion.V500 ? 2 : 1); withProperties++)
                    {
                        properties.Clear();
                        if (withProperties == 1)
                        {
                            properties.SetInteger(PropertyId.MessageExpiryInterval, 300);
                            properties.SetInteger(PropertyId.PayloadFormatIndicator, 1);
                            properties.SetString(PropertyId.ContentType, "application/json");
                            properties.SetString(PropertyId.ResponseTopic, "replies/esp32-01");
                            properties.SetBinary(PropertyId.CorrelationData, payload, 0, 8);
                            properties.SetInteger(PropertyId.TopicAlias, 3);
                            properties.AddUserProperty("unit", "C");
                        }

                        packet.Qos = qos;
                        packet.PacketId = qos == 0 ? 0 : 1 + qos;
                        packet.SetPayload(payload, 0, qos == 2 ? 1024 : 24);
                        int length = PublishEncoder.Encode(buffer, 0, buffer.Length, version, packet);
                        Check(length > 0);
                        Check(PublishDecoder.Decode(buffer, 0, length, version, view) == ReasonCode.Success);
                        Check(view.TopicEquals("sensors/esp32-01/temperature"));
                        Check(view.TopicMatches("sensors/+/temperature"));
                        Check(view.PayloadLength == packet.PayloadLength);
                        Check(PublishEncoder.EncodeHeader(buffer, 0, buffer.Length, version, packet) > 0);
                        Check(FixedHeader.Read(buffer, 0, length, 0, out int framed) == ReasonCode.Success && framed > 0);
                    }
                }
            }
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void PreparedTopicPublishAllocatesNothing()
    {
        byte[] buffer = new byte[2048];
        byte[] payload = new byte[1024];
        var telemetry = new PreparedTopic("sensors/esp32-01/temperature");
        var status = new PreparedTopic("status/esp32-01/\U0001F600");
        byte[] filter = [.. "sensors/+/temperature"u8];
        var packet = new PublishPacket();
        var view = new PublishView();

        long allocated = Measure(() =>
        {
            foreach (int version in Versions)
            {
                for (int qos = 0; qos <= 2; qos++)
                {
                    PreparedTopic topic = qos == 1 ? status : telemetry;
                    packet.SetTopic(topic);
                    packet.Qos = qos;
                    packet.PacketId = qos == 0 ? 0 : 1 + qos;
                    packet.SetPayload(payload, 0, qos == 2 ? 1024 : 128);
                    int length = PublishEncoder.Encode(buffer, 0, buffer.Length, version, packet);
                    Check(length > 0 && length == PublishEncoder.Size(version, packet));
                    Check(PublishDecoder.Decode(buffer, 0, length, version, view) == ReasonCode.Success);
                    Check(view.TopicEquals(topic));
                    Check(TopicFilter.Matches(filter, 0, filter.Length, buffer, view.TopicOffset, view.TopicLength) == (topic == telemetry));
                    Check(PublishEncoder.EncodeHeader(buffer, 0, buffer.Length, version, packet) > 0);
                }
            }
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TopicStringsOfKnownLengthAllocateNothing()
    {
        // Two string objects taking turns: the packet's topic cache encodes each change again, in place.
        byte[] buffer = new byte[512];
        string[] topics = ["sensors/esp32-01/temperature", "sensors/esp32-01/pressure/\u00E9t\u00E9"];
        var packet = new PublishPacket();
        var view = new PublishView();
        int turn = 0;

        long allocated = Measure(() =>
        {
            packet.Topic = topics[turn++ & 1];
            int length = PublishEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500, packet);
            Check(length > 0);
            Check(PublishDecoder.Decode(buffer, 0, length, MqttVersion.V500, view) == ReasonCode.Success);
            Check(view.TopicEquals(packet.Topic));
            Check(TopicFilter.Matches("sensors/#", packet.Topic));
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ConnectSubscribeAndAcknowledgmentsAllocateNothing()
    {
        byte[] buffer = new byte[512];
        byte[] password = [1, 2, 3, 4];
        var connect = new ConnectPacket { ClientId = "esp32-01", UserName = "device", KeepAliveSeconds = 30 };
        connect.SetPassword(password, 0, 4);
        connect.SetWill("status/esp32-01", 1, true, password, 0, 4);
        connect.Properties.SetInteger(PropertyId.SessionExpiryInterval, 3600);
        connect.Properties.SetInteger(PropertyId.ReceiveMaximum, 10);
        connect.WillProperties.SetInteger(PropertyId.WillDelayInterval, 5);
        var subscribe = new SubscribePacket { PacketId = 7 };
        subscribe.Add("commands/esp32-01/#", 1);
        subscribe.Add("config/+", 2);
        subscribe.Properties.SetInteger(PropertyId.SubscriptionIdentifier, 12);
        var unsubscribe = new UnsubscribePacket { PacketId = 8 };
        unsubscribe.Add("config/+");
        byte[] connAck311 = Convert.FromHexString("20020000");
        byte[] connAck5 = Convert.FromHexString("2015000012" + "21000A" + "2700000400" + "2401" + "1200026964" + "220005");
        byte[] subAck5 = Convert.FromHexString("90050007000102");
        byte[] subAck311 = Convert.FromHexString("900400070102");
        byte[] unsubAck311 = Convert.FromHexString("B0020008");
        var connAckView = new ConnAckView();
        var subAckView = new SubAckView();
        var ackView = new AckView();
        var unsubAckView = new UnsubAckView();

        long allocated = Measure(() =>
        {
            foreach (int version in Versions)
            {
                Check(ConnectEncoder.Encode(buffer, 0, buffer.Length, version, connect) > 0);
                Check(SubscribeEncoder.Encode(buffer, 0, buffer.Length, version, subscribe) > 0);
                Check(UnsubscribeEncoder.Encode(buffer, 0, buffer.Length, version, unsubscribe) > 0);
                Check(PingReqEncoder.Encode(buffer, 0, buffer.Length) == 2);
                Check(DisconnectEncoder.Encode(buffer, 0, buffer.Length, version, 0, null) == 2);
                for (int type = PacketType.PubAck; type <= PacketType.PubComp; type++)
                {
                    int length = AckEncoder.Encode(buffer, 0, buffer.Length, version, type, 99, 0, null);
                    Check(AckDecoder.Decode(buffer, 0, length, version, ackView) == ReasonCode.Success);
                }
            }

            Check(ConnAckDecoder.Decode(connAck311, 0, connAck311.Length, MqttVersion.V311, connAckView) == ReasonCode.Success);
            Check(ConnAckDecoder.Decode(connAck5, 0, connAck5.Length, MqttVersion.V500, connAckView) == ReasonCode.Success);
            Check(connAckView.Properties.GetInteger(PropertyId.ReceiveMaximum, 65535) == 10);
            Check(SubAckDecoder.Decode(subAck311, 0, subAck311.Length, MqttVersion.V311, subAckView) == ReasonCode.Success);
            Check(SubAckDecoder.Decode(subAck5, 0, subAck5.Length, MqttVersion.V500, subAckView) == ReasonCode.Success);
            Check(UnsubAckDecoder.Decode(unsubAck311, 0, 4, MqttVersion.V311, unsubAckView) == ReasonCode.Success);
        });

        Assert.Equal(0, allocated);
    }

    private static readonly int[] Versions = [MqttVersion.V311, MqttVersion.V500];

    private static long Measure(Action cycle)
    {
        for (int i = 0; i < 200; i++)
        {
            cycle();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Cycles; i++)
        {
            cycle();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("codec call failed inside the allocation loop");
        }
    }
}
