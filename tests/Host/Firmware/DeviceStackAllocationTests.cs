using System.Text;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Messaging;
using Telemetry.HostTests.Drivers;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Xunit;

namespace Telemetry.HostTests.Firmware;

/// <summary>
/// The whole device stack on one thread, as the device runs it: the application, <see cref="MqttClientSession"/>
/// and our <see cref="MqttClient"/> (pumped with Poll) over a transport that acknowledges like a broker. Telemetry
/// cycles with their PUBACKs and keep-alive, and commands arriving as PUBLISH packets with a Response Topic and
/// Correlation Data, allocate nothing after start-up.
/// </summary>
public sealed class DeviceStackAllocationTests
{
    private sealed class StepClock : IClock, ISessionClock
    {
        public long Milliseconds { get; private set; } = 1000;

        public void Advance(long milliseconds) => Milliseconds += milliseconds;
    }

    private sealed class FixedSystem : ISystem
    {
        public byte[] MacAddress { get; } = [2, 0, 0, 0, 0, 3];

        public long FreeMemoryBytes() => 81920;

        public bool TryGetUtcNow(out DateTime utc)
        {
            utc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            return true;
        }

        public void Reboot()
        {
        }

        public void DeepSleep(int seconds)
        {
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(4)]
    public void TelemetryAndCommandsThroughOurClientAllocateNothing(int version)
    {
        var clock = new StepClock();
        var configuration = new DeviceConfiguration { DeviceId = "stack-1", TopicPrefix = "t", MqttVersion = version };
        var system = new FixedSystem();
        configuration.ApplyDefaults(system.MacAddress);
        var transport = new AckingTransport(version);
        var client = new MqttClient(MqttClientSession.CreateOptions(configuration, new DeviceTopics(configuration)), transport, clock);
        var session = new MqttClientSession(client, false);
        var nmea = new CyclingNmeaSource(HostNmea.Bytes(HostNmea.Transcript()), 64, 8);
        var app = new TelemetryApplication(
            configuration,
            session,
            new GpsReceiver(nmea, clock, new GpsConfiguration()),
            new BatteryMonitor(new NoisyAdc(5), clock, new BatteryConfiguration()),
            new ClimateSensor(new SteadyClimateSource(), clock, new ClimateConfiguration()),
            clock,
            system);
        app.Start();
        for (int i = 0; i < 20 && !session.IsConnected; i++)
        {
            session.Poll(0);
            app.Step();
        }

        Assert.True(session.IsConnected);
        byte[][] commands = Commands(version, 16);
        int next = 0;

        void Run(int cycles)
        {
            for (int i = 0; i < cycles; i++)
            {
                clock.Advance(30000);
                nmea.NextEpoch();
                byte[] command = commands[next++ % commands.Length];
                transport.Inject(command, 0, command.Length);
                session.Poll(0);
                app.Step();
                session.Poll(0);
            }
        }

        Run(200);
        long telemetry = app.Counters.TelemetrySent;
        long commandsRun = app.Counters.CommandsRun;
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(2000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(session.IsConnected);
        Assert.Equal(2000, app.Counters.TelemetrySent - telemetry);
        Assert.Equal(2000, app.Counters.CommandsRun - commandsRun);
        Assert.Equal(0, app.Counters.CommandDuplicates);
        Assert.Equal(0, app.Counters.TelemetryFailed);
        Assert.Equal(0, app.Counters.RepliesFailed);
        Assert.Equal(0, allocated);
    }

    // QoS 1 PUBLISH packets of ping and get commands, each with its own Correlation Data (more than the duplicate
    // filter remembers, so every one runs) and, in 5.0, a Response Topic.
    private static byte[][] Commands(int version, int count)
    {
        var result = new byte[count][];
        var packet = new PublishPacket();
        for (int i = 0; i < count; i++)
        {
            packet.Topic = i % 2 == 0 ? "t/stack-1/cmd/ping" : "t/stack-1/cmd/get";
            byte[] payload = Encoding.UTF8.GetBytes(i % 2 == 0 ? "" : "telemetry_interval");
            packet.SetPayload(payload, 0, payload.Length);
            packet.Qos = 1;
            packet.PacketId = 100 + i;
            packet.Properties.Clear();
            packet.Properties.SetString(PropertyId.ResponseTopic, "app/replies");
            byte[] correlation = Encoding.UTF8.GetBytes("request-" + i);
            packet.Properties.SetBinary(PropertyId.CorrelationData, correlation, 0, correlation.Length);
            var buffer = new byte[256];
            int length = PublishEncoder.Encode(buffer, 0, buffer.Length, version, packet);
            Assert.True(length > 0);
            result[i] = buffer[..length];
        }

        return result;
    }
}
