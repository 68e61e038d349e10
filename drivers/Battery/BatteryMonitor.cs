using System;

namespace Telemetry.Drivers.Battery
{
    /// <summary>
    /// Battery gauge: averages a burst of ADC conversions, converts them to the battery voltage through the
    /// divider, smooths it with a time-based exponential moving average (so irregular reading intervals weigh
    /// correctly), maps it to a state of charge and keeps a low-battery flag with hysteresis.
    /// No allocation per reading.
    /// </summary>
    public sealed class BatteryMonitor : IBatteryMonitor
    {
        private readonly IRawAdcReader _adc;
        private readonly IClock _clock;
        private readonly BatteryConfiguration _configuration;
        private bool _hasSmoothed;
        private double _smoothed;
        private long _lastAt;
        private bool _low;

        /// <summary>Gauge on <paramref name="adc"/>, smoothing timed by <paramref name="clock"/>.</summary>
        public BatteryMonitor(IRawAdcReader adc, IClock clock, BatteryConfiguration configuration)
        {
            if (adc == null)
            {
                throw new ArgumentNullException("adc");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (configuration == null)
            {
                throw new ArgumentNullException("configuration");
            }

            configuration.Validate();
            _adc = adc;
            _clock = clock;
            _configuration = configuration;
        }

        /// <summary>The settings in use.</summary>
        public BatteryConfiguration Configuration
        {
            get { return _configuration; }
        }

        /// <inheritdoc />
        public bool Read(BatteryReading reading)
        {
            if (reading == null)
            {
                throw new ArgumentNullException("reading");
            }

            long now = _clock.Milliseconds;
            reading.TimestampMilliseconds = now;
            int samples = _configuration.SamplesPerReading;
            int maxRaw = _configuration.MaxRaw;
            long sum = 0;
            try
            {
                for (int i = 0; i < samples; i++)
                {
                    int raw = _adc.ReadRaw();
                    sum += raw < 0 ? 0 : (raw > maxRaw ? maxRaw : raw);
                }
            }
            catch (Exception)
            {
                reading.IsValid = false;
                return false;
            }

            double mean = (double)sum / samples;
            double voltage = _configuration.BatteryVoltage(mean);
            Smooth(voltage, now);
            UpdateLow();

            reading.IsValid = true;
            reading.RawValue = mean;
            reading.PinVoltage = _configuration.PinVoltage(mean);
            reading.Voltage = voltage;
            reading.SmoothedVoltage = _smoothed;
            reading.StateOfChargePercent = _configuration.Curve.StateOfCharge(_smoothed);
            reading.IsLow = _low;
            return true;
        }

        private void Smooth(double voltage, long now)
        {
            long tau = _configuration.SmoothingTimeConstantMilliseconds;
            if (!_hasSmoothed || tau == 0)
            {
                _smoothed = voltage;
            }
            else
            {
                long elapsed = now - _lastAt;
                double weight = elapsed <= 0 ? 0 : 1 - Math.Exp(-(double)elapsed / tau);
                _smoothed += weight * (voltage - _smoothed);
            }

            _hasSmoothed = true;
            _lastAt = now;
        }

        private void UpdateLow()
        {
            // NaN compares as greater on the device: test it before any comparison (keep the last state).
            if (double.IsNaN(_smoothed))
            {
                return;
            }

            if (_low)
            {
                if (_smoothed >= _configuration.LowVoltage + _configuration.LowVoltageHysteresis)
                {
                    _low = false;
                }
            }
            else if (_smoothed <= _configuration.LowVoltage)
            {
                _low = true;
            }
        }
    }
}
