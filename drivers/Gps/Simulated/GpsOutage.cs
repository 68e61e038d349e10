namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>A time window, relative to the start of the simulation, during which the receiver has no fix.</summary>
    public sealed class GpsOutage
    {
        /// <summary>No fix from <paramref name="startMilliseconds"/> (inclusive) to <paramref name="endMilliseconds"/>.</summary>
        public GpsOutage(long startMilliseconds, long endMilliseconds)
        {
            StartMilliseconds = startMilliseconds;
            EndMilliseconds = endMilliseconds;
        }

        /// <summary>First millisecond without a fix.</summary>
        public long StartMilliseconds { get; }

        /// <summary>First millisecond with the fix back.</summary>
        public long EndMilliseconds { get; }

        /// <summary>True when <paramref name="elapsedMilliseconds"/> falls in the window.</summary>
        public bool Covers(long elapsedMilliseconds)
        {
            return elapsedMilliseconds >= StartMilliseconds && elapsedMilliseconds < EndMilliseconds;
        }
    }
}
