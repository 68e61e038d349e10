using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// A transport wrapper that keeps every packet the client sends (one Send call is one packet) and every byte it
/// receives, so tests can read the wire: topic aliases, properties, windows.
/// </summary>
public sealed class WireRecorder(IMqttTransport inner) : IMqttTransport
{
    private readonly object _gate = new();
    private readonly List<byte[]> _sent = [];
    private readonly List<byte> _received = [];
    private readonly List<(bool Sent, byte[] Bytes)> _timeline = [];

    public int Connect(string host, int port, int timeoutMilliseconds)
    {
        lock (_gate)
        {
            _received.Clear(); // a new connection starts a new byte stream
        }

        return inner.Connect(host, port, timeoutMilliseconds);
    }

    public int Send(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            _sent.Add(buffer.AsSpan(offset, count).ToArray());
            _timeline.Add((true, _sent[^1]));
        }

        return inner.Send(buffer, offset, count);
    }

    public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
    {
        int received = inner.Receive(buffer, offset, count, timeoutMilliseconds);
        if (received > 0)
        {
            lock (_gate)
            {
                _received.AddRange(buffer.AsSpan(offset, received).ToArray());
                _timeline.Add((false, buffer.AsSpan(offset, received).ToArray()));
            }
        }

        return received;
    }

    public void Close() => inner.Close();

    /// <summary>Packets sent so far.</summary>
    public byte[][] Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Complete packets received on the current connection.</summary>
    public byte[][] Received
    {
        get
        {
            byte[] all;
            lock (_gate)
            {
                all = [.. _received];
            }

            var packets = new List<byte[]>();
            int offset = 0;
            while (offset < all.Length)
            {
                if (FixedHeader.Read(all, offset, all.Length - offset, int.MaxValue, out int length) != ReasonCode.Success)
                {
                    break;
                }

                packets.Add(all.AsSpan(offset, length).ToArray());
                offset += length;
            }

            return [.. packets];
        }
    }

    /// <summary>
    /// The most QoS 1/2 PUBLISH packets outstanding at once, replaying sends and receives in order: a PUBLISH opens
    /// one, a PUBACK or PUBCOMP (or a PUBREC with a failure code) closes one. One connection only.
    /// </summary>
    public int MostOutstanding()
    {
        (bool Sent, byte[] Bytes)[] timeline;
        lock (_gate)
        {
            timeline = [.. _timeline];
        }

        var stream = new List<byte>();
        int open = 0, most = 0;
        foreach (var (sent, bytes) in timeline)
        {
            if (sent)
            {
                if (bytes[0] >> 4 == PacketType.Publish && (bytes[0] & 0x06) != 0 && (bytes[0] & 0x08) == 0)
                {
                    most = Math.Max(most, ++open);
                }

                continue;
            }

            stream.AddRange(bytes);
            byte[] all = [.. stream];
            int offset = 0;
            while (FixedHeader.Read(all, offset, all.Length - offset, int.MaxValue, out int length) == ReasonCode.Success)
            {
                int type = all[offset] >> 4;
                if (type == PacketType.PubAck || type == PacketType.PubComp
                    || (type == PacketType.PubRec && length > 4 && all[offset + 4] >= 0x80))
                {
                    open--;
                }

                offset += length;
            }

            stream.RemoveRange(0, offset);
        }

        return most;
    }

    /// <summary>The PUBLISH packets sent, decoded (5.0 views over copies).</summary>
    public PublishView[] SentPublishes(int version) => Decode(Sent, version);

    /// <summary>The PUBLISH packets received, decoded.</summary>
    public PublishView[] ReceivedPublishes(int version) => Decode(Received, version);

    private static PublishView[] Decode(byte[][] packets, int version)
    {
        var views = new List<PublishView>();
        foreach (var packet in packets.Where(p => p[0] >> 4 == PacketType.Publish))
        {
            var view = new PublishView { TopicAliasMaximum = 65535 };
            Xunit.Assert.Equal(ReasonCode.Success, PublishDecoder.Decode(packet, 0, packet.Length, version, view));
            views.Add(view);
        }

        return [.. views];
    }
}
