namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Raw bytes from the GPS receiver: the UART on the device, a generated stream in the simulator.
    /// </summary>
    public interface INmeaByteSource
    {
        /// <summary>
        /// Copies up to <paramref name="count"/> bytes already received into the buffer without blocking.
        /// Returns how many were copied (0 when nothing is pending).
        /// </summary>
        int Read(byte[] buffer, int offset, int count);
    }
}
