using System;
using System.IO;

namespace Telemetry.Drivers.Climate.Simulated
{
    /// <summary>
    /// Simulated twin of the BME280: temperature, humidity and pressure drift slowly around base values
    /// (sine waves over the clock) with seeded uniform noise, so a run is reproducible; <see cref="Fault"/>
    /// makes it go missing or deliver garbage at any time. Host-only.
    /// </summary>
    public sealed class SimulatedClimateSource : IClimateSource
    {
        private readonly IClock _clock;
        private readonly Lcg _random;
        private readonly long _start;
        private bool _open;

        /// <summary>Twin whose noise follows <paramref name="seed"/>.</summary>
        public SimulatedClimateSource(IClock clock, uint seed)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _random = new Lcg(seed);
            _start = clock.Milliseconds;
        }

        /// <summary>Current misbehaviour.</summary>
        public SimulatedClimateFault Fault { get; set; }

        /// <summary>Mean temperature, °C.</summary>
        public double BaseTemperatureCelsius { get; set; } = 21;

        /// <summary>Amplitude of the temperature drift, °C.</summary>
        public double TemperatureSwingCelsius { get; set; } = 4;

        /// <summary>Mean relative humidity, %.</summary>
        public double BaseHumidityPercent { get; set; } = 50;

        /// <summary>Amplitude of the humidity drift (opposite to temperature), %.</summary>
        public double HumiditySwingPercent { get; set; } = 10;

        /// <summary>Mean pressure, hPa.</summary>
        public double BasePressureHectopascals { get; set; } = 1013.25;

        /// <summary>Amplitude of the pressure drift, hPa.</summary>
        public double PressureSwingHectopascals { get; set; } = 5;

        /// <summary>Period of the drift, ms (a day by default).</summary>
        public long DriftPeriodMilliseconds { get; set; } = 24L * 3600 * 1000;

        /// <summary>Half-width of the uniform noise on temperature, °C (humidity gets 5x, pressure 2x in their units).</summary>
        public double NoiseCelsius { get; set; } = 0.05;

        /// <summary>Successful detections.</summary>
        public int Opens { get; private set; }

        /// <summary>Noise-free temperature at the current clock time, °C.</summary>
        public double TrueTemperatureCelsius => BaseTemperatureCelsius + (TemperatureSwingCelsius * Phase());

        /// <summary>Noise-free humidity at the current clock time, %.</summary>
        public double TrueHumidityPercent => BaseHumidityPercent - (HumiditySwingPercent * Phase());

        /// <summary>Noise-free pressure at the current clock time, hPa.</summary>
        public double TruePressureHectopascals => BasePressureHectopascals + (PressureSwingHectopascals * Math.Cos(Angle() / 3));

        /// <inheritdoc />
        public bool Open()
        {
            if (Fault == SimulatedClimateFault.Missing)
            {
                return false;
            }

            _open = true;
            Opens++;
            return true;
        }

        /// <inheritdoc />
        public bool Read(ClimateSample sample)
        {
            if (Fault == SimulatedClimateFault.Missing)
            {
                throw new IOException("BME280 did not acknowledge its address.");
            }

            if (!_open)
            {
                return false;
            }

            if (Fault == SimulatedClimateFault.Garbage)
            {
                // Out-of-range values, as compensated from registers read off a dead bus.
                sample.TemperatureCelsius = -144.97;
                sample.TemperatureIsValid = true;
                sample.HumidityPercent = 100;
                sample.HumidityIsValid = true;
                sample.PressureHectopascals = double.NaN;
                sample.PressureIsValid = true;
                return true;
            }

            sample.TemperatureCelsius = TrueTemperatureCelsius + Noise(NoiseCelsius);
            sample.TemperatureIsValid = true;
            sample.HumidityPercent = Math.Max(0, Math.Min(100, TrueHumidityPercent + Noise(NoiseCelsius * 5)));
            sample.HumidityIsValid = true;
            sample.PressureHectopascals = TruePressureHectopascals + Noise(NoiseCelsius * 2);
            sample.PressureIsValid = true;
            return true;
        }

        /// <inheritdoc />
        public void Close()
        {
            _open = false;
        }

        private double Angle()
        {
            return 2 * Math.PI * (_clock.Milliseconds - _start) / DriftPeriodMilliseconds;
        }

        private double Phase()
        {
            return Math.Sin(Angle());
        }

        private double Noise(double halfWidth)
        {
            return ((2 * _random.NextDouble()) - 1) * halfWidth;
        }
    }
}
