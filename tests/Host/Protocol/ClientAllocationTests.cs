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

        int before = received;
        long sentBefore = broker.PacketsFromClient + (qos * Warmup);
        long allocated = SteadyState(ReceiveCycle(client, broker, clock, bytes, qos));

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

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void PublishWithTopicAliasesAndPropertiesAllocatesNothing(int qos)
    {
        // CONNACK: Topic Alias Maximum 2. Three topics: two get aliases, the third goes by name (the counting rule).
        (MqttClient client, LoopbackBroker broker, Clock clock) = Connected(MqttVersion.V500, [0x20, 0x06, 0x00, 0x00, 0x03, 0x22, 0x00, 0x02], 1);
        byte[] payload = new byte[64];
        var prepared = new PreparedTopic("sensors/esp32-01/climate");
        var message = new OutgoingMessage { Topic = "sensors/esp32-01/gps", Qos = qos };
        message.SetPayload(payload, 0, 32);
        message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 600);
        message.Properties.SetString(PropertyId.ContentType, "application/json");
        message.Properties.SetInteger(PropertyId.PayloadFormatIndicator, 1);
        message.Properties.SetString(PropertyId.ResponseTopic, "sensors/esp32-01/replies");
        message.Properties.SetBinary(PropertyId.CorrelationData, payload, 0, 8);
        message.Properties.AddUserProperty("unit", "C");

        int n = 0;
        void Cycle()
        {
            // Two publishes per cycle with an in-flight window of 1: at QoS 1/2 the second waits in the outbox and goes
            // out from it (expiry rewritten) after the first completes.
            for (int k = 0; k < 2; k++)
            {
                int id = (n++ % 4) switch
                {
                    0 => client.Publish(prepared, payload, 0, payload.Length, qos, false),
                    1 => client.Publish(message),
                    2 => client.Publish(prepared, payload, 0, 16, qos, false),
                    _ => client.Publish("sensors/esp32-01/rare", payload, 0, 8, qos, false),
                };
                Check(qos == 0 ? id == 0 : id > 0);
            }

            for (int k = 0; k < 6; k++)
            {
                client.Poll(0);
            }

            clock.Now += 10;
        }

        int before = completed;
        long savedBefore = client.TopicAliasBytesSaved;
        long allocated = SteadyState(Cycle);

        output.WriteLine($"v5 QoS {qos} publish with aliases and properties: {allocated} bytes in {Cycles} cycles, "
            + $"{client.TopicAliasBytesSaved - savedBefore} bytes saved by aliases");
        Assert.Equal(0, allocated);
        Assert.Equal(qos == 0 ? 0 : 2 * (Cycles + Warmup), completed - before);
        Assert.True(client.TopicAliasBytesSaved - savedBefore > 10 * Cycles);
        Assert.Equal(0, client.OutboxCount);
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void ReceiveWithTopicAliasesAndPropertiesAllocatesNothing(int qos)
    {
        (MqttClient client, LoopbackBroker broker, Clock clock) = Connected(MqttVersion.V500);
        int subscriptionIds = 0;
        client.MessageReceived += (_, m) =>
        {
            if (m.SubscriptionIdentifier == 5 && m.Properties.FindUserProperty("origin") == 0)
            {
                subscriptionIds++;
            }
        };

        // Properties: Topic Alias 1, Subscription Identifier 5, Message Expiry 60, Correlation Data, a User Property.
        byte[] properties = [0x23, 0x00, 0x01, 0x0B, 0x05, 0x02, 0x00, 0x00, 0x00, 0x3C, 0x09, 0x00, 0x02, 0xAB, 0xCD,
            0x26, 0x00, 0x06, (byte)'o', (byte)'r', (byte)'i', (byte)'g', (byte)'i', (byte)'n', 0x00, 0x01, (byte)'x'];
        byte[] first = Publish5("devices/esp32-01/cmd/interval", qos, properties, new byte[64]);
        byte[] aliased = Publish5(string.Empty, qos, properties, new byte[64]);
        broker.Inject(first);
        client.Poll(0);
        client.Poll(0);

        int before = received;
        long allocated = SteadyState(ReceiveCycle(client, broker, clock, aliased, qos));

        output.WriteLine($"v5 QoS {qos} receive through a topic alias with properties: {allocated} bytes in {Cycles} cycles, "
            + $"{first.Length - aliased.Length} bytes saved per message");
        Assert.Equal(0, allocated);
        Assert.Equal(Cycles + Warmup, received - before);
        Assert.Equal(Cycles + Warmup + 1, subscriptionIds);
        Assert.True(client.IsConnected);
    }

    private static byte[] Publish5(string topic, int qos, byte[] properties, byte[] payload)
    {
        byte[] name = System.Text.Encoding.UTF8.GetBytes(topic);
        var body = new List<byte> { (byte)(name.Length >> 8), (byte)name.Length };
        body.AddRange(name);
        if (qos > 0)
        {
            body.AddRange([0x00, 0x07]);
        }

        body.Add((byte)properties.Length);
        body.AddRange(properties);
        body.AddRange(payload);
        byte[] length = new byte[4];
        int used = VariableByteInteger.Write(body.Count, length, 0, 4);
        return [(byte)(0x30 | (qos << 1)), .. length.AsSpan(0, used), .. body];
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

        // 5.0 (with an inbound alias table of 8) adds the topic alias tables (inbound and outbound: TopicAliasMaximum / OutboundTopicAliases entries of
        // TopicAliasTopicBytes), the aliased-send buffer and the assigned client identifier buffer.
        var options5 = new MqttClientOptions { ClientId = "esp32-01", Version = MqttVersion.V500, TopicAliasMaximum = 8 };
        long allocated5 = Measure(() => new MqttClient(options5, broker, clock));
        output.WriteLine($"MqttClient constructor, default 5.0 options: {allocated5} bytes");
        long tables = (options5.TopicAliasMaximum + options5.OutboundTopicAliases) * options5.TopicAliasTopicBytes;
        Assert.True(allocated5 > allocated + tables + options5.SendBufferSize);
        Assert.True(allocated5 < ConstructorBound + tables + options5.SendBufferSize + 4096, $"{allocated5} bytes");
    }

    private (MqttClient, LoopbackBroker, Clock) Connected(int version, byte[]? connAck5 = null, int maxInflight = 8)
    {
        var options = new MqttClientOptions
        {
            ClientId = "esp32-01",
            Version = version,
            RandomSeed = 1,
            MaxInflight = maxInflight,
            TopicAliasMaximum = 8,
        };
        var broker = new LoopbackBroker { ConnAck5 = connAck5 };
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

    /// <summary>One received message: the broker sends <paramref name="packet"/>, the client handles and acknowledges it
    /// (QoS 2: PUBREC, then PUBREL → PUBCOMP on a second poll).</summary>
    private static System.Action ReceiveCycle(MqttClient client, LoopbackBroker broker, Clock clock, byte[] packet, int qos)
    {
        return () =>
        {
            broker.Inject(packet);
            client.Poll(0);
            if (qos == 2)
            {
                client.Poll(0);
            }

            clock.Now += 10;
        };
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
