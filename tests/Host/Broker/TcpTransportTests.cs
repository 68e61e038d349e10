using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>TcpTransport (the file the device also compiles) against mosquitto and plain loopback peers.</summary>
public class TcpTransportTests
{
    private const int Generous = 10_000;

    [Theory]
    [InlineData("127.0.0.1", MqttVersion.V311)]
    [InlineData("localhost", MqttVersion.V500)]
    public void ExchangesConnectAndConnAckWithMosquitto(string host, int version)
    {
        using var broker = MosquittoBroker.Start();
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Ok, transport.Connect(host, broker.Port, Generous));
        Assert.True(transport.IsOpen);

        byte[] buffer = new byte[256];
        int length = ConnectEncoder.Encode(buffer, 0, buffer.Length, version, new ConnectPacket { ClientId = "tcp-transport-" + version });
        Assert.True(length > 0);
        Assert.Equal(TransportStatus.Ok, transport.Send(buffer, 0, length));

        ReceiveExactly(transport, buffer, 2);
        Assert.Equal(0x20, buffer[0]);
        ReceiveExactly(transport, buffer, buffer[1], offset: 2);
        var view = new ConnAckView();
        Assert.Equal(ReasonCode.Success, ConnAckDecoder.Decode(buffer, 0, 2 + buffer[1], version, view));
        Assert.Equal(0, view.ReasonCode);
        transport.Close();
        transport.Close();
        Assert.False(transport.IsOpen);
        Assert.Equal(TransportStatus.NotConnected, transport.Send(buffer, 0, 1));
        Assert.Equal(TransportStatus.NotConnected, transport.Receive(buffer, 0, 1, 10));
    }

    [Fact]
    public void RefusedWhenNothingListens()
    {
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Refused, transport.Connect("127.0.0.1", MosquittoBroker.FreePort(), Generous));
        Assert.False(transport.IsOpen);
    }

    [Theory]
    [InlineData(null, 1883, 1000)]
    [InlineData("", 1883, 1000)]
    [InlineData("127.0.0.1", 0, 1000)]
    [InlineData("127.0.0.1", 65536, 1000)]
    [InlineData("127.0.0.1", 1883, 0)]
    public void RefusesInvalidArguments(string? host, int port, int timeout)
    {
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.InvalidArgument, transport.Connect(host!, port, timeout));
        byte[] buffer = new byte[4];
        Assert.Equal(TransportStatus.InvalidArgument, transport.Send(null!, 0, 1));
        Assert.Equal(TransportStatus.InvalidArgument, transport.Send(buffer, 3, 2));
        Assert.Equal(TransportStatus.InvalidArgument, transport.Receive(buffer, -1, 1, 0));
        Assert.Equal(TransportStatus.InvalidArgument, transport.Receive(buffer, 0, 0, 0));
    }

    [Fact]
    public void ConnectTimesOutWhenTheListenerQueueIsFull()
    {
        // A listener that never accepts, with its backlog filled: Linux drops further SYNs, so connecting hangs.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        int port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            for (int i = 0; i < 4; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                _ = filler.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            }

            var transport = new TcpTransport();
            Assert.Equal(TransportStatus.Timeout, transport.Connect("127.0.0.1", port, 500));
            Assert.False(transport.IsOpen);
        }
        finally
        {
            fillers.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void ReceiveReturnsZeroOnTimeoutThenDataThenClosed()
    {
        using var peer = new LoopbackPeer();
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", peer.Port, Generous));
        using Socket server = peer.Accept();
        byte[] buffer = new byte[16];
        Assert.Equal(0, transport.Receive(buffer, 0, buffer.Length, 50));
        Assert.Equal(0, transport.Receive(buffer, 0, buffer.Length, 0));

        server.Send([1, 2, 3]);
        Assert.Equal(3, ReceiveExactly(transport, buffer, 3, offset: 5));
        Assert.Equal(new byte[] { 1, 2, 3 }, buffer[5..8]);

        server.Shutdown(SocketShutdown.Both);
        server.Close();
        Assert.Equal(TransportStatus.Closed, transport.Receive(buffer, 0, buffer.Length, Generous));
        Assert.False(transport.IsOpen);
    }

    [Fact]
    public async Task SendDeliversAllBytes()
    {
        using var peer = new LoopbackPeer();
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", peer.Port, Generous));
        using Socket server = peer.Accept();
        byte[] data = new byte[300_000];
        new Random(7).NextBytes(data);
        var reader = Task.Run(() => ReadAll(server, data.Length));
        Assert.Equal(TransportStatus.Ok, transport.Send(data, 0, data.Length));
        Assert.Equal(data, await reader.WaitAsync(TimeSpan.FromMilliseconds(Generous * 3)));
        transport.Close();
    }

    [Fact]
    public async Task CloseFromAnotherThreadEndsAPendingReceive()
    {
        using var peer = new LoopbackPeer();
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", peer.Port, Generous));
        using Socket server = peer.Accept();
        using var receiving = new ManualResetEventSlim();
        var pending = Task.Run(() =>
        {
            receiving.Set();
            return transport.Receive(new byte[8], 0, 8, -1);
        });
        Assert.True(receiving.Wait(Generous));
        transport.Close();
        Assert.Equal(TransportStatus.NotConnected, await pending.WaitAsync(TimeSpan.FromMilliseconds(Generous)));
    }

    [Fact]
    public void SendFailsWithSendTimeoutWhenThePeerStopsReading()
    {
        using var peer = new LoopbackPeer();
        var transport = new TcpTransport { SendTimeoutMilliseconds = 300 };
        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", peer.Port, Generous));
        using Socket server = peer.Accept();
        server.ReceiveBufferSize = 4096;
        byte[] chunk = new byte[1 << 20];
        int status = TransportStatus.Ok;
        for (int i = 0; i < 512 && status == TransportStatus.Ok; i++)
        {
            status = transport.Send(chunk, 0, chunk.Length);
        }

        Assert.Equal(TransportStatus.SendTimeout, status);
        Assert.False(transport.IsOpen);
    }

    [Fact]
    public void ReconnectsAfterTheBrokerRestarts()
    {
        using var broker = MosquittoBroker.Start();
        var transport = new TcpTransport();
        Assert.Equal(TransportStatus.Ok, transport.Connect(broker.Host, broker.Port, Generous));
        broker.Kill();
        Assert.Equal(TransportStatus.Closed, transport.Receive(new byte[8], 0, 8, Generous));
        Assert.Equal(TransportStatus.Refused, transport.Connect(broker.Host, broker.Port, Generous));
        broker.Restart();
        Assert.Equal(TransportStatus.Ok, transport.Connect(broker.Host, broker.Port, Generous));
        transport.Close();
    }

    internal static int ReceiveExactly(IMqttTransport transport, byte[] buffer, int count, int offset = 0)
    {
        var clock = Stopwatch.StartNew();
        int total = 0;
        while (total < count && clock.ElapsedMilliseconds < Generous)
        {
            int n = transport.Receive(buffer, offset + total, count - total, 1000);
            Assert.True(n >= 0, "receive failed with " + n);
            total += n;
        }

        Assert.Equal(count, total);
        return total;
    }

    internal static byte[] ReadAll(Socket socket, int count)
    {
        byte[] data = new byte[count];
        int total = 0;
        while (total < count)
        {
            int n = socket.Receive(data, total, count - total, SocketFlags.None);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return data[..total];
    }
}

/// <summary>A loopback listener on a free port that hands out the accepted sockets.</summary>
internal sealed class LoopbackPeer : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public LoopbackPeer()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(8);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public Socket Accept()
    {
        var accept = _listener.AcceptAsync();
        Assert.True(accept.Wait(10_000), "no connection to accept");
        return accept.Result;
    }

    public void Dispose() => _listener.Dispose();
}
