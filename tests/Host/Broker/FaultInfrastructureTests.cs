using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Protocol;
using Telemetry.Mqtt.Transport;
using Telemetry.Mqtt.Transport.Simulated;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>The fault tools the integration tests rely on: FaultTransport, TcpFaultProxy, the mosquitto fixture.</summary>
public class FaultInfrastructureTests
{
    private const int Generous = 10_000;

    [Fact]
    public void FaultTransportCutsStallsAndDrops()
    {
        using var peer = new LoopbackPeer();
        var faults = new FaultTransport(new TcpTransport());
        Assert.Equal(TransportStatus.Ok, faults.Connect("127.0.0.1", peer.Port, Generous));
        Socket server = peer.Accept();
        byte[] data = [1, 2, 3, 4, 5, 6, 7, 8];
        byte[] buffer = new byte[16];

        faults.DelaySends(20);
        Assert.Equal(TransportStatus.Ok, faults.Send(data, 0, 2));
        Assert.Equal(new byte[] { 1, 2 }, TcpTransportTests.ReadAll(server, 2)); // delayed, not lost
        faults.DelaySends(0);

        faults.DropOutgoing(3);
        Assert.Equal(TransportStatus.Ok, faults.Send(data, 0, 5));
        Assert.Equal(new byte[] { 4, 5 }, TcpTransportTests.ReadAll(server, 2));

        server.Send(data, 0, 6, SocketFlags.None);
        faults.DropIncoming(4);
        Assert.Equal(2, TcpTransportTests.ReceiveExactly(faults, buffer, 2));
        Assert.Equal(new byte[] { 5, 6 }, buffer[..2]);

        faults.Stall(true);
        Assert.Equal(TransportStatus.Ok, faults.Send(data, 0, 8));
        server.Send(data, 0, 1, SocketFlags.None);
        Assert.Equal(0, faults.Receive(buffer, 0, 16, 100));
        faults.Stall(false);
        Assert.Equal(0, faults.Receive(buffer, 0, 16, 100)); // the byte that came during the stall is lost
        Assert.Equal(0, server.Available);

        faults.Cut();
        Assert.Equal(TransportStatus.Closed, faults.Send(data, 0, 1));
        Assert.Equal(TransportStatus.Closed, faults.Receive(buffer, 0, 16, Generous));
        Assert.Equal(0, server.Receive(buffer)); // the peer sees the connection end
        server.Dispose();
        Assert.Equal(1, faults.Cuts);

        faults.FailConnects(2, TransportStatus.Refused);
        Assert.Equal(TransportStatus.Refused, faults.Connect("127.0.0.1", peer.Port, Generous));
        Assert.Equal(TransportStatus.Refused, faults.Connect("127.0.0.1", peer.Port, Generous));
        Assert.Equal(TransportStatus.Ok, faults.Connect("127.0.0.1", peer.Port, Generous));
        using Socket second = peer.Accept();
        faults.CutAfterSentBytes(10);
        Assert.Equal(TransportStatus.Ok, faults.Send(data, 0, 8));
        Assert.Equal(TransportStatus.Closed, faults.Send(data, 0, 8));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 1, 2 }, TcpTransportTests.ReadAll(second, 100));
        Assert.Equal(2, faults.Connects);
        Assert.Equal(2, faults.Cuts);
        Assert.Equal(2 + 2 + 8 + 2, faults.BytesSent); // the stalled send never reached the socket
        Assert.Equal(2, faults.BytesReceived);
    }

    [Fact]
    public async Task FaultTransportCutEndsAPendingStalledReceive()
    {
        using var peer = new LoopbackPeer();
        var faults = new FaultTransport(new TcpTransport());
        Assert.Equal(TransportStatus.Ok, faults.Connect("127.0.0.1", peer.Port, Generous));
        using Socket server = peer.Accept();
        faults.Stall(true);
        var pending = Task.Run(() => faults.Receive(new byte[4], 0, 4, -1));
        faults.Cut();
        Assert.Equal(TransportStatus.Closed, await pending.WaitAsync(TimeSpan.FromMilliseconds(Generous)));
    }

    [Fact]
    public void ProxyForwardsCutsRefusesAndBlackHoles()
    {
        using var peer = new LoopbackPeer();
        using var proxy = new TcpFaultProxy(peer.Port);
        var transport = new TcpTransport();
        byte[] buffer = new byte[16];

        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", proxy.Port, Generous));
        Socket server = peer.Accept();
        Assert.Equal(TransportStatus.Ok, transport.Send([9, 8, 7], 0, 3));
        Assert.Equal(new byte[] { 9, 8, 7 }, TcpTransportTests.ReadAll(server, 3));
        server.Send([42]);
        Assert.Equal(1, TcpTransportTests.ReceiveExactly(transport, buffer, 1));
        Assert.Equal(42, buffer[0]);

        Assert.Equal(1, proxy.CutAll());
        Assert.True(transport.Receive(buffer, 0, 16, Generous) < 0);
        Assert.Throws<SocketException>(() => server.Receive(buffer)); // reset
        server.Dispose();

        proxy.RefuseNew = true;
        if (transport.Connect("127.0.0.1", proxy.Port, Generous) == TransportStatus.Ok)
        {
            Assert.True(transport.Receive(buffer, 0, 16, Generous) < 0);
        }

        proxy.RefuseNew = false;
        Assert.Equal(TransportStatus.Ok, transport.Connect("127.0.0.1", proxy.Port, Generous));
        using Socket half = peer.Accept();
        Assert.True(SpinWait.SpinUntil(() => proxy.OpenLinks == 1, Generous));
        Assert.Equal(1, proxy.BlackHoleOpenLinks());
        Assert.Equal(TransportStatus.Ok, transport.Send([1, 2], 0, 2));
        half.Send([3]);
        Assert.Equal(0, transport.Receive(buffer, 0, 16, 300));
        Assert.False(half.Poll(300_000, SelectMode.SelectRead)); // nothing arrives, nothing closes
        Assert.Equal(2, proxy.Accepted);
        transport.Close();
    }

    [Fact]
    public async Task BrokerKeepsRetainedMessagesAcrossAGracefulRestartWithPersistence()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { Persistence = true });
        using (var publisher = await Peer.ConnectAsync(broker, "retain-writer"))
        {
            await publisher.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic("fixture/retained").WithPayload("kept").WithRetainFlag()
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        }

        int port = broker.Port;
        broker.Stop();
        Assert.False(broker.IsRunning);
        broker.Restart();
        Assert.Equal(port, broker.Port);
        Assert.Equal(2, broker.Starts);
        Assert.True(File.Exists(Path.Combine(broker.Directory, "mosquitto.db")));

        using var reader = await Peer.ConnectAsync(broker, "retain-reader");
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        reader.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(e.ApplicationMessage.ConvertPayloadToString());
            return Task.CompletedTask;
        };
        await reader.SubscribeAsync("fixture/retained", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal("kept", await received.Task.WaitAsync(TimeSpan.FromMilliseconds(Generous)));
    }

    [Fact]
    public void BrokerWritesTheConfiguredLimits()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions
        {
            MaxInflightMessages = 5,
            MaxPacketSize = 2048,
            MaxTopicAlias = 7,
            MaxQos = 1,
            MaxQueuedMessages = 0,
        });
        string config = File.ReadAllText(broker.ConfigPath);
        foreach (string line in new[] { "max_inflight_messages 5", "max_packet_size 2048", "max_topic_alias 7", "max_qos 1", "max_queued_messages 0", "persistence false" })
        {
            Assert.Contains(line, config);
        }

        broker.Kill();
        Assert.False(broker.IsRunning);
        Assert.Equal(TransportStatus.Refused, new TcpTransport().Connect(broker.Host, broker.Port, Generous));
    }
}
