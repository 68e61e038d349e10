namespace Telemetry.Drivers.Battery
{
    /// <summary>Battery gauge as the firmware sees it (device ADC or simulated twin behind it).</summary>
    public interface IBatteryMonitor
    {
        /// <summary>
        /// Takes a measurement and writes it into <paramref name="reading"/> (caller-owned, reused).
        /// Returns <see cref="BatteryReading.IsValid"/>.
        /// </summary>
        bool Read(BatteryReading reading);
    }
}
