using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Battery.Simulated;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Climate.Simulated;
using Telemetry.Drivers.Gps;
using Telemetry.Drivers.Gps.Simulated;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Messaging;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Telemetry.Mqtt.Transport.Simulated;

namespace Telemetry.Simulator;

/// <summary>
/// One simulated device: the firmware's <see cref="TelemetryApplication"/> over the simulated GPS, battery and
/// BME280, our <see cref="MqttClient"/> and <see cref="TcpTransport"/> (behind a <see cref="FaultTransport"/> so the
/// connection can be cut without DISCONNECT).
/// </summary>
public sealed class SimulatedDevice
{
    private readonly object _stepLock = new();

    public SimulatedDevice(int index, string host, int port, SimulatorOptions options, SimulationClock clock, byte[]? configFile)
    {
        Index = index;
        System = new SimulatedSystem(index, clock);
        Configuration = new DeviceConfiguration();
        if (configFile is not null)
        {
            ConfigurationResult = ConfigurationParser.Parse(configFile, Configuration);
        }

        if (options.Devices > 1 || Configuration.DeviceId.Length == 0)
        {
            Configuration.DeviceId = $"sim-{index:D3}";
        }

        Configuration.BrokerHost = host;
        Configuration.BrokerPort = port;
        Configuration.BrokerUri = $"mqtt://{host}:{port}";
        Configuration.MqttVersion = options.MqttVersion;
        Configuration.TelemetryIntervalSeconds = options.IntervalSeconds;
        Configuration.TelemetryQos = options.Qos;
        Configuration.ApplyDefaults(System.MacAddress);

        var gpsOptions = new SimulatedGpsOptions { StartUtc = clock.StartUtc, SpeedMetersPerSecond = 8 + (index % 10) };
        double lat = 47.3769 + (index % 50 * 0.01);
        double lon = 8.5417 + (index / 50 * 0.01);
        gpsOptions.Route.Add(new GpsWaypoint(lat, lon, 408));
        gpsOptions.Route.Add(new GpsWaypoint(lat + 0.004, lon + 0.006, 415));
        gpsOptions.Route.Add(new GpsWaypoint(lat + 0.001, lon + 0.011, 421));
        var gpsConfiguration = new GpsConfiguration();
        var gps = new GpsReceiver(new SimulatedNmeaSource(clock, gpsOptions), clock, gpsConfiguration);
        var batteryConfiguration = new BatteryConfiguration();
        var battery = new BatteryMonitor(
            new SimulatedBatteryAdc(clock, batteryConfiguration, 92 - (index % 20), 20L * 3600 * 1000, 4, (uint)(index + 1)),
            clock,
            batteryConfiguration);
        var climateConfiguration = new ClimateConfiguration();
        var climate = new ClimateSensor(new SimulatedClimateSource(clock, (uint)(index + 7)), clock, climateConfiguration);

        var topics = new DeviceTopics(Configuration);
        Transport = new FaultTransport(new TcpTransport());
        MqttClientOptions clientOptions = MqttClientSession.CreateOptions(Configuration, topics);
        clientOptions.ReconnectMinMilliseconds = 200;
        clientOptions.ReconnectMaxMilliseconds = 5000;
        Client = new MqttClient(clientOptions, Transport, new SystemClock());
        Session = new MqttClientSession(Client);
        App = new TelemetryApplication(Configuration, Session, gps, battery, climate, clock, System);
    }

    public int Index { get; }

    public DeviceConfiguration Configuration { get; }

    /// <summary>What the configuration file refused (null without a file).</summary>
    public ConfigurationResult? ConfigurationResult { get; }

    public SimulatedSystem System { get; }

    public FaultTransport Transport { get; }

    public MqttClient Client { get; }

    public MqttClientSession Session { get; }

    public TelemetryApplication App { get; }

    public string Id => Configuration.DeviceId;

    /// <summary>True once killed or stopped.</summary>
    public bool Stopped { get; private set; }

    public void Start() => App.Start();

    /// <summary>One main-loop pass (serialized with <see cref="Kill"/> and <see cref="StopCleanly"/>).</summary>
    public void Step()
    {
        lock (_stepLock)
        {
            if (!Stopped)
            {
                App.Step();
                if (System.Reboots > 0 || System.SleepSeconds > 0)
                {
                    Stopped = true;
                }
            }
        }
    }

    /// <summary>Stops the device abruptly: the connection is cut without DISCONNECT and never comes back, so the broker sends the will.</summary>
    public void Kill()
    {
        lock (_stepLock)
        {
            Stopped = true;
            Transport.FailConnects(int.MaxValue, TransportStatus.Refused);
            Transport.Cut();
        }
    }

    /// <summary>Publishes <c>offline</c> and disconnects cleanly.</summary>
    public void StopCleanly()
    {
        lock (_stepLock)
        {
            if (!Stopped)
            {
                Stopped = true;
                App.Stop();
            }
        }
    }

    /// <summary>Ends the client's thread (after <see cref="Kill"/>).</summary>
    public void Dispose()
    {
        Stopped = true;
        Client.Stop();
    }
}
