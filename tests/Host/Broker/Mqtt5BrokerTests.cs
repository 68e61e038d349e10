using System.Diagnostics;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// MQTT 5 against a real mosquitto configured by each test: the broker's limits honoured without a DISCONNECT, topic
/// aliases on the wire, message properties, subscription identifiers and options round-tripping through the broker.
/// </summary>
public class Mqtt5BrokerTests
{
    private const int V5 = MqttVersion.V500;

    [Fact]
    public void MaximumPacketSizeIsHonouredBothWays()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxPacketSize = 300 });
        var recorder = new WireRecorder(new TcpTransport());
        var options = ClientHarness.OptionsFor(broker, "mps", V5);
        options.ReceiveBufferSize = 512;
        using var client = StartWith(options, recorder);
        Assert.Equal(300, client.Client.BrokerMaximumPacketSize);
        client.Subscribe("mps/#", 1);

        int sentBefore = recorder.Sent.Length;
        byte[] big = new byte[400];
        Assert.Equal(PublishStatus.OverBrokerMaximumPacketSize, client.Client.Publish("mps/big", big, 0, big.Length, 1, false));
        Assert.Equal(sentBefore, recorder.Sent.Length);

        int id = client.Publish("mps/small", new string('s', 200), 1);
        Assert.Equal(0, client.WaitCompleted(id) & 0x80);
        Assert.Equal(200, client.WaitMessage(m => m.Topic == "mps/small", "small message").Payload.Length);
        Assert.DoesNotContain(client.Events, e => !e.Connected);
    }

    [Fact]
    public async Task OurMaximumPacketSizeKeepsLargerMessagesAway()
    {
        using var broker = MosquittoBroker.Start();
        var options = ClientHarness.OptionsFor(broker, "ours", V5);
        options.ReceiveBufferSize = 256;
        using var client = ClientHarness.Start(options);
        client.Subscribe("ours/#", 1);
        using var peer = await Peer.ConnectAsync(broker, "ours-peer");
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("ours/big").WithPayload(new byte[1000])
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("ours/small").WithPayload("fits")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        client.WaitMessage(m => m.Topic == "ours/small", "small message");
        Assert.DoesNotContain(client.Messages, m => m.Topic == "ours/big");
        Assert.DoesNotContain(client.Events, e => !e.Connected);
    }

    [Fact]
    public void ReceiveMaximumCapsTheInflightWindow()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxInflightMessages = 2 });
        var recorder = new WireRecorder(new TcpTransport());
        using var client = StartWith(ClientHarness.OptionsFor(broker, "rm", V5), recorder);
        Assert.Equal(2, client.Client.BrokerReceiveMaximum);
        Assert.Equal(2, client.Client.InflightWindow);
        var ids = Enumerable.Range(0, 30).Select(i => client.Publish("rm/" + (i % 3), "n" + i, 1 + (i % 2))).ToArray();
        foreach (int id in ids)
        {
            Assert.True(client.WaitCompleted(id) < 0x80);
        }

        // On the wire: never more than two QoS 1/2 PUBLISH unacknowledged, and the window was used.
        Assert.Equal(30, recorder.Sent.Count(p => p[0] >> 4 == PacketType.Publish));
        Assert.Equal(2, recorder.MostOutstanding());
        Assert.DoesNotContain(client.Events, e => !e.Connected);
        Assert.Equal(0, client.Client.InflightCount);
    }

    [Fact]
    public void MaximumQosAndRetainAvailableGetStatusesNotDisconnects()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxQos = 1, ExtraLines = ["retain_available false"] });
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "mq", V5));
        Assert.Equal(1, client.Client.BrokerMaximumQos);
        Assert.False(client.Client.BrokerRetainAvailable);
        byte[] body = [1, 2];
        Assert.Equal(PublishStatus.QosNotSupported, client.Client.Publish("mq/t", body, 0, 2, 2, false));
        Assert.Equal(PublishStatus.RetainNotSupported, client.Client.Publish("mq/t", body, 0, 2, 1, true));
        client.Subscribe("mq/#", 1);
        int id = client.Publish("mq/t", "ok", 1);
        Assert.Equal(0, client.WaitCompleted(id));
        client.WaitMessage(m => m.Topic == "mq/t", "QoS 1 message");
        Assert.DoesNotContain(client.Events, e => !e.Connected);
    }

    [Fact]
    public async Task OutboundTopicAliasesShrinkTheWireWithinTheBrokersMaximum()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxTopicAlias = 2 });
        using var peer = await Peer.ConnectAsync(broker, "alias-peer");
        var seen = new List<string>();
        peer.ApplicationMessageReceivedAsync += e =>
        {
            lock (seen)
            {
                seen.Add(e.ApplicationMessage.Topic);
            }

            return Task.CompletedTask;
        };
        await peer.SubscribeAsync("alias/#", MqttQualityOfServiceLevel.AtLeastOnce);

        var recorder = new WireRecorder(new TcpTransport());
        using var client = StartWith(ClientHarness.OptionsFor(broker, "alias", V5), recorder);
        Assert.Equal(2, client.Client.OutboundTopicAliasLimit);
        string[] topics = ["alias/devices/esp32-01/telemetry/climate", "alias/devices/esp32-01/telemetry/gps", "alias/rare"];
        int last = 0;
        for (int i = 0; i < 30; i++)
        {
            last = client.Publish(topics[i % 10 == 9 ? 2 : i % 2], "m" + i, 1);
        }

        Assert.Equal(0, client.WaitCompleted(last) & 0x80);
        var published = recorder.SentPublishes(V5);
        Assert.Equal(30, published.Length);
        int aliasOnly = published.Count(p => p.TopicLength == 0 && p.TopicAlias > 0);
        Assert.True(aliasOnly >= 20, $"{aliasOnly} alias-only PUBLISH");
        Assert.All(published, p => Assert.InRange(p.TopicAlias, 0, 2));
        long wire = recorder.Sent.Where(p => p[0] >> 4 == PacketType.Publish).Sum(p => (long)p.Length);
        long unaliased = Enumerable.Range(0, 30).Sum(i =>
            (long)PublishSize(topics[i % 10 == 9 ? 2 : i % 2], "m" + i));
        Assert.Equal(unaliased - wire, client.Client.TopicAliasBytesSaved);
        Assert.True(client.Client.TopicAliasBytesSaved > 500, $"saved {client.Client.TopicAliasBytesSaved} bytes");

        var clock = Stopwatch.StartNew();
        while (Count(seen) < 30 && clock.Elapsed < ClientHarness.Timeout)
        {
            await Task.Delay(20);
        }

        lock (seen)
        {
            Assert.Equal(30, seen.Count);
            Assert.Equal(27, seen.Count(t => t != topics[2]));
            Assert.Equal(3, seen.Count(t => t == topics[2]));
        }

        Assert.DoesNotContain(client.Events, e => !e.Connected);
    }

    [Fact]
    public async Task InboundTopicAliasesMapBackToTheirTopics()
    {
        using var broker = MosquittoBroker.Start();
        var options = ClientHarness.OptionsFor(broker, "inbound-alias", V5);
        options.TopicAliasMaximum = 2;
        var aliasing = new AliasingTransport(new TcpTransport(), options.TopicAliasMaximum);
        using var client = StartWith(options, aliasing);
        var log = new PropertyLog(client.Client);
        client.Subscribe("in/#", 1);
        using var peer = await Peer.ConnectAsync(broker, "inbound-peer");
        string[] topics = ["in/devices/esp32-01/cmd/interval", "in/devices/esp32-01/cmd/led", "in/third"];
        for (int i = 0; i < 30; i++)
        {
            await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics[i % 3]).WithPayload("m" + i)
                .WithUserProperty("n", Encoding.UTF8.GetBytes(i.ToString()).AsMemory()).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)(i % 3)).Build());
        }

        client.WaitMessage(m => client.Messages.Length >= 30, "30 messages");
        var messages = client.Messages;
        for (int i = 0; i < 30; i++)
        {
            Assert.Contains(messages, m => m.Text == "m" + i && m.Topic == topics[i % 3]);
        }

        Assert.Equal(0, aliasing.AliasedByBroker);
        Assert.Equal(18, aliasing.AliasOnly); // two topics aliased, each after its first message
        log.Wait(m => m.Topic == topics[29 % 3] && log.All.Length >= 30); // the log's handler runs after the harness's
        Assert.Equal(18, log.All.Count(m => m.ViaAlias));
        Assert.True(aliasing.BytesSaved > 18 * 20, $"saved {aliasing.BytesSaved} bytes");
        Assert.DoesNotContain(client.Events, e => !e.Connected);
    }

    [Fact]
    public async Task MessagePropertiesRoundTripThroughTheBroker()
    {
        using var broker = MosquittoBroker.Start();
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "props", V5));
        var log = new PropertyLog(client.Client);
        client.Subscribe("props/#", 1);
        using var peer = await Peer.ConnectAsync(broker, "props-peer");
        MqttApplicationMessage? atPeer = null;
        peer.ApplicationMessageReceivedAsync += e =>
        {
            atPeer = e.ApplicationMessage;
            return Task.CompletedTask;
        };
        await peer.SubscribeAsync("props/#", MqttQualityOfServiceLevel.AtLeastOnce);

        var message = new OutgoingMessage { Topic = "props/out", Qos = 1 };
        message.SetPayload([0x7B, 0x7D], 0, 2);
        message.Properties.AddUserProperty("unit", "celsius");
        message.Properties.AddUserProperty("board", "esp32");
        message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 120);
        message.Properties.SetString(PropertyId.ContentType, "application/json");
        message.Properties.SetInteger(PropertyId.PayloadFormatIndicator, 1);
        message.Properties.SetString(PropertyId.ResponseTopic, "props/replies");
        message.Properties.SetBinary(PropertyId.CorrelationData, [0xCA, 0xFE], 0, 2);
        Assert.Equal(0, client.WaitCompleted(client.Client.Publish(message)));

        var got = log.Wait(m => m.Topic == "props/out");
        Assert.Equal(["unit=celsius", "board=esp32"], got.User);
        Assert.InRange(got.Expiry, 1, 120);
        Assert.Equal("application/json", got.ContentType);
        Assert.Equal(1, got.Format);
        Assert.Equal("props/replies", got.ResponseTopic);
        Assert.Equal([0xCA, 0xFE], got.Correlation);

        var clock = Stopwatch.StartNew();
        while (atPeer == null && clock.Elapsed < ClientHarness.Timeout)
        {
            await Task.Delay(20);
        }

        Assert.NotNull(atPeer);
        Assert.Equal("application/json", atPeer!.ContentType);
        Assert.Equal("props/replies", atPeer.ResponseTopic);
        Assert.Equal([0xCA, 0xFE], atPeer.CorrelationData);
        Assert.Contains(atPeer.UserProperties, p => p.Name == "unit" && Encoding.UTF8.GetString(p.ValueBuffer.ToArray()) == "celsius");
    }

    [Fact]
    public async Task MessageExpiryIsCountedDownByTheBrokerForAnOfflineSession()
    {
        using var broker = MosquittoBroker.Start();
        var options = ClientHarness.OptionsFor(broker, "expiry-sub", V5);
        options.CleanStart = false;
        options.SessionExpirySeconds = 60;
        using var client = ClientHarness.Start(options);
        var log = new PropertyLog(client.Client);
        client.Subscribe("expiry/#", 1);
        client.Client.Stop();

        using var peer = await Peer.ConnectAsync(broker, "expiry-peer");
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("expiry/short").WithPayload("gone")
            .WithMessageExpiryInterval(1).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("expiry/long").WithPayload("kept")
            .WithMessageExpiryInterval(100).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await Task.Delay(2500);

        client.Client.Start();
        var kept = log.Wait(m => m.Topic == "expiry/long");
        Assert.InRange(kept.Expiry, 1, 98); // the broker sends what is left of the interval
        Assert.DoesNotContain(log.All, m => m.Topic == "expiry/short");
    }

    [Fact]
    public async Task TheWillDelayLetsAQuickReconnectCancelTheWill()
    {
        using var broker = MosquittoBroker.Start();
        using var watcher = await Peer.ConnectAsync(broker, "will-watcher");
        var wills = new List<string>();
        watcher.ApplicationMessageReceivedAsync += e =>
        {
            lock (wills)
            {
                wills.Add(e.ApplicationMessage.Topic);
            }

            return Task.CompletedTask;
        };
        await watcher.SubscribeAsync("will/#", MqttQualityOfServiceLevel.AtLeastOnce);

        ClientHarness Connect(string id)
        {
            var options = ClientHarness.OptionsFor(broker, id, V5);
            options.CleanStart = false;
            options.SessionExpirySeconds = 60;
            options.WillTopic = "will/" + id;
            options.WillPayload = Encoding.UTF8.GetBytes("offline");
            options.WillQos = 1;
            options.WillDelaySeconds = 2;
            return ClientHarness.Start(options);
        }

        using var back = Connect("back");
        using var gone = Connect("gone");
        back.Faults.Cut(); // reconnects at once, inside the delay: no will
        gone.Faults.FailConnects(1000, TransportStatus.Refused);
        gone.Faults.Cut(); // stays away: the will comes after the delay
        back.WaitConnected(2);

        var clock = Stopwatch.StartNew();
        while (!Contains(wills, "will/gone") && clock.Elapsed < ClientHarness.Timeout)
        {
            await Task.Delay(50);
        }

        Assert.True(Contains(wills, "will/gone"), "the will of a client that stayed away");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), "not before the delay");
        Assert.False(Contains(wills, "will/back"), "a reconnect within the delay cancels the will");
    }

    [Fact]
    public async Task ARequestIsAnsweredAndMatchedThroughTheBroker()
    {
        using var broker = MosquittoBroker.Start();
        using var responder = await Peer.ConnectAsync(broker, "responder");
        responder.ApplicationMessageReceivedAsync += e => responder.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(e.ApplicationMessage.ResponseTopic).WithCorrelationData(e.ApplicationMessage.CorrelationData)
            .WithPayload("pong").Build());
        await responder.SubscribeAsync("service/ping", MqttQualityOfServiceLevel.AtLeastOnce);

        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "requester", V5));
        var correlator = new RequestCorrelator("replies/requester", 4);
        var answered = new List<int>();
        client.Client.MessageReceived += (_, m) =>
        {
            int number = correlator.Match(m);
            if (number > 0)
            {
                lock (answered)
                {
                    answered.Add(number);
                }
            }
        };
        client.Subscribe("replies/requester", 1);
        var request = new OutgoingMessage { Topic = "service/ping", Qos = 1 };
        int first = correlator.Prepare(request);
        Assert.True(client.Client.Publish(request) > 0);
        int second = correlator.Prepare(request);
        Assert.True(client.Client.Publish(request) > 0);
        client.WaitMessage(m => m.Topic == "replies/requester" && client.Messages.Length >= 2, "two replies");

        // The harness records a message before this test's handler runs (same event, added later): wait for it too.
        var clock = Stopwatch.StartNew();
        while (Count(answered) < 2 && clock.Elapsed < ClientHarness.Timeout)
        {
            await Task.Delay(10);
        }

        lock (answered)
        {
            Assert.Equal([first, second], answered.Order());
        }

        Assert.Equal(0, correlator.PendingCount);
    }

    [Fact]
    public async Task SubscriptionIdentifiersTellWhichSubscriptionAMessageCameThrough()
    {
        using var broker = MosquittoBroker.Start();
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "subid", V5));
        var log = new PropertyLog(client.Client);
        Assert.True(client.Client.BrokerSubscriptionIdentifiersAvailable);
        Assert.True(client.Client.Subscribe("cmd/led", 1, false, false, 0, 11) > 0);
        Assert.True(client.Client.Subscribe("cfg/#", 1, false, false, 0, 22) > 0);
        client.WaitSubAcks(2);
        using var peer = await Peer.ConnectAsync(broker, "subid-peer");
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("cmd/led").WithPayload("on").Build());
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("cfg/rate").WithPayload("5").Build());
        Assert.Equal([11], log.Wait(m => m.Topic == "cmd/led").SubscriptionIds);
        Assert.Equal([22], log.Wait(m => m.Topic == "cfg/rate").SubscriptionIds);
    }

    [Fact]
    public async Task NoLocalAndRetainAsPublishedRoundTrip()
    {
        using var broker = MosquittoBroker.Start();
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "opts", V5));
        var log = new PropertyLog(client.Client);
        Assert.True(client.Client.Subscribe("nl/#", 1, true, false, 0, 1) > 0);
        Assert.True(client.Client.Subscribe("rap/#", 1, false, true, 0, 2) > 0);
        Assert.True(client.Client.Subscribe("norap/#", 1, false, false, 0, 3) > 0);
        client.WaitSubAcks(3);

        client.Publish("nl/own", "mine", 1);
        using var peer = await Peer.ConnectAsync(broker, "opts-peer");
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("nl/peer").WithPayload("theirs").Build());
        log.Wait(m => m.Topic == "nl/peer");
        Assert.DoesNotContain(log.All, m => m.Topic == "nl/own");

        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("rap/x").WithPayload("r").WithRetainFlag().Build());
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("norap/x").WithPayload("r").WithRetainFlag().Build());
        Assert.True(log.Wait(m => m.Topic == "rap/x").Retain, "Retain As Published keeps the flag");
        Assert.False(log.Wait(m => m.Topic == "norap/x").Retain, "without it a live message arrives with retain 0");
    }

    [Fact]
    public async Task RetainHandlingChoosesWhenRetainedMessagesCome()
    {
        using var broker = MosquittoBroker.Start();
        using var peer = await Peer.ConnectAsync(broker, "rh-peer");
        foreach (string topic in new[] { "rh0/t", "rh1/t", "rh2/t" })
        {
            await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload("kept").WithRetainFlag()
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        }

        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "rh", V5));
        for (int handling = 0; handling <= 2; handling++)
        {
            Assert.True(client.Client.Subscribe("rh" + handling + "/#", 1, false, false, handling, 0) > 0);
        }

        client.WaitSubAcks(3);
        client.WaitMessage(m => m.Topic == "rh0/t", "retained at subscribe (0)");
        client.WaitMessage(m => m.Topic == "rh1/t", "retained for a new subscription (1)");

        // Subscribing again: 0 sends again, 1 does not (the subscription exists), 2 never sends.
        Assert.True(client.Client.Subscribe("rh0/#", 1, false, false, 0, 0) > 0);
        Assert.True(client.Client.Subscribe("rh1/#", 1, false, false, 1, 0) > 0);
        client.WaitSubAcks(5);
        client.WaitMessage(m => m.Topic == "rh0/t" && client.Messages.Count(x => x.Topic == "rh0/t") == 2, "rh0 again");
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("rh2/t").WithPayload("live").Build());
        client.WaitMessage(m => m.Topic == "rh2/t", "live message on rh2");
        Assert.Single(client.Messages, m => m.Topic == "rh1/t");
        Assert.Single(client.Messages, m => m.Topic == "rh2/t");
        Assert.Equal("live", client.Messages.Single(m => m.Topic == "rh2/t").Text);
    }

    [Fact]
    public void ServerKeepAliveAndAssignedClientIdentifierAreUsed()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { ExtraLines = ["max_keepalive 10"] });
        var options = ClientHarness.OptionsFor(broker, string.Empty, V5);
        options.KeepAliveSeconds = 60;
        options.SessionExpirySeconds = 300;
        using var client = ClientHarness.Start(options);
        Assert.Equal(10, client.Client.KeepAliveSeconds);
        Assert.True(client.Client.AssignedClientIdLength > 0);
        string assigned = Encoding.UTF8.GetString(client.Client.AssignedClientId, 0, client.Client.AssignedClientIdLength);
        client.Subscribe("kept/#", 1);

        client.Faults.Cut();
        Assert.True(client.WaitConnected(2), "the same session, found under the assigned identifier");
        Assert.Equal(assigned, Encoding.UTF8.GetString(client.Client.AssignedClientId, 0, client.Client.AssignedClientIdLength));
    }

    [Fact]
    public void TheSessionExpiryWeAskForIsKeptByAPersistentBroker()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { Persistence = true });
        var options = ClientHarness.OptionsFor(broker, "probe-se", V5);
        options.SessionExpirySeconds = 3600;
        using var client = ClientHarness.Start(options);
        Assert.Equal(3600L, client.Client.SessionExpirySeconds);
    }

    [Fact]
    public void AFailedAuthExchangeIsReported()
    {
        using var broker = MosquittoBroker.Start();
        var authenticator = new RecordingAuthenticator();
        var options = ClientHarness.OptionsFor(broker, "auth", V5);
        options.Authenticator = authenticator;
        var client = new ClientHarness(options);
        try
        {
            client.Client.Start();
            var (reason, code) = client.WaitDisconnected(1);
            Assert.Equal(ConnectionReason.Refused, reason);
            Assert.Equal(ReasonCode.BadAuthenticationMethod, code);
            Assert.Equal(ReasonCode.BadAuthenticationMethod, authenticator.LastCode);
        }
        finally
        {
            client.Dispose();
        }
    }

    private static ClientHarness StartWith(Telemetry.Mqtt.Session.MqttClientOptions options, IMqttTransport transport)
    {
        var harness = new ClientHarness(options, transport);
        harness.Client.Start();
        harness.WaitConnected(1);
        return harness;
    }

    private static bool Contains(List<string> list, string item)
    {
        lock (list)
        {
            return list.Contains(item);
        }
    }

    private static int Count<T>(List<T> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static int PublishSize(string topic, string payload)
    {
        var packet = new PublishPacket { Topic = topic, Qos = 1, PacketId = 1 };
        byte[] body = Encoding.UTF8.GetBytes(payload);
        packet.SetPayload(body, 0, body.Length);
        return PublishEncoder.Size(V5, packet);
    }

    private sealed class RecordingAuthenticator : IMqttAuthenticator
    {
        public int LastCode = -1;

        public string Method => "SCRAM-SHA-256";

        public int Start(byte[] output, int offset, int count)
        {
            output[offset] = (byte)'n';
            return 1;
        }

        public int Continue(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset, int outputCount) => -1;

        public void Completed(int reasonCode, byte[] data, int offset, int length) => LastCode = reasonCode;
    }
}

