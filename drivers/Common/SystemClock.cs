using System;

namespace Telemetry.Drivers
{
    /// <summary>
    /// Uptime clock: <see cref="Environment.TickCount64"/> on both the device and the host.
    /// </summary>
    public sealed class SystemClock : IClock
    {
        /// <inheritdoc />
        public long Milliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
