using System;

namespace Telemetry.Mqtt.Session
{
    /// <summary>The system uptime clock (<c>Environment.TickCount64</c>).</summary>
    public sealed class SystemClock : ISessionClock
    {
        /// <inheritdoc />
        public long Milliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
