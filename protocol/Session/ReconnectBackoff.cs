namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Delays between connection attempts: exponential backoff with full jitter. Attempt n (from 0) waits a uniform
    /// random time in [min, min(max, min * 2^(n+1))]; <see cref="Reset"/> (after a stable connection) starts again at 0.
    /// </summary>
    public sealed class ReconnectBackoff
    {
        private readonly int minimum;
        private readonly int maximum;
        private uint state;
        private int attempt;

        /// <summary>Backoff between <paramref name="minimumMilliseconds"/> and <paramref name="maximumMilliseconds"/>.</summary>
        public ReconnectBackoff(int minimumMilliseconds, int maximumMilliseconds, uint seed)
        {
            minimum = minimumMilliseconds < 0 ? 0 : minimumMilliseconds;
            maximum = maximumMilliseconds < minimum ? minimum : maximumMilliseconds;
            state = seed == 0 ? 0x9E3779B9u : seed;
        }

        /// <summary>Attempts since the last reset.</summary>
        public int Attempt
        {
            get { return attempt; }
        }

        /// <summary>Upper bound of the delay of the next attempt.</summary>
        public long Ceiling
        {
            get
            {
                long ceiling = minimum < 1 ? 1 : minimum;
                for (int i = 0; i <= attempt && ceiling < maximum; i++)
                {
                    ceiling *= 2;
                }

                return ceiling > maximum ? maximum : ceiling;
            }
        }

        /// <summary>The delay before the next attempt, in milliseconds; counts the attempt.</summary>
        public long Next()
        {
            long ceiling = Ceiling;
            if (attempt < 30)
            {
                attempt++;
            }

            long range = ceiling - minimum;
            if (range <= 0)
            {
                return minimum;
            }

            state = unchecked((state * 1664525u) + 1013904223u);
            return minimum + (long)((state >> 8) % (ulong)(range + 1));
        }

        /// <summary>Back to the first attempt's range.</summary>
        public void Reset()
        {
            attempt = 0;
        }
    }
}
