using System.Diagnostics;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// Our client against a real mosquitto (its own broker per test, on a free loopback port), in 3.1.1 and 5.0, with
/// MQTTnet as the independent peer.
/// </summary>
public class ClientBrokerTests(ITestOutputHelper output)
{
    public static readonly TheoryData<int> Versions = new() { MqttVersion.V311, MqttVersion.V500 };

    private static readonly TimeSpan Generous = ClientHarness.Timeout;

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task PublishesAndReceivesAtEveryQos(int version)
    {
        using var broker = MosquittoBroker.Start();
        using var peer = await Peer.ConnectAsync(broker, "peer-" + version);
        var fromUs = Collect(peer);
        await peer.SubscribeAsync("qos/from-client/#", MqttQualityOfServiceLevel.ExactlyOnce);

        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "client-qos-" + version, version));
        client.Subscribe("qos/to-client/#", 2);

        for (int qos = 0; qos <= 2; qos++)
        {
            int id = client.Publish("qos/from-client/" + qos, "out " + qos, qos);
            if (qos > 0)
            {
                Assert.True(id > 0);
                Assert.Equal(0, client.WaitCompleted(id));
            }

            await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("qos/to-client/" + qos)
                .WithPayload("in " + qos).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos).Build());
            var received = client.WaitMessage(m => m.Topic == "qos/to-client/" + qos, "qos " + qos + " message");
            Assert.Equal("in " + qos, received.Text);
            Assert.Equal(qos, received.Qos);
            Assert.False(received.Retain);
        }

        for (int qos = 0; qos <= 2; qos++)
        {
            var message = await fromUs.WaitAsync(m => m.Topic == "qos/from-client/" + qos);
            Assert.Equal("out " + qos, message.ConvertPayloadToString());
            Assert.Equal((MqttQualityOfServiceLevel)qos, message.QualityOfServiceLevel);
        }

        Assert.Equal(3, client.Messages.Length);
        Assert.Equal(0, client.Client.InflightCount);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task RetainedMessagesReachLateSubscribersBothWays(int version)
    {
        using var broker = MosquittoBroker.Start();
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "client-retain-" + version, version));
        int id = client.Publish("retained/from-client", "kept by broker", 1, retain: true);
        Assert.True(client.WaitCompleted(id) < 0x80); // 5.0: 0x10 No matching subscribers is a success

        using var peer = await Peer.ConnectAsync(broker, "peer-retain-" + version);
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("retained/from-peer").WithPayload("peer state")
            .WithRetainFlag().WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        var late = Collect(peer);
        await peer.SubscribeAsync("retained/from-client", MqttQualityOfServiceLevel.AtLeastOnce);
        var seen = await late.WaitAsync(m => m.Topic == "retained/from-client");
        Assert.True(seen.Retain);
        Assert.Equal("kept by broker", seen.ConvertPayloadToString());

        client.Subscribe("retained/from-peer", 1);
        var received = client.WaitMessage(m => m.Topic == "retained/from-peer", "retained message");
        Assert.True(received.Retain);
        Assert.Equal("peer state", received.Text);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task WillIsPublishedOnAnAbruptCloseAndNotOnACleanDisconnect(int version)
    {
        using var broker = MosquittoBroker.Start();
        using var watcher = await Peer.ConnectAsync(broker, "will-watcher-" + version);
        var wills = Collect(watcher);
        await watcher.SubscribeAsync("status/#", MqttQualityOfServiceLevel.AtLeastOnce);

        var options = ClientHarness.OptionsFor(broker, "will-abrupt-" + version, version);
        options.WillTopic = "status/abrupt";
        options.WillPayload = Encoding.UTF8.GetBytes("offline");
        options.WillQos = 1;
        using (var abrupt = ClientHarness.Start(options))
        {
            abrupt.Faults.Cut(); // the socket closes without DISCONNECT
            var will = await wills.WaitAsync(m => m.Topic == "status/abrupt");
            Assert.Equal("offline", will.ConvertPayloadToString());
        }

        var cleanOptions = ClientHarness.OptionsFor(broker, "will-clean-" + version, version);
        cleanOptions.WillTopic = "status/clean";
        cleanOptions.WillPayload = Encoding.UTF8.GetBytes("offline");
        cleanOptions.WillQos = 1;
        var clean = ClientHarness.Start(cleanOptions);
        clean.Client.Stop(); // DISCONNECT with reason 0: the broker discards the will
        clean.Dispose();
        await WaitForLog(broker, "Client will-clean-" + version + " disconnected");

        // Anything the broker published for that disconnect went out before this marker.
        await watcher.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("status/marker").WithPayload("m")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await wills.WaitAsync(m => m.Topic == "status/marker");
        Assert.DoesNotContain(wills.All, m => m.Topic == "status/clean");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task PersistentSessionReceivesWhatWasQueuedWhileAway(int version)
    {
        using var broker = MosquittoBroker.Start();
        var options = ClientHarness.OptionsFor(broker, "persistent-" + version, version);
        options.CleanStart = version == MqttVersion.V500; // 5.0: a fresh session that outlives the connection
        options.SessionExpirySeconds = 3600;
        using var client = ClientHarness.Start(options);
        client.Subscribe("away/#", 2);
        client.Client.Stop();
        client.WaitDisconnected(1);

        using (var peer = await Peer.ConnectAsync(broker, "away-publisher-" + version))
        {
            for (int i = 0; i < 10; i++)
            {
                await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("away/" + i).WithPayload("m" + i)
                    .WithQualityOfServiceLevel(i % 2 == 0 ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.ExactlyOnce).Build());
            }
        }

        client.Client.Start();
        Assert.True(client.WaitConnected(2), "the broker kept the session (Session Present 1)");
        for (int i = 0; i < 10; i++)
        {
            var message = client.WaitMessage(m => m.Topic == "away/" + i, "queued message " + i);
            Assert.Equal("m" + i, message.Text);
            Assert.Equal(i % 2 == 0 ? 1 : 2, message.Qos);
        }

        Assert.Equal(10, client.Messages.Length);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ResubscribesWhenTheRestartedBrokerLostTheSession(int version)
    {
        using var broker = MosquittoBroker.Start(); // no persistence: a restart forgets every session
        var options = ClientHarness.OptionsFor(broker, "resubscribe-" + version, version);
        options.CleanStart = version == MqttVersion.V500;
        options.SessionExpirySeconds = 3600;
        using var client = ClientHarness.Start(options);
        client.Subscribe("lost/#", 1);

        broker.Kill();
        client.WaitDisconnected(1);
        broker.Restart();
        Assert.False(client.WaitConnected(2), "Session Present 0 after the broker lost the session");
        client.WaitSubAcks(2); // the client sent SUBSCRIBE again on its own

        using var peer = await Peer.ConnectAsync(broker, "lost-publisher-" + version);
        await peer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("lost/after").WithPayload("again")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.Equal("again", client.WaitMessage(m => m.Topic == "lost/after", "message after resubscription").Text);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DetectsAHalfOpenConnectionWithinOneAndAHalfKeepAlives(int version)
    {
        const int keepAliveSeconds = 3;
        using var broker = MosquittoBroker.Start();
        using var proxy = new TcpFaultProxy(broker.Port);
        var options = ClientHarness.OptionsFor(broker, "half-open-" + version, version, proxy.Port);
        options.KeepAliveSeconds = keepAliveSeconds;
        using var client = ClientHarness.Start(options);
        Assert.True(SpinWait.SpinUntil(() => proxy.OpenLinks == 1, Generous));

        var clock = Stopwatch.StartNew();
        Assert.Equal(1, proxy.BlackHoleOpenLinks()); // both ends stay open; nothing passes any more
        var (reason, _) = client.WaitDisconnected(1);
        var detectedAfter = clock.Elapsed;

        output.WriteLine($"half-open connection detected after {detectedAfter.TotalSeconds:F2} s (keep-alive {keepAliveSeconds} s)");
        Assert.Equal(ConnectionReason.KeepAliveTimeout, reason);
        // 1.5 keep-alives at most (4.5 s), plus 1.25 s for thread scheduling on a loaded machine: still short of the
        // 6 s that a client waiting two keep-alives would need.
        Assert.True(detectedAfter < TimeSpan.FromSeconds((keepAliveSeconds * 1.5) + 1.25), $"detected after {detectedAfter}");
        client.WaitConnected(2); // new connections through the proxy work again
        Assert.Equal(2, proxy.Accepted);
    }

    private static async Task WaitForLog(MosquittoBroker broker, string text)
    {
        var clock = Stopwatch.StartNew();
        while (!broker.Log.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < Generous, $"'{text}' not in the broker log:\n{broker.Log}");
            await Task.Delay(20);
        }
    }

    private static MessageLog Collect(IMqttClient client)
    {
        var log = new MessageLog();
        client.ApplicationMessageReceivedAsync += e =>
        {
            log.Add(e.ApplicationMessage);
            return Task.CompletedTask;
        };
        return log;
    }

    /// <summary>Messages an MQTTnet peer received, with a wait for one that matches.</summary>
    private sealed class MessageLog
    {
        private readonly List<MqttApplicationMessage> _all = [];
        private readonly SemaphoreSlim _added = new(0);

        public MqttApplicationMessage[] All
        {
            get
            {
                lock (_all)
                {
                    return [.. _all];
                }
            }
        }

        public void Add(MqttApplicationMessage message)
        {
            lock (_all)
            {
                _all.Add(message);
            }

            _added.Release();
        }

        public async Task<MqttApplicationMessage> WaitAsync(Func<MqttApplicationMessage, bool> match)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var found = All.FirstOrDefault(match);
                if (found != null)
                {
                    return found;
                }

                var left = Generous - clock.Elapsed;
                Assert.True(left > TimeSpan.Zero, "the peer did not receive the expected message");
                await _added.WaitAsync(left);
            }
        }
    }
}
