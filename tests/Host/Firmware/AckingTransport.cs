using Telemetry.Mqtt.Transport;

namespace Telemetry.HostTests.Firmware;

/// <summary>
/// A broker in miniature for allocation measurements: answers CONNECT with CONNACK, QoS 1 PUBLISH with PUBACK,
/// SUBSCRIBE with SUBACK and PINGREQ with PINGRESP, and hands the client the packets a test injects. Everything
/// goes through one preallocated ring; nothing is allocated after construction.
/// </summary>
public sealed class AckingTransport(int version) : IMqttTransport
{
    private readonly byte[] _ring = new byte[1 << 16];
    private readonly object _gate = new();
    private int _head;
    private int _count;

    public long PublishesReceived { get; private set; }

    public int Connect(string host, int port, int timeoutMilliseconds) => TransportStatus.Ok;

    public int Send(byte[] buffer, int offset, int count)
    {
        int type = buffer[offset] >> 4;
        int bodyStart = offset + 1;
        while ((buffer[bodyStart] & 0x80) != 0)
        {
            bodyStart++;
        }

        bodyStart++;
        switch (type)
        {
            case 1:
                Queue(version == 5 ? [0x20, 0x03, 0x00, 0x00, 0x00] : [0x20, 0x02, 0x00, 0x00]);
                break;
            case 3:
                PublishesReceived++;
                if (((buffer[offset] >> 1) & 3) == 1)
                {
                    int topicLength = (buffer[bodyStart] << 8) | buffer[bodyStart + 1];
                    int id = bodyStart + 2 + topicLength;
                    Queue(0x40, 0x02, buffer[id], buffer[id + 1]);
                }

                break;
            case 8:
                if (version == 5)
                {
                    Queue(0x90, 0x04, buffer[bodyStart], buffer[bodyStart + 1], 0x00, 0x01);
                }
                else
                {
                    Queue(0x90, 0x03, buffer[bodyStart], buffer[bodyStart + 1], 0x01);
                }

                break;
            case 12:
                Queue(0xD0, 0x00);
                break;
        }

        return TransportStatus.Ok;
    }

    public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
    {
        lock (_gate)
        {
            int n = Math.Min(count, _count);
            for (int i = 0; i < n; i++)
            {
                buffer[offset + i] = _ring[(_head + i) % _ring.Length];
            }

            _head = (_head + n) % _ring.Length;
            _count -= n;
            return n;
        }
    }

    public void Close()
    {
    }

    /// <summary>Hands the client a packet (copied into the ring).</summary>
    public void Inject(byte[] packet, int offset, int length)
    {
        lock (_gate)
        {
            for (int i = 0; i < length; i++)
            {
                _ring[(_head + _count + i) % _ring.Length] = packet[offset + i];
            }

            _count += length;
        }
    }

    private void Queue(byte b0, byte b1, byte b2, byte b3) => Queue(b0, b1, b2, b3, 0, 0, 4);

    private void Queue(byte b0, byte b1) => Queue(b0, b1, 0, 0, 0, 0, 2);

    private void Queue(byte b0, byte b1, byte b2, byte b3, byte b4) => Queue(b0, b1, b2, b3, b4, 0, 5);

    private void Queue(byte b0, byte b1, byte b2, byte b3, byte b4, byte b5) => Queue(b0, b1, b2, b3, b4, b5, 6);

    private void Queue(byte b0, byte b1, byte b2, byte b3, byte b4, byte b5, int length)
    {
        lock (_gate)
        {
            int at = _head + _count;
            _ring[at % _ring.Length] = b0;
            _ring[(at + 1) % _ring.Length] = b1;
            if (length > 2)
            {
                _ring[(at + 2) % _ring.Length] = b2;
                _ring[(at + 3) % _ring.Length] = b3;
            }

            if (length > 4)
            {
                _ring[(at + 4) % _ring.Length] = b4;
            }

            if (length > 5)
            {
                _ring[(at + 5) % _ring.Length] = b5;
            }

            _count += length;
        }
    }

    private void Queue(byte[] packet) => Inject(packet, 0, packet.Length);
}
