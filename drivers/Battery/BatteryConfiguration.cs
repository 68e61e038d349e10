using System;

namespace Telemetry.Drivers.Battery
{
    /// <summary>
    /// Battery gauge settings and the ADC / divider conversion. Defaults: ADC1 channel 6 (GPIO 34), 12 bits,
    /// 3.3 V full scale (ESP32 11 dB attenuation), 100 kΩ / 100 kΩ divider, single-cell LiPo curve.
    /// </summary>
    public sealed class BatteryConfiguration
    {
        /// <summary>ADC channel as numbered by nanoFramework on the ESP32: 0-7 are ADC1 (GPIO 36, 37, 38, 39, 32, 33, 34, 35).</summary>
        public int AdcChannel { get; set; } = 6;

        /// <summary>ADC resolution; raw values run from 0 to 2^bits - 1.</summary>
        public int ResolutionBits { get; set; } = 12;

        /// <summary>Pin voltage of the largest raw value (about 3.3 V at 11 dB; calibrate per board).</summary>
        public double FullScaleVoltage { get; set; } = 3.3;

        /// <summary>R1, from battery + to the ADC pin, ohms.</summary>
        public double TopResistorOhms { get; set; } = 100000;

        /// <summary>R2, from the ADC pin to ground, ohms.</summary>
        public double BottomResistorOhms { get; set; } = 100000;

        /// <summary>Conversions averaged per measurement (reduces ADC noise).</summary>
        public int SamplesPerReading { get; set; } = 16;

        /// <summary>Time constant of the exponential moving average, ms; 0 turns smoothing off.</summary>
        public long SmoothingTimeConstantMilliseconds { get; set; } = 30000;

        /// <summary>Low battery at or below this smoothed voltage.</summary>
        public double LowVoltage { get; set; } = 3.40;

        /// <summary>Low battery clears at <see cref="LowVoltage"/> plus this.</summary>
        public double LowVoltageHysteresis { get; set; } = 0.10;

        /// <summary>Voltage to state-of-charge curve.</summary>
        public DischargeCurve Curve { get; set; } = DischargeCurve.SingleCellLiPo();

        /// <summary>Largest raw value, 2^bits - 1.</summary>
        public int MaxRaw
        {
            get { return (1 << ResolutionBits) - 1; }
        }

        /// <summary>Battery voltage per pin voltage, (R1 + R2) / R2.</summary>
        public double DividerRatio
        {
            get { return (TopResistorOhms + BottomResistorOhms) / BottomResistorOhms; }
        }

        /// <summary>Pin voltage of a raw value: raw / (2^bits - 1) * full scale.</summary>
        public double PinVoltage(double raw)
        {
            return raw * FullScaleVoltage / MaxRaw;
        }

        /// <summary>Battery voltage of a raw value.</summary>
        public double BatteryVoltage(double raw)
        {
            return PinVoltage(raw) * DividerRatio;
        }

        /// <summary>
        /// Raw value the ADC reads for a battery voltage (rounded, clamped to the ADC range); 0 for NaN, which the
        /// device runtime would otherwise compare as greater than full scale.
        /// </summary>
        public int RawValue(double batteryVoltage)
        {
            double raw = batteryVoltage / DividerRatio * MaxRaw / FullScaleVoltage;
            if (double.IsNaN(raw) || raw <= 0)
            {
                return 0;
            }

            return raw >= MaxRaw ? MaxRaw : (int)(raw + 0.5);
        }

        /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
        public void Validate()
        {
            if (AdcChannel < 0 || AdcChannel > 7)
            {
                throw new ArgumentException("AdcChannel must be an ADC1 channel 0-7 (ADC2 stops working while Wi-Fi runs).", "AdcChannel");
            }

            if (ResolutionBits < 8 || ResolutionBits > 16)
            {
                throw new ArgumentException("ResolutionBits must be between 8 and 16.", "ResolutionBits");
            }

            if (double.IsNaN(FullScaleVoltage) || FullScaleVoltage <= 0 || FullScaleVoltage > 5)
            {
                throw new ArgumentException("FullScaleVoltage must be above 0 and at most 5 V.", "FullScaleVoltage");
            }

            if (double.IsNaN(TopResistorOhms) || TopResistorOhms < 0)
            {
                throw new ArgumentException("TopResistorOhms must be 0 (no divider) or positive.", "TopResistorOhms");
            }

            if (double.IsNaN(BottomResistorOhms) || BottomResistorOhms <= 0)
            {
                throw new ArgumentException("BottomResistorOhms must be positive.", "BottomResistorOhms");
            }

            if (SamplesPerReading < 1 || SamplesPerReading > 256)
            {
                throw new ArgumentException("SamplesPerReading must be between 1 and 256.", "SamplesPerReading");
            }

            if (SmoothingTimeConstantMilliseconds < 0)
            {
                throw new ArgumentException("SmoothingTimeConstantMilliseconds must not be negative.", "SmoothingTimeConstantMilliseconds");
            }

            if (double.IsNaN(LowVoltage) || LowVoltage <= 0)
            {
                throw new ArgumentException("LowVoltage must be positive.", "LowVoltage");
            }

            if (double.IsNaN(LowVoltageHysteresis) || LowVoltageHysteresis < 0)
            {
                throw new ArgumentException("LowVoltageHysteresis must not be negative.", "LowVoltageHysteresis");
            }

            if (Curve == null)
            {
                throw new ArgumentException("Curve must be set.", "Curve");
            }
        }
    }
}
