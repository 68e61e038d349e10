namespace Telemetry.Drivers.Climate
{
    /// <summary>A raw measurement as a <see cref="IClimateSource"/> delivers it, before range checks.</summary>
    public sealed class ClimateSample
    {
        /// <summary>Temperature, °C.</summary>
        public double TemperatureCelsius { get; set; }

        /// <summary>True when the source measured the temperature.</summary>
        public bool TemperatureIsValid { get; set; }

        /// <summary>Relative humidity, %.</summary>
        public double HumidityPercent { get; set; }

        /// <summary>True when the source measured the humidity.</summary>
        public bool HumidityIsValid { get; set; }

        /// <summary>Pressure, hPa.</summary>
        public double PressureHectopascals { get; set; }

        /// <summary>True when the source measured the pressure.</summary>
        public bool PressureIsValid { get; set; }

        /// <summary>Marks every quantity as not measured.</summary>
        public void Clear()
        {
            TemperatureCelsius = double.NaN;
            TemperatureIsValid = false;
            HumidityPercent = double.NaN;
            HumidityIsValid = false;
            PressureHectopascals = double.NaN;
            PressureIsValid = false;
        }
    }
}
