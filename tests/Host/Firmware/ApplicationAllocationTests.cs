using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Messaging;
using Telemetry.HostTests.Drivers;
using Xunit;

namespace Telemetry.HostTests.Firmware;

/// <summary>
/// The application loop allocates nothing after start-up: per telemetry cycle (sensors read, JSON written,
/// telemetry and location published) and per command (parsed, run, reply written and sent), measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> after a warm-up.
/// </summary>
public sealed class ApplicationAllocationTests
{
    private sealed class FixedSystem : ISystem
    {
        public byte[] MacAddress { get; } = [2, 0, 0, 0, 0, 1];

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

    private readonly ManualClock _clock = new(1000);
    private readonly CyclingNmeaSource _nmea = new(HostNmea.Bytes(HostNmea.Transcript()), 64, 8);
    private readonly CountingSession _session;
    private readonly TelemetryApplication _app;

    public ApplicationAllocationTests()
    {
        _session = new CountingSession(5);
        var configuration = new DeviceConfiguration { DeviceId = "alloc-1", TopicPrefix = "t" };
        configuration.ApplyDefaults([2, 0, 0, 0, 0, 1]);
        var gps = new GpsReceiver(_nmea, _clock, new GpsConfiguration());
        var battery = new BatteryMonitor(new NoisyAdc(3), _clock, new BatteryConfiguration());
        var climate = new ClimateSensor(new SteadyClimateSource(), _clock, new ClimateConfiguration());
        _app = new TelemetryApplication(configuration, _session, gps, battery, climate, _clock, new FixedSystem());
        _app.Start();
        _session.Connect();
        _app.Step();
    }

    [Fact]
    public void ATelemetryCycleAllocatesNothing()
    {
        Cycles(200);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long published = _session.Publishes;
        Cycles(2000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(_session.Publishes - published >= 2000, "a telemetry message per cycle");
        string telemetry = System.Text.Encoding.UTF8.GetString(_app.LastTelemetry.Buffer, 0, _app.LastTelemetry.Length);
        Assert.Contains("\"battery_v\"", telemetry);
        Assert.Contains("\"temp_c\"", telemetry);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void CommandsAllocateNothing()
    {
        InboundMessage[] commands =
        [
            CountingSession.Prepare("t/alloc-1/cmd/ping", "", null, null, false, 1),
            CountingSession.Prepare("t/alloc-1/cmd/interval", "{\"seconds\": 15}", "app/r", "c-1", false, 2),
            CountingSession.Prepare("t/alloc-1/cmd/interval", "0", null, null, false, 3),
            CountingSession.Prepare("t/alloc-1/cmd/get", "telemetry_interval", "app/r", null, false, 4),
            CountingSession.Prepare("t/alloc-1/cmd/get", "password", null, null, false, 5),
            CountingSession.Prepare("t/alloc-1/cmd/publish", "", null, null, false, 6),
            CountingSession.Prepare("t/alloc-1/cmd/sleep", "never", null, null, false, 7),
            CountingSession.Prepare("t/alloc-1/cmd/frobnicate", "{\"x\":1}", null, null, false, 8),
            CountingSession.Prepare("t/alloc-1/cmd/ping", "", null, null, true, 1),
        ];

        RunCommands(commands, 50);
        long replies = _session.Replies;
        long before = GC.GetAllocatedBytesForCurrentThread();
        RunCommands(commands, 500);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(500 * commands.Length, _session.Replies - replies);
        Assert.True(_app.Counters.CommandErrors > 0 && _app.Counters.CommandDuplicates > 0, "errors and duplicates exercised");
        Assert.Equal(0, allocated);
    }

    private void Cycles(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _clock.Advance(30000);
            _nmea.NextEpoch();
            _app.Step();
        }
    }

    private void RunCommands(InboundMessage[] commands, int rounds)
    {
        for (int round = 0; round < rounds; round++)
        {
            foreach (var command in commands)
            {
                _session.Deliver(command);
                _app.Step();
            }
        }
    }
}