/// <summary>Messages with their MQTT 5 properties, copied in the handler (host test only).</summary>
public sealed record PropertyMessage(string Topic, bool Retain, string[] User, long Expiry, string? ContentType, long Format,
    string? ResponseTopic, byte[]? Correlation, int[] SubscriptionIds, bool ViaAlias);

public sealed class PropertyLog
{
    private readonly List<PropertyMessage> _all = [];

    public PropertyLog(Telemetry.Mqtt.Session.MqttClient client) => client.MessageReceived += OnMessage;

    public PropertyMessage[] All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public PropertyMessage Wait(Func<PropertyMessage, bool> match)
    {
        var clock = Stopwatch.StartNew();
        lock (_all)
        {
            while (true)
            {
                var found = _all.FirstOrDefault(match);
                if (found != null)
                {
                    return found;
                }

                var left = ClientHarness.Timeout - clock.Elapsed;
                Assert.True(left > TimeSpan.Zero, "no matching message with properties");
                Monitor.Wait(_all, left);
            }
        }
    }

    private void OnMessage(Telemetry.Mqtt.Session.MqttClient client, ReceivedMessage m)
    {
        var p = m.Properties;
        string? Text(int id) => p.Has(id) ? Encoding.UTF8.GetString(p.Buffer, p.GetOffset(id), p.GetLength(id)) : null;
        var user = Enumerable.Range(0, p.UserPropertyCount).Select(i =>
            Encoding.UTF8.GetString(p.Buffer, p.GetUserPropertyNameOffset(i), p.GetUserPropertyNameLength(i)) + "="
            + Encoding.UTF8.GetString(p.Buffer, p.GetUserPropertyValueOffset(i), p.GetUserPropertyValueLength(i))).ToArray();
        byte[]? correlation = p.Has(PropertyId.CorrelationData)
            ? p.Buffer.AsSpan(p.GetOffset(PropertyId.CorrelationData), p.GetLength(PropertyId.CorrelationData)).ToArray()
            : null;
        var ids = Enumerable.Range(0, p.SubscriptionIdentifierCount).Select(p.GetSubscriptionIdentifier).ToArray();
        var message = new PropertyMessage(Encoding.UTF8.GetString(m.TopicBuffer, m.TopicOffset, m.TopicLength), m.Retain, user,
            p.GetInteger(PropertyId.MessageExpiryInterval, 0), Text(PropertyId.ContentType),
            p.GetInteger(PropertyId.PayloadFormatIndicator, 0), Text(PropertyId.ResponseTopic), correlation, ids,
            m.TopicBuffer != m.Buffer);
        lock (_all)
        {
            _all.Add(message);
            Monitor.PulseAll(_all);
        }
    }
}
