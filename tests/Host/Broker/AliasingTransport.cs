using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// Makes the broker's 5.0 PUBLISH packets arrive the way a broker that assigns topic aliases sends them (mosquitto
/// 2.0.11 never does: broker-side aliases came in 2.1): the first PUBLISH of a topic carries the topic and a new
/// alias (up to <paramref name="maximum"/>, our advertised Topic Alias Maximum), later ones the alias only. Counts the
/// bytes the aliases took off the wire and the PUBLISH packets that already carried an alias.
/// </summary>
public sealed class AliasingTransport(IMqttTransport inner, int maximum) : IMqttTransport
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly List<byte> _in = [];
    private readonly List<byte> _out = [];
    private readonly Dictionary<string, int> _aliases = [];

    public long BytesSaved { get; private set; }

    public int AliasOnly { get; private set; }

    public int AliasedByBroker { get; private set; }

    public int Connect(string host, int port, int timeoutMilliseconds)
    {
        _in.Clear();
        _out.Clear();
        _aliases.Clear(); // aliases live for one connection
        return inner.Connect(host, port, timeoutMilliseconds);
    }

    public int Send(byte[] buffer, int offset, int count) => inner.Send(buffer, offset, count);

    public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
    {
        if (_out.Count == 0)
        {
            int received = inner.Receive(_chunk, 0, _chunk.Length, timeoutMilliseconds);
            if (received <= 0)
            {
                return received;
            }

            _in.AddRange(_chunk.AsSpan(0, received).ToArray());
            Rewrite();
        }

        int n = Math.Min(count, _out.Count);
        _out.CopyTo(0, buffer, offset, n);
        _out.RemoveRange(0, n);
        return n;
    }

    public void Close() => inner.Close();

    private void Rewrite()
    {
        byte[] all = [.. _in];
        int offset = 0;
        while (FixedHeader.Read(all, offset, all.Length - offset, int.MaxValue, out int length) == ReasonCode.Success)
        {
            byte[] packet = all.AsSpan(offset, length).ToArray();
            _out.AddRange(packet[0] >> 4 == PacketType.Publish ? Aliased(packet) : packet);
            offset += length;
        }

        _in.RemoveRange(0, offset);
    }

    private byte[] Aliased(byte[] packet)
    {
        var view = new PublishView { TopicAliasMaximum = 65535 };
        if (PublishDecoder.Decode(packet, 0, packet.Length, MqttVersion.V500, view) != ReasonCode.Success)
        {
            return packet;
        }

        if (view.TopicAlias > 0)
        {
            AliasedByBroker++;
            return packet;
        }

        string topic = System.Text.Encoding.UTF8.GetString(packet, view.TopicOffset, view.TopicLength);
        bool known = _aliases.TryGetValue(topic, out int alias);
        if (!known)
        {
            if (_aliases.Count >= maximum)
            {
                return packet;
            }

            alias = _aliases.Count + 1;
            _aliases[topic] = alias;
        }

        // Variable header after the topic: packet id (QoS > 0), then the property block, then the payload.
        int afterTopic = view.TopicOffset + view.TopicLength;
        int idLength = view.Qos > 0 ? 2 : 0;
        int propertiesAt = afterTopic + idLength;
        int used = VariableByteInteger.Read(packet, propertiesAt, packet.Length - propertiesAt, out int propertiesLength);
        var body = new List<byte>();
        byte[] name = known ? [] : packet.AsSpan(view.TopicOffset, view.TopicLength).ToArray();
        body.AddRange([(byte)(name.Length >> 8), (byte)name.Length]);
        body.AddRange(name);
        body.AddRange(packet.AsSpan(afterTopic, idLength).ToArray());
        byte[] lengthBytes = new byte[4];
        int lengthUsed = VariableByteInteger.Write(propertiesLength + 3, lengthBytes, 0, 4);
        body.AddRange(lengthBytes.AsSpan(0, lengthUsed).ToArray());
        body.AddRange([PropertyId.TopicAlias, (byte)(alias >> 8), (byte)alias]);
        body.AddRange(packet.AsSpan(propertiesAt + used).ToArray());
        int remainingUsed = VariableByteInteger.Write(body.Count, lengthBytes, 0, 4);
        byte[] rewritten = [packet[0], .. lengthBytes.AsSpan(0, remainingUsed), .. body];
        BytesSaved += packet.Length - rewritten.Length;
        if (known)
        {
            AliasOnly++;
        }

        return rewritten;
    }
}
