using System;

namespace Telemetry.Drivers.Climate
{
    /// <summary>
    /// Climate sensor state logic over any <see cref="IClimateSource"/>: detection at the first read, range checks
    /// per quantity (BME280 operating ranges), NotResponding after the configured failures in a row, and
    /// re-detection at the retry interval while missing or not responding. No allocation per read.
    /// </summary>
    public sealed class ClimateSensor : IClimateSensor
    {
        /// <summary>Lowest temperature the BME280 is specified for, °C.</summary>
        public const double MinTemperatureCelsius = -40;

        /// <summary>Highest temperature the BME280 is specified for, °C.</summary>
        public const double MaxTemperatureCelsius = 85;

        /// <summary>Lowest relative humidity, %.</summary>
        public const double MinHumidityPercent = 0;

        /// <summary>Highest relative humidity, %.</summary>
        public const double MaxHumidityPercent = 100;

        /// <summary>Lowest pressure the BME280 is specified for, hPa.</summary>
        public const double MinPressureHectopascals = 300;

        /// <summary>Highest pressure the BME280 is specified for, hPa.</summary>
        public const double MaxPressureHectopascals = 1100;

        private readonly IClimateSource _source;
        private readonly IClock _clock;
        private readonly ClimateConfiguration _configuration;
        private readonly ClimateSample _sample = new ClimateSample();
        private ClimateSensorState _state;
        private bool _open;
        private long _nextAttemptAt;
        private int _consecutiveFailures;
        private long _totalFailures;
        private long _detections;

        /// <summary>Sensor over <paramref name="source"/>; retries timed by <paramref name="clock"/>.</summary>
        public ClimateSensor(IClimateSource source, IClock clock, ClimateConfiguration configuration)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
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
            _source = source;
            _clock = clock;
            _configuration = configuration;
            _state = ClimateSensorState.Starting;
        }

        /// <inheritdoc />
        public ClimateSensorState State
        {
            get { return _state; }
        }

        /// <inheritdoc />
        public bool Read(ClimateReading reading)
        {
            if (reading == null)
            {
                throw new ArgumentNullException("reading");
            }

            long now = _clock.Milliseconds;
            _sample.Clear();
            bool measured = false;
            if (_open || TryOpen(now))
            {
                measured = TryMeasure();
                if (measured)
                {
                    _consecutiveFailures = 0;
                    _state = ClimateSensorState.Ready;
                }
                else
                {
                    Failed(now);
                }
            }

            Write(reading, now, measured);
            return reading.IsValid;
        }

        private bool TryOpen(long now)
        {
            if (_state != ClimateSensorState.Starting && now < _nextAttemptAt)
            {
                return false;
            }

            _nextAttemptAt = now + _configuration.RetryIntervalMilliseconds;
            bool opened;
            try
            {
                opened = _source.Open();
            }
            catch (Exception)
            {
                opened = false;
            }

            if (!opened)
            {
                _totalFailures++;
                if (_state == ClimateSensorState.Starting)
                {
                    _state = ClimateSensorState.Missing;
                }

                return false;
            }

            _open = true;
            _detections++;
            _consecutiveFailures = 0;
            return true;
        }

        private bool TryMeasure()
        {
            bool delivered;
            try
            {
                delivered = _source.Read(_sample);
            }
            catch (Exception)
            {
                delivered = false;
            }

            if (!delivered)
            {
                _sample.Clear();
                return false;
            }

            // Humidity and pressure are compensated with the temperature: without it they mean nothing.
            bool temperature = _sample.TemperatureIsValid
                && InRange(_sample.TemperatureCelsius, MinTemperatureCelsius, MaxTemperatureCelsius);
            _sample.TemperatureIsValid = temperature;
            _sample.HumidityIsValid = temperature && _sample.HumidityIsValid
                && InRange(_sample.HumidityPercent, MinHumidityPercent, MaxHumidityPercent);
            _sample.PressureIsValid = temperature && _sample.PressureIsValid
                && InRange(_sample.PressureHectopascals, MinPressureHectopascals, MaxPressureHectopascals);
            return temperature;
        }

        private void Failed(long now)
        {
            _consecutiveFailures++;
            _totalFailures++;
            if (_consecutiveFailures >= _configuration.FailuresBeforeNotResponding)
            {
                _state = ClimateSensorState.NotResponding;
                _open = false;
                _nextAttemptAt = now + _configuration.RetryIntervalMilliseconds;
                try
                {
                    _source.Close();
                }
                catch (Exception)
                {
                    // Closing a sensor that stopped answering may fail too; it is re-opened from scratch.
                }
            }
        }

        private void Write(ClimateReading reading, long now, bool measured)
        {
            reading.State = _state;
            reading.TimestampMilliseconds = now;
            reading.ConsecutiveFailures = _consecutiveFailures;
            reading.TotalFailures = _totalFailures;
            reading.Detections = _detections;
            reading.TemperatureIsValid = measured && _sample.TemperatureIsValid;
            reading.HumidityIsValid = measured && _sample.HumidityIsValid;
            reading.PressureIsValid = measured && _sample.PressureIsValid;
            reading.TemperatureCelsius = reading.TemperatureIsValid ? _sample.TemperatureCelsius : double.NaN;
            reading.HumidityPercent = reading.HumidityIsValid ? _sample.HumidityPercent : double.NaN;
            reading.PressureHectopascals = reading.PressureIsValid ? _sample.PressureHectopascals : double.NaN;
        }

        private static bool InRange(double value, double min, double max)
        {
            // NaN compares as greater on the device: test it first.
            return !double.IsNaN(value) && value >= min && value <= max;
        }
    }
}
