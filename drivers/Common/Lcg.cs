namespace Telemetry.Drivers
{
    /// <summary>
    /// Seeded linear congruential generator (Numerical Recipes constants): the same sequence on the device and
    /// the host, for the simulated twins' noise and deterministic tests.
    /// </summary>
    public sealed class Lcg
    {
        private uint _state;

        /// <summary>Generator starting from <paramref name="seed"/>.</summary>
        public Lcg(uint seed)
        {
            _state = seed;
        }

        /// <summary>Next 32-bit value.</summary>
        public uint NextUInt()
        {
            _state = unchecked((_state * 1664525u) + 1013904223u);
            return _state;
        }

        /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>); 0 when the bound is not positive.</summary>
        public int Next(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                return 0;
            }

            // The high bits of an LCG are the random ones.
            return (int)((NextUInt() >> 8) % (uint)maxExclusive);
        }

        /// <summary>Uniform double in [0, 1).</summary>
        public double NextDouble()
        {
            return (NextUInt() >> 8) / 16777216.0;
        }
    }
}
