using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Messaging;
using Telemetry.HostTests.Drivers;

namespace Telemetry.HostTests.Firmware;

/// <summary>The application over host sensors: GPS from <paramref name="nmea"/>, a noisy battery ADC, a steady BME280.</summary>
internal static class HostApplication
{
    public static TelemetryApplication Build(DeviceConfiguration configuration, IMessageSession session, IClock clock, INmeaByteSource nmea, ISystem system) =>
        new(
            configuration,
            session,
            new GpsReceiver(nmea, clock, new GpsConfiguration()),
            new BatteryMonitor(new NoisyAdc(3), clock, new BatteryConfiguration()),
            new ClimateSensor(new SteadyClimateSource(), clock, new ClimateConfiguration()),
            clock,
            system);
}
