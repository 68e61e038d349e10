using System;
using Telemetry.Drivers.Battery;

namespace Telemetry.Tests.Drivers
{
    /// <summary>ADC for tests: returns <see cref="Raw"/>, alternating with <see cref="AlternateRaw"/> when set, or throws.</summary>
    public sealed class FakeAdcReader : IRawAdcReader
    {
        /// <summary>Value of every conversion.</summary>
        public int Raw { get; set; }

        /// <summary>When not -1, every second conversion returns this instead.</summary>
        public int AlternateRaw { get; set; } = -1;

        /// <summary>When set, conversions throw.</summary>
        public bool Failing { get; set; }

        /// <summary>Conversions done.</summary>
        public int Conversions { get; private set; }

        /// <inheritdoc />
        public int ReadRaw()
        {
            if (Failing)
            {
                throw new InvalidOperationException("ADC failure");
            }

            Conversions++;
            return AlternateRaw >= 0 && Conversions % 2 == 0 ? AlternateRaw : Raw;
        }
    }
}
