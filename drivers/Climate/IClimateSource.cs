namespace Telemetry.Drivers.Climate
{
    /// <summary>
    /// The thin hardware side of the climate sensor: the BME280 on the device, a simulated one on the host.
    /// Any method may throw; <see cref="ClimateSensor"/> counts that as a failure.
    /// </summary>
    public interface IClimateSource
    {
        /// <summary>Detects and initialises the sensor; false when it is not there.</summary>
        bool Open();

        /// <summary>Measures into <paramref name="sample"/>; false when the sensor did not deliver.</summary>
        bool Read(ClimateSample sample);

        /// <summary>Releases the sensor (before a new <see cref="Open"/>).</summary>
        void Close();
    }
}
