namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// A GPS receiver as the firmware sees it: the device UART and the simulated twin both implement it.
    /// </summary>
    public interface IGpsReceiver
    {
        /// <summary>Line counters of the NMEA stream (dropped lines by cause).</summary>
        NmeaCounters Counters { get; }

        /// <summary>
        /// Processes the bytes received so far and copies the latest fix into <paramref name="fix"/>
        /// (caller-owned, reused). Returns <see cref="GpsFix.IsValid"/>.
        /// </summary>
        bool Read(GpsFix fix);
    }
}
