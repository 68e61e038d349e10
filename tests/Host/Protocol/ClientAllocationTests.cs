using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// The client allocates nothing per publish and per received message, at QoS 0, 1 and 2 in both versions, once
/// constructed and connected: GC.GetAllocatedBytesForCurrentThread around a loop of publishes and acknowledgements over
/// an in-memory broker, pumped with Poll on the test's thread. And what the constructor allocates, for the record.
/// </summary>
public class ClientAllocationTests
{
    private const int Cycles = 5_000;
    private const int Warmup = 200;

    /// <summary>Host (64-bit CoreCLR) bytes for the default options; the README states the figure.</summary>
    private const long ConstructorBound = 20 * 1024;

    private readonly ITestOutputHelper output;
    private int received;
    private int completed;

    public ClientAllocationTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    private sealed class Clock : ISessionClock
    {
        public long Now = 1;

        public long Milliseconds => Now;
    }

    [Theory]
    [InlineData(MqttVersion.V311, 0)]
    [InlineData(MqttVersion.V311, 1)]
    [InlineData(MqttVersion.V311, 2)]
    [InlineData(MqttVersion.V500, 0)]
    [InlineData(MqttVersion.V500, 1)]
    [InlineData(MqttVersion.V500, 2)]
    public void PublishAndAcknowledgeAllocateNothing(int version, int qos)
    {
        (MqttClient client, LoopbackBroker broker, Clock clock) = Connected(version);
        byte[] payload = new byte[128];
        const string topic = "sensors/esp32-01/telemetry";
        var prepared = new PreparedTopic("sensors/esp32-01/status");
        var message = new OutgoingMessage { Topic = "sensors/esp32-01/events", Qos = qos };
        message.SetPayload(payload, 0, 16);
        if (version == MqttVersion.V500)
        {
            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 600);
            message.Properties.AddUserProperty("unit", "C");
        }

        int n = 0;
        void Cycle()
        {
            int id = (n++ % 3) switch
            {
                0 => client.Publish(topic, payload, 0, payload.Length, qos, false),
                1 => client.Publish(prepared, payload, 0, payload.Length, qos, true),
                _ => client.Publish(message),
            };
            Check(qos == 0 ? id == 0 : id > 0);
            client.Poll(0);
            if (qos == 2)
            {
                client.Poll(0);
            }

            clock.Now += 10;
        }

        int before = completed;
        long allocated = SteadyState(Cycle);

        output.WriteLine($"v{version} QoS {qos} publish: {allocated} bytes in {Cycles} cycles");
        Assert.Equal(0, allocated);
        Assert.Equal(qos == 0 ? 0 : Cycles + Warmup, completed - before);
        Assert.Equal(0, client.OutboxCount);
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData(MqttVersion.V311, 0)]
    [InlineData(MqttVersion.V311, 1)]
    [InlineData(MqttVersion.V311, 2)]
    [InlineData(MqttVersion.V500, 0)]
    [InlineData(MqttVersion.V500, 1)]
    [InlineData(MqttVersion.V500, 2)]
    public void ReceiveAndAcknowledgeAllocateNothing(int version, int qos)
    {
        (MqttClient client, LoopbackBroker broker, Clock clock) = Connected(version);
        var packet = new PublishPacket { Topic = "devices/esp32-01/cmd/interval", Qos = qos, PacketId = qos == 0 ? 0 : 7 };
        if (version == MqttVersion.V500)
        {
            packet.Properties.SetString(PropertyId.ContentType, "text/plain");
            packet.Properties.AddUserProperty("origin", "test");
        }

        packet.SetPayload(new byte[64], 0, 64);
        byte[] bytes = new byte[PublishEncoder.Size(version, packet)];
        PublishEncoder.Encode(bytes, 0, bytes.Length, version, packet);

        void Cycle()
        {
            broker.Inject(bytes);
            client.Poll(0);
            if (qos == 2)
            {
                client.Poll(0);
            }

            clock.Now += 10;
        }

        int before = received;
        long sentBefore = broker.PacketsFromClient + (qos * Warmup);
        long allocated = SteadyState(Cycle);

        output.WriteLine($"v{version} QoS {qos} receive: {allocated} bytes in {Cycles} cycles");
        Assert.Equal(0, allocated);
        Assert.Equal(Cycles + Warmup, received - before);
        Assert.Equal(qos * Cycles, broker.PacketsFromClient - sentBefore);
        Assert.Equal(0, client.InboundQos2Count);
    }

    [Fact]
    public void PingAndReconnectAllocateNothing()
    {
        (MqttClient client, LoopbackBroker broker, Clock clock) = Connected(MqttVersion.V500);
        client.Subscribe("devices/esp32-01/cmd/#", 1);
        client.Poll(0);
        long allocated = Measure(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                clock.Now += 60_000;
                client.Poll(0);
                client.Poll(0);
                client.Disconnect();
                client.Connect();
                client.Poll(0);
                client.Poll(0);
                Check(client.IsConnected);
            }
        });

        output.WriteLine($"100 pings, disconnects and reconnects: {allocated} bytes");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ConstructorAllocationIsMeasuredAndBounded()
    {
        var options = new MqttClientOptions { ClientId = "esp32-01" };
        var broker = new LoopbackBroker();
        var clock = new Clock();
        new MqttClient(options, broker, clock).Connect();
        long allocated = Measure(() => new MqttClient(options, broker, clock));
        output.WriteLine($"MqttClient constructor, default options: {allocated} bytes (receive {options.ReceiveBufferSize}, "
            + $"send {options.SendBufferSize}, outbox {options.OutboxBytes} bytes / {options.OutboxEntries} entries)");
        Assert.True(allocated > options.ReceiveBufferSize + options.SendBufferSize + options.OutboxBytes);
        Assert.True(allocated < ConstructorBound, $"{allocated} bytes");
    }

    private (MqttClient, LoopbackBroker, Clock) Connected(int version)
    {
        var options = new MqttClientOptions { ClientId = "esp32-01", Version = version, RandomSeed = 1 };
        var broker = new LoopbackBroker();
        var clock = new Clock();
        var client = new MqttClient(options, broker, clock);
        client.MessageReceived += OnMessage;
        client.PublishCompleted += OnCompleted;
        client.Connect();
        client.Poll(0);
        client.Poll(0);
        Assert.True(client.IsConnected);
        return (client, broker, clock);
    }

    private void OnMessage(MqttClient client, ReceivedMessage message)
    {
        Check(message.TopicMatches("devices/+/cmd/#"));
        received++;
    }

    private void OnCompleted(MqttClient client, int packetId, int reasonCode)
    {
        Check(reasonCode == 0);
        completed++;
    }

    /// <summary>Runs <paramref name="cycle"/> <see cref="Warmup"/> times, then measures <see cref="Cycles"/> runs.</summary>
    private static long SteadyState(System.Action cycle)
    {
        for (int i = 0; i < Warmup; i++)
        {
            cycle();
        }

        return Measure(() =>
        {
            for (int i = 0; i < Cycles; i++)
            {
                cycle();
            }
        });
    }

    private static long Measure(System.Action action)
    {
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        action();
        return System.GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException("check failed");
        }
    }
}
