using System;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>
    /// In-memory transport for client tests: bytes the "broker" will deliver (queued by the test), a record of every
    /// Send (one packet each, as the client sends them), and scripted failures. Never blocks.
    /// </summary>
    internal sealed class ScriptedTransport : IMqttTransport
    {
        private readonly byte[] incoming = new byte[16384];
        private readonly byte[] sent = new byte[65536];
        private readonly int[] sentOffsets = new int[1024];
        private readonly int[] sentLengths = new int[1024];
        private int incomingStart;
        private int incomingEnd;
        private int sentBytes;

        /// <summary>Result of the next Connect calls.</summary>
        public int ConnectResult = TransportStatus.Ok;

        /// <summary>Result of the next Send calls (the bytes are not recorded when it is negative).</summary>
        public int SendResult = TransportStatus.Ok;

        /// <summary>When negative, Receive returns it once the queued bytes are delivered (peer closed, error).</summary>
        public int ReceiveResult;

        /// <summary>At most this many bytes per Receive (0: all that is queued).</summary>
        public int MaxChunk;

        public int ConnectCount;
        public int CloseCount;
        public int SentCount;
        public bool IsOpen;
        public string LastHost;
        public int LastPort;
        public int LastReceiveTimeout = -1;

        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            ConnectCount++;
            LastHost = host;
            LastPort = port;
            IsOpen = ConnectResult == TransportStatus.Ok;
            if (IsOpen)
            {
                incomingStart = 0;
                incomingEnd = 0;
                ReceiveResult = 0;
            }

            return ConnectResult;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            if (!IsOpen)
            {
                return TransportStatus.NotConnected;
            }

            if (SendResult != TransportStatus.Ok)
            {
                return SendResult;
            }

            if (SentCount == sentOffsets.Length || sentBytes + count > sent.Length)
            {
                // Keep the newest packets: the tests look at what was sent last.
                SentCount = 0;
                sentBytes = 0;
            }

            Array.Copy(buffer, offset, sent, sentBytes, count);
            sentOffsets[SentCount] = sentBytes;
            sentLengths[SentCount] = count;
            sentBytes += count;
            SentCount++;
            return TransportStatus.Ok;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            LastReceiveTimeout = timeoutMilliseconds;
            if (!IsOpen)
            {
                return TransportStatus.NotConnected;
            }

            int available = incomingEnd - incomingStart;
            if (available == 0)
            {
                return ReceiveResult;
            }

            int n = available < count ? available : count;
            if (MaxChunk > 0 && n > MaxChunk)
            {
                n = MaxChunk;
            }

            Array.Copy(incoming, incomingStart, buffer, offset, n);
            incomingStart += n;
            return n;
        }

        public void Close()
        {
            if (IsOpen)
            {
                CloseCount++;
            }

            IsOpen = false;
        }

        /// <summary>Queues bytes the broker sends.</summary>
        public void Deliver(byte[] packet)
        {
            if (incomingStart == incomingEnd)
            {
                incomingStart = 0;
                incomingEnd = 0;
            }

            Array.Copy(packet, 0, incoming, incomingEnd, packet.Length);
            incomingEnd += packet.Length;
        }

        /// <summary>Queues bytes written as hex.</summary>
        public void Deliver(string hex)
        {
            Deliver(Hex.Parse(hex));
        }

        /// <summary>Bytes queued and not yet received by the client.</summary>
        public int Pending
        {
            get { return incomingEnd - incomingStart; }
        }

        /// <summary>Forgets what was sent.</summary>
        public void ClearSent()
        {
            SentCount = 0;
            sentBytes = 0;
        }

        /// <summary>A copy of the <paramref name="index"/>-th packet sent (negative: from the end).</summary>
        public byte[] GetSent(int index)
        {
            if (index < 0)
            {
                index += SentCount;
            }

            byte[] packet = new byte[sentLengths[index]];
            Array.Copy(sent, sentOffsets[index], packet, 0, packet.Length);
            return packet;
        }

        /// <summary>Packet type of the <paramref name="index"/>-th packet sent (negative: from the end).</summary>
        public int SentType(int index)
        {
            if (index < 0)
            {
                index += SentCount;
            }

            return sent[sentOffsets[index]] >> 4;
        }

        /// <summary>The <paramref name="index"/>-th packet sent as hex (negative: from the end).</summary>
        public string SentHex(int index)
        {
            byte[] packet = GetSent(index);
            return Hex.Format(packet, 0, packet.Length);
        }

        /// <summary>How many packets of <paramref name="packetType"/> were sent.</summary>
        public int CountSent(int packetType)
        {
            int count = 0;
            for (int i = 0; i < SentCount; i++)
            {
                if (SentType(i) == packetType)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
