namespace Telemetry.Drivers.Battery
{
    /// <summary>One ADC channel as raw counts: the ESP32 ADC on the device, a simulated battery on the host.</summary>
    public interface IRawAdcReader
    {
        /// <summary>One conversion, 0 to 2^resolution - 1.</summary>
        int ReadRaw();
    }
}
