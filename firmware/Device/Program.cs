using System;
using System.Threading;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Messaging;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Firmware.Device
{
    /// <summary>
    /// Device entry point: watchdog, configuration file, Wi-Fi and network time, the sensors on their pins, the MQTT
    /// session, then the application's main loop, which keeps Wi-Fi up and never returns.
    /// </summary>
    public static class Program
    {
        /// <summary>
        /// Main loop silence that reboots the board. Longer than the longest blocking step: a full
        /// <see cref="WifiConnection.Connect"/> (20 + 60 + 60 s) plus the wait for the time (30 s).
        /// </summary>
        public const int WatchdogMilliseconds = 240000;

        /// <summary>Longest wait for SNTP at start-up; telemetry carries no network timestamp until it comes.</summary>
        public const int TimeWaitMilliseconds = 30000;

        /// <summary>Longest pause of the main loop (the GPS UART is drained once per pass).</summary>
        public const int LoopMilliseconds = 200;

        /// <summary>Starts the device; never returns.</summary>
        public static void Main()
        {
            Console.WriteLine("telemetry firmware starting");
            LoopWatchdog watchdog = new LoopWatchdog(WatchdogMilliseconds);
            watchdog.Start();

            DeviceSystem system = new DeviceSystem();
            DeviceConfiguration configuration = new DeviceConfiguration();
            ConfigurationFile.Load(configuration);
            configuration.ApplyDefaults(system.MacAddress);
            Console.WriteLine("device " + configuration.DeviceId + ", broker " + configuration.BrokerUri);

            WifiConnection wifi = new WifiConnection(configuration.WifiSsid, configuration.WifiPassword);
            if (wifi.Connect())
            {
                watchdog.Kick();
                Console.WriteLine(WifiConnection.WaitForValidTime(TimeWaitMilliseconds)
                    ? "time: " + DateTime.UtcNow.ToString() + " UTC (SNTP)"
                    : "time: no network time yet, telemetry carries the GPS time until it comes");
            }

            watchdog.Kick();
            IClock clock = new global::Telemetry.Drivers.SystemClock();
            TelemetryApplication application = new TelemetryApplication(
                configuration,
                CreateSession(configuration),
                OpenGps(clock),
                OpenBattery(clock),
                OpenClimate(clock),
                clock,
                system);
            application.Start();
            Console.WriteLine("running");

            // A pass that throws is reported and skipped without kicking the watchdog: a fault that persists for
            // WatchdogMilliseconds reboots the board, a passing one costs a second.
            while (true)
            {
                int wait;
                try
                {
                    wifi.Maintain();
                    wait = application.Step();
                    watchdog.Kick();
                }
                catch (Exception e)
                {
                    Console.WriteLine("main loop: " + e.Message);
                    wait = 1000;
                }

                Thread.Sleep(wait < LoopMilliseconds ? wait : LoopMilliseconds);
            }
        }

        // Our MQTT client over TCP; it connects, keeps alive and reconnects on its own thread.
        private static IMessageSession CreateSession(DeviceConfiguration configuration)
        {
            if (configuration.BrokerUseTls)
            {
                Console.WriteLine("broker: mqtts:// needs the TLS transport, which this build lacks; connecting without TLS to port " + configuration.BrokerPort.ToString());
            }

            MqttClientOptions options = MqttClientSession.CreateOptions(configuration, new DeviceTopics(configuration));
            MqttClient client = new MqttClient(options, new TcpTransport(), new global::Telemetry.Mqtt.Session.SystemClock());
            return new MqttClientSession(client);
        }

        // Each sensor is optional: one that fails to open is reported and left out of telemetry.
        private static IGpsReceiver OpenGps(IClock clock)
        {
            try
            {
                GpsConfiguration gps = new GpsConfiguration();
                return new GpsReceiver(new SerialNmeaSource(gps), clock, gps);
            }
            catch (Exception e)
            {
                Console.WriteLine("gps: not available (" + e.Message + ")");
                return null;
            }
        }

        private static IBatteryMonitor OpenBattery(IClock clock)
        {
            try
            {
                BatteryConfiguration battery = new BatteryConfiguration();
                return new BatteryMonitor(new AdcRawReader(battery), clock, battery);
            }
            catch (Exception e)
            {
                Console.WriteLine("battery: not available (" + e.Message + ")");
                return null;
            }
        }

        private static IClimateSensor OpenClimate(IClock clock)
        {
            try
            {
                ClimateConfiguration climate = new ClimateConfiguration();
                return new ClimateSensor(new Bme280ClimateSource(climate), clock, climate);
            }
            catch (Exception e)
            {
                Console.WriteLine("climate: not available (" + e.Message + ")");
                return null;
            }
        }
    }
}
