using System;

namespace Telemetry.Drivers
{
    /// <summary>
    /// Clock moved by hand: tests and the accelerated-time simulator.
    /// </summary>
    public sealed class ManualClock : IClock
    {
        private long _milliseconds;

        /// <summary>Starts at <paramref name="startMilliseconds"/>.</summary>
        public ManualClock(long startMilliseconds)
        {
            _milliseconds = startMilliseconds;
        }

        /// <summary>Starts at 0.</summary>
        public ManualClock()
            : this(0)
        {
        }

        /// <inheritdoc />
        public long Milliseconds
        {
            get { return _milliseconds; }
        }

        /// <summary>Moves the clock forward.</summary>
        public void Advance(long milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentException("A clock never goes backwards.", "milliseconds");
            }

            _milliseconds += milliseconds;
        }
    }
}
