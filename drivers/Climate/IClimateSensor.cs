namespace Telemetry.Drivers.Climate
{
    /// <summary>Climate sensor as the firmware sees it (BME280 or simulated twin behind it).</summary>
    public interface IClimateSensor
    {
        /// <summary>Health after the latest read.</summary>
        ClimateSensorState State { get; }

        /// <summary>
        /// Measures and writes into <paramref name="reading"/> (caller-owned, reused); returns
        /// <see cref="ClimateReading.IsValid"/>.
        /// </summary>
        bool Read(ClimateReading reading);
    }
}
