using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Telemetry.Evidence.Bench;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Evidence.Clients;

/// <summary>
/// The broker's limit: a bare socket writing PUBLISH packets encoded before the clock starts, in 64 KB writes, with
/// acknowledgements read by another thread and never waited for (QoS 2: within the broker's window of 20, which
/// mosquitto enforces by closing the connection). Receiving, it frames packets and answers them in one write per read.
/// </summary>
public sealed class RawSocketClient : IBenchClient
{
    private const int ChunkSize = 64 * 1024;
    private static int clientNumber;

    public string Name => "raw socket";

    public Task<Measurement> PublishAsync(int port, string topic, int qos, int payloadSize, int count)
    {
        return Task.Run(() => Publish(port, topic, qos, payloadSize, count));
    }

    public async Task<IReceiveRun> SubscribeAsync(int port, string topic, int qos, int count)
    {
        var socket = await Task.Run(() => Open(port, "raw-sub"));
        byte[] buffer = new byte[256];
        var subscribe = new SubscribePacket { PacketId = 1 };
        subscribe.Add(topic, qos);
        int length = SubscribeEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V311, subscribe);
        socket.Send(buffer, 0, length, SocketFlags.None);
        ReadPacket(socket, buffer, PacketType.SubAck);
        return new ReceiveRun(socket, count);
    }

    public Task<double[]> RoundTripsAsync(int port, string topic, int count)
    {
        return Task.Run(() =>
        {
            using var socket = Open(port, "raw-lat");
            byte[] buffer = new byte[4096];
            var subscribe = new SubscribePacket { PacketId = 1 };
            subscribe.Add(topic, 1);
            socket.Send(buffer, 0, SubscribeEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V311, subscribe), SocketFlags.None);
            ReadPacket(socket, buffer, PacketType.SubAck);
            var publish = new PublishPacket { Topic = topic, Qos = 1 };
            publish.SetPayload(new byte[16], 0, 16);
            byte[] packet = new byte[64];
            byte[] ack = new byte[4];
            var samples = new double[count];
            for (int i = 0; i < count; i++)
            {
                publish.PacketId = 1 + (i % 60000);
                int length = PublishEncoder.Encode(packet, 0, packet.Length, MqttVersion.V311, publish);
                long start = Stopwatch.GetTimestamp();
                socket.Send(packet, 0, length, SocketFlags.None);
                // The PUBACK of ours and the PUBLISH of the broker arrive in either order; answer the PUBLISH.
                bool acked = false, delivered = false;
                while (!acked || !delivered)
                {
                    int type = ReadPacket(socket, buffer, -1, out int id);
                    if (type == PacketType.PubAck)
                    {
                        acked = true;
                    }
                    else if (type == PacketType.Publish)
                    {
                        delivered = true;
                        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                        socket.Send(ack, 0, AckEncoder.Encode(ack, 0, 4, MqttVersion.V311, PacketType.PubAck, id, 0, null), SocketFlags.None);
                    }
                }
            }

            return samples;
        });
    }

    private static Measurement Publish(int port, string topic, int qos, int payloadSize, int count)
    {
        using var feed = Feed.Prepare(port, topic, qos, payloadSize, count);
        return feed.Run();
    }

    /// <summary>A publisher whose connection and packets are ready before <see cref="Run"/> starts the clock.</summary>
    public sealed class Feed : IDisposable
    {
        private readonly Socket socket;
        private readonly byte[] all;
        private readonly int end;
        private readonly int size;
        private readonly int qos;
        private readonly int count;

        private Feed(Socket socket, byte[] all, int end, int size, int qos, int count)
        {
            this.socket = socket;
            this.all = all;
            this.end = end;
            this.size = size;
            this.qos = qos;
            this.count = count;
        }

        public static Feed Prepare(int port, string topic, int qos, int payloadSize, int count)
        {
            var socket = Open(port, "raw-pub");
            var packet = new PublishPacket { Topic = topic, Qos = qos, PacketId = qos == 0 ? 0 : 1 };
            packet.SetPayload(new byte[payloadSize], 0, payloadSize);
            int size = PublishEncoder.Size(MqttVersion.V311, packet);
            byte[] all = new byte[((long)size * count) + size + 64];
            int end = 0;
            for (int i = 0; i < count; i++)
            {
                packet.PacketId = qos == 0 ? 0 : 1 + (i % 60000);
                end += PublishEncoder.Encode(all, end, all.Length - end, MqttVersion.V311, packet);
            }

            if (qos == 0)
            {
                // The fence: a QoS 1 message on another topic; its PUBACK follows every QoS 0 message before it.
                packet.Topic = topic + "/fence";
                packet.Qos = 1;
                packet.PacketId = 1;
                end += PublishEncoder.Encode(all, end, all.Length - end, MqttVersion.V311, packet);
            }

            return new Feed(socket, all, end, size, qos, count);
        }

        public Measurement Run()
        {
            // QoS 1: no window (mosquitto answers at once); QoS 2: the broker's window; packet ids stay unique in flight.
            int window = qos == 2 ? BenchSettings.Window : 60000;
            int total = qos == 0 ? count + 1 : count;
            var acks = new AckCounter();
            var sendLock = new object();
            var reader = new Thread(() => ReadAcks(socket, sendLock, acks)) { IsBackground = true, Name = "raw-acks" };
            reader.Start();
            long start = Stopwatch.GetTimestamp();
            int expectedAcks = qos == 0 ? 1 : count;
            if (qos == 0 || window >= total)
            {
                for (int offset = 0; offset < end; offset += ChunkSize)
                {
                    lock (sendLock)
                    {
                        socket.Send(all, offset, Math.Min(ChunkSize, end - offset), SocketFlags.None);
                    }
                }
            }
            else
            {
                // Windowed: send as many whole packets as the window allows, in one write.
                int sent = 0;
                while (sent < total)
                {
                    int allowed = acks.WaitForRoom(sent, window);
                    int batch = Math.Min(allowed, Math.Min(total - sent, (ChunkSize / size) + 1));
                    lock (sendLock)
                    {
                        socket.Send(all, sent * size, batch * size, SocketFlags.None);
                    }

                    sent += batch;
                }
            }

            if (!acks.WaitFor(expectedAcks, TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException($"raw socket: {acks.Count} of {expectedAcks} acks arrived");
            }

            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            socket.Shutdown(SocketShutdown.Both);
            reader.Join(2000);
            return new Measurement(count, seconds);
        }

        public void Dispose() => socket.Dispose();
    }

    private static void ReadAcks(Socket socket, object sendLock, AckCounter acks)
    {
        byte[] buffer = new byte[ChunkSize];
        byte[] pubrel = new byte[ChunkSize];
        int filled = 0;
        while (true)
        {
            int read;
            try
            {
                read = socket.Receive(buffer, filled, buffer.Length - filled, SocketFlags.None);
            }
            catch (SocketException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            if (read <= 0)
            {
                return;
            }

            filled += read;
            int offset = 0, done = 0, replies = 0;
            while (FixedHeader.Read(buffer, offset, filled - offset, 0, out int length) == ReasonCode.Success)
            {
                int type = buffer[offset] >> 4;
                if (type == PacketType.PubRec)
                {
                    int id = (buffer[offset + 2] << 8) | buffer[offset + 3];
                    replies += AckEncoder.Encode(pubrel, replies, pubrel.Length - replies, MqttVersion.V311, PacketType.PubRel, id, 0, null);
                }
                else if (type is PacketType.PubAck or PacketType.PubComp)
                {
                    done++;
                }

                offset += length;
            }

            if (replies > 0)
            {
                lock (sendLock)
                {
                    socket.Send(pubrel, 0, replies, SocketFlags.None);
                }
            }

            Buffer.BlockCopy(buffer, offset, buffer, 0, filled - offset);
            filled -= offset;
            acks.Add(done);
        }
    }

    /// <summary>Connects, sends CONNECT (3.1.1, clean session) and waits for a successful CONNACK.</summary>
    internal static Socket Open(int port, string name)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(IPAddress.Loopback, port);
        byte[] buffer = new byte[256];
        var connect = new ConnectPacket { ClientId = $"{name}-{Interlocked.Increment(ref clientNumber)}", KeepAliveSeconds = 120 };
        socket.Send(buffer, 0, ConnectEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V311, connect), SocketFlags.None);
        ReadPacket(socket, buffer, PacketType.ConnAck);
        if (buffer[3] != 0)
        {
            throw new InvalidOperationException("CONNACK refused: " + buffer[3]);
        }

        return socket;
    }

    private static void ReadPacket(Socket socket, byte[] buffer, int expectedType)
    {
        int type = ReadPacket(socket, buffer, expectedType, out _);
        if (type != expectedType)
        {
            throw new InvalidOperationException($"expected packet type {expectedType}, got {type}");
        }
    }

    /// <summary>Reads exactly one packet into <paramref name="buffer"/>; returns its type and (for acks and PUBLISH QoS > 0) its id.</summary>
    private static int ReadPacket(Socket socket, byte[] buffer, int expectedType, out int packetId)
    {
        int filled = 0;
        int length;
        while (true)
        {
            int status = FixedHeader.Read(buffer, 0, filled, 0, out length);
            if (status == ReasonCode.Success)
            {
                break;
            }

            int want = length > 0 ? length - filled : 1;
            int read = socket.Receive(buffer, filled, want, SocketFlags.None);
            if (read <= 0)
            {
                throw new InvalidOperationException("connection closed while waiting for packet type " + expectedType);
            }

            filled += read;
        }

        int type = buffer[0] >> 4;
        packetId = 0;
        if (type == PacketType.Publish && ((buffer[0] >> 1) & 3) > 0)
        {
            int at = FixedHeaderSize(buffer, 0);
            int topicLength = (buffer[at] << 8) | buffer[at + 1];
            packetId = (buffer[at + 2 + topicLength] << 8) | buffer[at + 3 + topicLength];
        }
        else if (type is PacketType.PubAck or PacketType.PubRec or PacketType.PubRel or PacketType.PubComp)
        {
            packetId = (buffer[2] << 8) | buffer[3];
        }

        return type;
    }

    /// <summary>Fixed header length (type byte plus the Remaining Length bytes) of the packet at <paramref name="offset"/>.</summary>
    private static int FixedHeaderSize(byte[] buffer, int offset)
    {
        int i = 1;
        while ((buffer[offset + i] & 0x80) != 0)
        {
            i++;
        }

        return i + 1;
    }

    private sealed class AckCounter
    {
        private readonly object gate = new();

        public long Count { get; private set; }

        public void Add(int acks)
        {
            if (acks == 0)
            {
                return;
            }

            lock (gate)
            {
                Count += acks;
                Monitor.PulseAll(gate);
            }
        }

        /// <summary>Waits until fewer than <paramref name="window"/> of <paramref name="sent"/> are unacknowledged; returns the room.</summary>
        public int WaitForRoom(int sent, int window)
        {
            lock (gate)
            {
                while (sent - Count >= window)
                {
                    if (!Monitor.Wait(gate, 30000))
                    {
                        throw new InvalidOperationException($"raw socket: no ack for 30 s ({Count} of {sent})");
                    }
                }

                return (int)(window - (sent - Count));
            }
        }

        public bool WaitFor(long target, TimeSpan timeout)
        {
            var deadline = Stopwatch.StartNew();
            lock (gate)
            {
                while (Count < target)
                {
                    TimeSpan left = timeout - deadline.Elapsed;
                    if (left <= TimeSpan.Zero || !Monitor.Wait(gate, left))
                    {
                        return Count >= target;
                    }
                }

                return true;
            }
        }
    }

    private sealed class ReceiveRun : IReceiveRun
    {
        private readonly Socket socket;
        private readonly int count;
        private readonly Thread thread;
        private readonly TaskCompletionSource<Measurement> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long received;
        private long first;
        private long last;
        private long lastActivity = Environment.TickCount64;

        public ReceiveRun(Socket socket, int count)
        {
            this.socket = socket;
            this.count = count;
            thread = new Thread(Loop) { IsBackground = true, Name = "raw-sub" };
            thread.Start();
        }

        public async Task<Measurement> CompleteAsync(TimeSpan idle)
        {
            while (!result.Task.IsCompleted)
            {
                long quiet = Environment.TickCount64 - Interlocked.Read(ref lastActivity);
                if (Interlocked.Read(ref received) > 0 && quiet > idle.TotalMilliseconds)
                {
                    break;
                }

                await Task.WhenAny(result.Task, Task.Delay(50));
            }

            socket.Close();
            thread.Join(2000);
            long n = Interlocked.Read(ref received);
            return result.Task.IsCompleted ? await result.Task
                : new Measurement(n, n > 1 ? Stopwatch.GetElapsedTime(first, last).TotalSeconds : 0);
        }

        public ValueTask DisposeAsync()
        {
            socket.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Loop()
        {
            byte[] buffer = new byte[4 * ChunkSize];
            byte[] replies = new byte[4 * ChunkSize];
            int filled = 0;
            try
            {
                while (true)
                {
                    int read = socket.Receive(buffer, filled, buffer.Length - filled, SocketFlags.None);
                    if (read <= 0)
                    {
                        return;
                    }

                    Interlocked.Exchange(ref lastActivity, Environment.TickCount64);
                    filled += read;
                    int offset = 0, written = 0;
                    while (FixedHeader.Read(buffer, offset, filled - offset, 0, out int length) == ReasonCode.Success)
                    {
                        written += Answer(buffer, offset, length, replies, written);
                        offset += length;
                    }

                    if (written > 0)
                    {
                        socket.Send(replies, 0, written, SocketFlags.None);
                    }

                    Buffer.BlockCopy(buffer, offset, buffer, 0, filled - offset);
                    filled -= offset;
                    if (received >= count)
                    {
                        result.TrySetResult(new Measurement(received, Stopwatch.GetElapsedTime(first, last).TotalSeconds));
                        return;
                    }
                }
            }
            catch (SocketException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private int Answer(byte[] buffer, int offset, int length, byte[] replies, int at)
        {
            int type = buffer[offset] >> 4;
            if (type == PacketType.PubRel)
            {
                int released = (buffer[offset + 2] << 8) | buffer[offset + 3];
                return AckEncoder.Encode(replies, at, replies.Length - at, MqttVersion.V311, PacketType.PubComp, released, 0, null);
            }

            if (type != PacketType.Publish)
            {
                return 0;
            }

            // Stamped per message (not per read), so a burst read at once still has a duration.
            long now = Stopwatch.GetTimestamp();
            if (received == 0)
            {
                first = now;
            }

            last = now;
            Interlocked.Increment(ref received);
            int qos = (buffer[offset] >> 1) & 3;
            if (qos == 0)
            {
                return 0;
            }

            int topicAt = offset + FixedHeaderSize(buffer, offset);
            int topicLength = (buffer[topicAt] << 8) | buffer[topicAt + 1];
            int id = (buffer[topicAt + 2 + topicLength] << 8) | buffer[topicAt + 3 + topicLength];
            int ack = qos == 1 ? PacketType.PubAck : PacketType.PubRec;
            return AckEncoder.Encode(replies, at, replies.Length - at, MqttVersion.V311, ack, id, 0, null);
        }
    }
}
