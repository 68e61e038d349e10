namespace Telemetry.Drivers.Climate
{
    /// <summary>
    /// Temperature, humidity and pressure with a validity flag each, written into a caller-owned instance by
    /// <see cref="IClimateSensor.Read"/>. A value whose flag is false is NaN.
    /// </summary>
    public sealed class ClimateReading
    {
        /// <summary>Creates an empty reading.</summary>
        public ClimateReading()
        {
            TemperatureCelsius = double.NaN;
            HumidityPercent = double.NaN;
            PressureHectopascals = double.NaN;
        }

        /// <summary>Sensor health after this read.</summary>
        public ClimateSensorState State { get; internal set; }

        /// <summary>Temperature, °C.</summary>
        public double TemperatureCelsius { get; internal set; }

        /// <summary>True when the temperature was read and within -40..85 °C.</summary>
        public bool TemperatureIsValid { get; internal set; }

        /// <summary>Relative humidity, %.</summary>
        public double HumidityPercent { get; internal set; }

        /// <summary>True when the humidity was read, within 0..100 % and the temperature is valid.</summary>
        public bool HumidityIsValid { get; internal set; }

        /// <summary>Pressure, hPa.</summary>
        public double PressureHectopascals { get; internal set; }

        /// <summary>True when the pressure was read, within 300..1100 hPa and the temperature is valid.</summary>
        public bool PressureIsValid { get; internal set; }

        /// <summary>True when at least one quantity is valid.</summary>
        public bool IsValid
        {
            get { return TemperatureIsValid || HumidityIsValid || PressureIsValid; }
        }

        /// <summary>Failed reads in a row so far.</summary>
        public int ConsecutiveFailures { get; internal set; }

        /// <summary>Failed reads and failed detections since start-up.</summary>
        public long TotalFailures { get; internal set; }

        /// <summary>Successful detections since start-up (more than one means the sensor came back).</summary>
        public long Detections { get; internal set; }

        /// <summary>Clock time of this read, ms.</summary>
        public long TimestampMilliseconds { get; internal set; }
    }
}
