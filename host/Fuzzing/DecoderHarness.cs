using Telemetry.Mqtt.Codec;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// Runs every decoder (and the framer) over one window and folds statuses and decoded fields, with offsets made
/// relative to the window, into a signature: the same bytes at another place must give the same signature. Also checks
/// that every view a decoder reports lies inside the window.
/// </summary>
public sealed class DecoderHarness
{
    private readonly ConnAckView connAck = new(new ReceivedProperties(2, 2));
    private readonly PublishView publish = new(new ReceivedProperties(2, 2)) { TopicAliasMaximum = 10 };
    private readonly AckView ack = new(new ReceivedProperties(2, 2));
    private readonly SubAckView subAck = new(new ReceivedProperties(2, 2));
    private readonly UnsubAckView unsubAck = new(new ReceivedProperties(2, 2));
    private readonly DisconnectView disconnect = new(new ReceivedProperties(2, 2));
    private readonly AuthView auth = new(new ReceivedProperties(2, 2));

    /// <summary>Decodes that succeeded, per decoder (to show the fuzzer reaches the success paths).</summary>
    public long[] Successes { get; } = new long[9];

    public long Run(byte[] buffer, int offset, int count, int version)
    {
        var hash = new HashCode();
        int end = offset + count;

        int frame = FixedHeader.Read(buffer, offset, count, 0, out int packetLength);
        hash.Add(frame);
        hash.Add(packetLength);
        Count(0, frame);

        int status = ConnAckDecoder.Decode(buffer, offset, count, version, connAck);
        hash.Add(status);
        hash.Add(connAck.SessionPresent);
        hash.Add(connAck.ReasonCode);
        AddProperties(ref hash, connAck.Properties, offset, end);
        Count(1, status);

        status = PublishDecoder.Decode(buffer, offset, count, version, publish);
        hash.Add(status);
        hash.Add(publish.Qos);
        hash.Add(publish.Dup);
        hash.Add(publish.Retain);
        hash.Add(publish.PacketId);
        if (status == ReasonCode.Success)
        {
            CheckInside(publish.TopicOffset, publish.TopicLength, offset, end, "topic");
            CheckInside(publish.PayloadOffset, publish.PayloadLength, offset, end, "payload");
            hash.Add(publish.TopicOffset - offset);
            hash.Add(publish.TopicLength);
            hash.Add(publish.PayloadOffset - offset);
            hash.Add(publish.PayloadLength);
            hash.Add(publish.TopicMatches("sensors/#"));
            hash.Add(publish.TopicMatches("+/a"));
            hash.Add(publish.TopicEquals("a"));
        }

        AddProperties(ref hash, publish.Properties, offset, end);
        Count(2, status);

        status = AckDecoder.Decode(buffer, offset, count, version, ack);
        hash.Add(status);
        hash.Add(ack.PacketType);
        hash.Add(ack.PacketId);
        hash.Add(ack.ReasonCode);
        AddProperties(ref hash, ack.Properties, offset, end);
        Count(3, status);

        status = SubAckDecoder.Decode(buffer, offset, count, version, subAck);
        hash.Add(status);
        hash.Add(subAck.PacketId);
        if (status == ReasonCode.Success)
        {
            CheckInside(subAck.ReasonCodeOffset, subAck.ReasonCodeCount, offset, end, "SUBACK codes");
            hash.Add(subAck.ReasonCodeOffset - offset);
            hash.Add(subAck.ReasonCodeCount);
            for (int i = 0; i < subAck.ReasonCodeCount; i++)
            {
                hash.Add(subAck.GetReasonCode(i));
            }
        }

        AddProperties(ref hash, subAck.Properties, offset, end);
        Count(4, status);

        status = UnsubAckDecoder.Decode(buffer, offset, count, version, unsubAck);
        hash.Add(status);
        hash.Add(unsubAck.PacketId);
        if (status == ReasonCode.Success)
        {
            CheckInside(unsubAck.ReasonCodeOffset, unsubAck.ReasonCodeCount, offset, end, "UNSUBACK codes");
            hash.Add(unsubAck.ReasonCodeCount);
        }

        AddProperties(ref hash, unsubAck.Properties, offset, end);
        Count(5, status);

        status = PingRespDecoder.Decode(buffer, offset, count);
        hash.Add(status);
        Count(6, status);

        status = DisconnectDecoder.Decode(buffer, offset, count, version, disconnect);
        hash.Add(status);
        hash.Add(disconnect.ReasonCode);
        AddProperties(ref hash, disconnect.Properties, offset, end);
        Count(7, status);

        status = AuthDecoder.Decode(buffer, offset, count, version, auth);
        hash.Add(status);
        hash.Add(auth.ReasonCode);
        AddProperties(ref hash, auth.Properties, offset, end);
        Count(8, status);
        return hash.ToHashCode();
    }

    private void Count(int decoder, int status)
    {
        if (status == ReasonCode.Success)
        {
            Successes[decoder]++;
        }
    }

    private static void AddProperties(ref HashCode hash, ReceivedProperties properties, int offset, int end)
    {
        for (int id = 1; id < PropertyId.Limit; id++)
        {
            if (!properties.Has(id))
            {
                continue;
            }

            hash.Add(id);
            hash.Add(properties.GetInteger(id, -1));
            int dataOffset = properties.GetOffset(id);
            if (dataOffset >= 0)
            {
                CheckInside(dataOffset, properties.GetLength(id), offset, end, "property " + id);
                hash.Add(dataOffset - offset);
                hash.Add(properties.GetLength(id));
            }
        }

        hash.Add(properties.UserPropertyTotal);
        for (int i = 0; i < properties.UserPropertyCount; i++)
        {
            CheckInside(properties.GetUserPropertyNameOffset(i), properties.GetUserPropertyNameLength(i), offset, end, "name");
            CheckInside(properties.GetUserPropertyValueOffset(i), properties.GetUserPropertyValueLength(i), offset, end, "value");
            hash.Add(properties.GetUserPropertyNameOffset(i) - offset);
            hash.Add(properties.GetUserPropertyValueLength(i));
        }

        hash.Add(properties.SubscriptionIdentifierTotal);
        for (int i = 0; i < properties.SubscriptionIdentifierCount; i++)
        {
            hash.Add(properties.GetSubscriptionIdentifier(i));
        }
    }

    private static void CheckInside(int start, int length, int windowStart, int windowEnd, string what)
    {
        if (length < 0 || start < windowStart || start + length > windowEnd)
        {
            throw new InvalidOperationException(
                $"{what} view {start}+{length} lies outside the window {windowStart}..{windowEnd}");
        }
    }
}
