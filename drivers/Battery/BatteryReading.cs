namespace Telemetry.Drivers.Battery
{
    /// <summary>One battery measurement, written into a caller-owned instance by <see cref="IBatteryMonitor.Read"/>.</summary>
    public sealed class BatteryReading
    {
        /// <summary>False before the first measurement and when the ADC failed.</summary>
        public bool IsValid { get; internal set; }

        /// <summary>Mean raw ADC value of the samples of this measurement.</summary>
        public double RawValue { get; internal set; }

        /// <summary>Voltage at the ADC pin.</summary>
        public double PinVoltage { get; internal set; }

        /// <summary>Battery voltage of this measurement (pin voltage times the divider ratio).</summary>
        public double Voltage { get; internal set; }

        /// <summary>Battery voltage smoothed over time (exponential moving average).</summary>
        public double SmoothedVoltage { get; internal set; }

        /// <summary>State of charge from the smoothed voltage, percent.</summary>
        public double StateOfChargePercent { get; internal set; }

        /// <summary>Low battery: set at or below the threshold, cleared at threshold + hysteresis.</summary>
        public bool IsLow { get; internal set; }

        /// <summary>Clock time of the measurement, ms.</summary>
        public long TimestampMilliseconds { get; internal set; }
    }
}
