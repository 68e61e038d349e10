using System;

namespace Telemetry.Drivers.Battery.Simulated
{
    /// <summary>
    /// Simulated twin of the battery ADC channel: the state of charge falls linearly with the clock (constant
    /// load), the cell voltage follows the configured curve, and the raw value is what the ADC would read through
    /// the divider, with optional seeded noise. Host-only.
    /// </summary>
    public sealed class SimulatedBatteryAdc : IRawAdcReader
    {
        private readonly IClock _clock;
        private readonly BatteryConfiguration _configuration;
        private readonly long _fullDischargeMilliseconds;
        private readonly int _noiseCounts;
        private readonly Lcg _random;
        private double _startPercent;
        private long _startAt;

        /// <summary>
        /// Battery at <paramref name="startPercent"/> now, empty after <paramref name="fullDischargeMilliseconds"/>
        /// from full; each conversion adds uniform noise of up to ± <paramref name="noiseCounts"/> raw counts.
        /// </summary>
        public SimulatedBatteryAdc(
            IClock clock,
            BatteryConfiguration configuration,
            double startPercent,
            long fullDischargeMilliseconds,
            int noiseCounts,
            uint seed)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
            configuration.Validate();
            if (fullDischargeMilliseconds <= 0)
            {
                throw new ArgumentException("The discharge must take some time.", nameof(fullDischargeMilliseconds));
            }

            if (noiseCounts < 0)
            {
                throw new ArgumentException("Noise cannot be negative.", nameof(noiseCounts));
            }

            _fullDischargeMilliseconds = fullDischargeMilliseconds;
            _noiseCounts = noiseCounts;
            _random = new Lcg(seed);
            SetStateOfCharge(startPercent);
        }

        /// <summary>True state of charge now, percent.</summary>
        public double StateOfChargePercent
        {
            get
            {
                double used = 100.0 * (_clock.Milliseconds - _startAt) / _fullDischargeMilliseconds;
                return Math.Max(0, _startPercent - used);
            }
        }

        /// <summary>True battery voltage now.</summary>
        public double Voltage => _configuration.Curve.Voltage(StateOfChargePercent);

        /// <summary>Recharges (or drains) the battery to <paramref name="percent"/> now; it discharges from there.</summary>
        public void SetStateOfCharge(double percent)
        {
            _startPercent = Math.Max(0, Math.Min(100, percent));
            _startAt = _clock.Milliseconds;
        }

        /// <inheritdoc />
        public int ReadRaw()
        {
            int raw = _configuration.RawValue(Voltage);
            if (_noiseCounts > 0)
            {
                raw += _random.Next((2 * _noiseCounts) + 1) - _noiseCounts;
            }

            return Math.Max(0, Math.Min(_configuration.MaxRaw, raw));
        }
    }
}
