using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// In-memory transport that answers like a broker, without allocating: CONNACK to CONNECT, PUBACK / PUBREC to a
/// QoS 1 / 2 PUBLISH, PUBCOMP to PUBREL, PUBREL to PUBREC, PINGRESP to PINGREQ. <see cref="Inject"/> queues packets
/// the broker sends on its own (incoming PUBLISH). Same thread as the client, never blocks.
/// </summary>
internal sealed class LoopbackBroker : IMqttTransport
{
    private readonly byte[] toClient = new byte[64 * 1024];
    private int start;
    private int end;

    public int Version = MqttVersion.V311;
    public long PacketsFromClient;
    public long PublishesFromClient;

    public int Connect(string host, int port, int timeoutMilliseconds)
    {
        start = 0;
        end = 0;
        return TransportStatus.Ok;
    }

    public int Send(byte[] buffer, int offset, int count)
    {
        PacketsFromClient++;
        int first = buffer[offset];
        int type = first >> 4;
        int body = offset + 1;
        while ((buffer[body] & 0x80) != 0)
        {
            body++;
        }

        body++;
        switch (type)
        {
            case PacketType.Connect:
                Version = buffer[offset + 8];
                if (Version == MqttVersion.V500)
                {
                    Queue(0x20, 0x03, 0x00, 0x00, 0x00);
                }
                else
                {
                    Queue(0x20, 0x02, 0x00, 0x00, -1);
                }

                break;
            case PacketType.Publish:
                PublishesFromClient++;
                int qos = (first >> 1) & 3;
                if (qos > 0)
                {
                    int idAt = body + 2 + ((buffer[body] << 8) | buffer[body + 1]);
                    Queue(qos == 1 ? 0x40 : 0x50, 0x02, buffer[idAt], buffer[idAt + 1], -1);
                }

                break;
            case PacketType.PubRel:
                Queue(0x70, 0x02, buffer[body], buffer[body + 1], -1);
                break;
            case PacketType.PubRec:
                Queue(0x62, 0x02, buffer[body], buffer[body + 1], -1);
                break;
            case PacketType.PingReq:
                Queue(0xD0, 0x00, -1, -1, -1);
                break;
        }

        return TransportStatus.Ok;
    }

    public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
    {
        int available = end - start;
        if (available == 0)
        {
            return 0;
        }

        int n = available < count ? available : count;
        System.Array.Copy(toClient, start, buffer, offset, n);
        start += n;
        if (start == end)
        {
            start = 0;
            end = 0;
        }

        return n;
    }

    public void Close()
    {
    }

    /// <summary>Queues a packet the broker sends unasked.</summary>
    public void Inject(byte[] packet)
    {
        System.Array.Copy(packet, 0, toClient, end, packet.Length);
        end += packet.Length;
    }

    private void Queue(int a, int b, int c, int d, int e)
    {
        toClient[end++] = (byte)a;
        toClient[end++] = (byte)b;
        if (c >= 0)
        {
            toClient[end++] = (byte)c;
        }

        if (d >= 0)
        {
            toClient[end++] = (byte)d;
        }

        if (e >= 0)
        {
            toClient[end++] = (byte)e;
        }
    }
}
