using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using Telemetry.HostTests.Broker;
using Telemetry.Simulator;
using Xunit;

namespace Telemetry.HostTests.Firmware;

/// <summary>
/// The host twin end to end: the firmware application with simulated sensors, our MQTT client and TCP transport,
/// against the embedded MQTTnet broker and against mosquitto: telemetry, a command round trip, the will.
/// </summary>
public sealed class SimulatorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("5")]
    [InlineData("3.1.1")]
    public async Task TheDemoShowsTelemetryACommandRoundTripAndTheWillOnTheEmbeddedBroker(string version)
    {
        var options = SimulatorOptions.Parse(["--speed", "5", "--mqtt", version], out string? error)!;
        Assert.Null(error);
        var output = new StringWriter();
        DemoResult result = await Simulation.RunDemoAsync(options, output);
        string text = output.ToString();
        Assert.True(result.Success, text);
        Assert.True(result.Telemetry >= 3, text);
        Assert.Equal(8, result.Discovery);
        using var reply = JsonDocument.Parse(result.Reply!);
        Assert.Equal("ping", reply.RootElement.GetProperty("cmd").GetString());
        Assert.True(reply.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("embedded MQTT broker (MQTTnet) on mqtt://127.0.0.1:", text);
        Assert.Contains(version == "5" ? "[reply]     sim/replies/sim-001 " : "[reply]     telemetry/sim-001/cmd/ping/reply ", text);
        Assert.Contains(version == "5" ? "(correlation data demo-1)" : "done:", text);
        Assert.Contains("[will]      telemetry/sim-001/status offline", text);
        Assert.Contains("[telemetry] telemetry/sim-001/telemetry {\"seq\":1,", text);
    }

    [Fact]
    public async Task TheDemoRunsAgainstMosquittoAndLeavesOfflineRetained()
    {
        using var broker = MosquittoBroker.Start();
        var options = SimulatorOptions.Parse(["--broker", $"mqtt://127.0.0.1:{broker.Port}", "--speed", "5", "--quiet"], out _)!;
        var output = new StringWriter();
        DemoResult result = await Simulation.RunDemoAsync(options, output);
        Assert.True(result.Success, output + broker.Log);

        // A newcomer sees what the broker kept: status offline (the will, retained) and the discovery configs.
        var retained = await RetainedAsync(broker, ["telemetry/sim-001/status", "homeassistant/+/sim-001/+/config"], 9);
        Assert.Equal("offline", retained["telemetry/sim-001/status"]);
        Assert.Equal(8, retained.Keys.Count(k => k.StartsWith("homeassistant/", StringComparison.Ordinal)));
        using var tracker = JsonDocument.Parse(retained["homeassistant/device_tracker/sim-001/location/config"]);
        Assert.Equal("telemetry/sim-001/location", tracker.RootElement.GetProperty("json_attributes_topic").GetString());
    }

    [Fact]
    public async Task CommandsRoundTripThroughMosquittoAndTheWillFollowsACut()
    {
        using var broker = MosquittoBroker.Start();
        var options = new SimulatorOptions { Speed = 5, IntervalSeconds = 2 };
        var clock = new SimulationClock(options.Speed);
        var device = new SimulatedDevice(7, broker.Host, broker.Port, options, clock, null);
        string id = device.Id;
        await using var monitor = await BrokerMonitor.ConnectAsync(broker.Host, broker.Port, [$"telemetry/{id}/#", "app/replies/#"]);
        device.Start();
        using var loop = new CancellationTokenSource();
        var stepping = Task.Run(async () =>
        {
            while (!loop.IsCancellationRequested)
            {
                device.Step();
                await Task.Delay(5);
            }
        });
        try
        {
            Assert.NotNull(await monitor.WaitAsync(m => m.Topic == $"telemetry/{id}/status" && m.Payload == "online", Timeout));
            Assert.NotNull(await monitor.WaitAsync(m => m.Topic == $"telemetry/{id}/telemetry", Timeout));

            await monitor.SendCommandAsync($"telemetry/{id}/cmd/interval", "{\"seconds\": 7}", "app/replies/1", "corr-1");
            var reply = await monitor.WaitAsync(m => m.Topic == "app/replies/1", Timeout);
            Assert.NotNull(reply);
            Assert.Equal("{\"cmd\":\"interval\",\"ok\":true,\"interval_s\":7}", reply.Payload);
            Assert.Equal("corr-1", reply.Correlation);
            Assert.Equal(7, device.Configuration.TelemetryIntervalSeconds);

            await monitor.SendCommandAsync($"telemetry/{id}/cmd/get", "password", "app/replies/2", "corr-2");
            reply = await monitor.WaitAsync(m => m.Topic == "app/replies/2", Timeout);
            Assert.NotNull(reply);
            Assert.Contains("\"ok\":false", reply.Payload);

            await monitor.SendCommandAsync($"telemetry/{id}/cmd/warp", "9", null, null);
            reply = await monitor.WaitAsync(m => m.Topic == $"telemetry/{id}/cmd/warp/reply", Timeout);
            Assert.NotNull(reply);
            Assert.StartsWith("{\"cmd\":\"warp\",\"ok\":false,\"error\":\"unknown command", reply.Payload);

            device.Kill();
            Assert.NotNull(await monitor.WaitAsync(m => m.Topic == $"telemetry/{id}/status" && m.Payload == "offline", Timeout));
        }
        finally
        {
            await loop.CancelAsync();
            await stepping;
            device.Dispose();
        }
    }

    [Fact]
    public async Task AFleetOf100DevicesAtOneSecondFor30SecondsLosesNothing()
    {
        var options = SimulatorOptions.Parse(["--devices", "100", "--interval", "1", "--duration", "30", "--speed", "5", "--quiet"], out _)!;
        var output = new StringWriter();
        FleetResult result = await Simulation.RunFleetAsync(options, output);
        string text = output.ToString();
        Assert.Equal(100, result.Connected);
        Assert.True(result.SimulatedSeconds >= 30, text);
        Assert.True(result.Generated >= 100 * 20, text);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Refused);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(result.Generated, result.Received);
        Assert.Contains("fleet: no loss", text);
    }

    private static async Task<Dictionary<string, string>> RetainedAsync(MosquittoBroker broker, string[] filters, int expected)
    {
        var received = new Dictionary<string, string>();
        using var client = await Peer.ConnectAsync(broker, "retained-check");
        client.ApplicationMessageReceivedAsync += e =>
        {
            lock (received)
            {
                if (e.ApplicationMessage.Retain)
                {
                    received[e.ApplicationMessage.Topic] = e.ApplicationMessage.ConvertPayloadToString();
                }
            }

            return Task.CompletedTask;
        };
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (string filter in filters)
        {
            subscribe.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        await client.SubscribeAsync(subscribe.Build());
        var end = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < end)
        {
            lock (received)
            {
                if (received.Count >= expected)
                {
                    break;
                }
            }

            await Task.Delay(20);
        }

        await client.DisconnectAsync();
        lock (received)
        {
            return new Dictionary<string, string>(received);
        }
    }
}
