using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers.Battery;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class BatteryConfigurationTests
    {
        [TestMethod]
        public void DefaultsAreGpio34TwelveBitsAndAnEqualDivider()
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            configuration.Validate();
            Assert.AreEqual(6, configuration.AdcChannel);
            Assert.AreEqual(12, configuration.ResolutionBits);
            Approx.Equal(3.3, configuration.FullScaleVoltage, 0, "full scale");
            Approx.Equal(100000, configuration.TopResistorOhms, 0, "R1");
            Approx.Equal(100000, configuration.BottomResistorOhms, 0, "R2");
            Approx.Equal(3.40, configuration.LowVoltage, 0, "low");
            Approx.Equal(0.10, configuration.LowVoltageHysteresis, 0, "hysteresis");
            Assert.IsNotNull(configuration.Curve);
        }

        [TestMethod]
        [DataRow("AdcChannel", -1.0)]
        [DataRow("AdcChannel", 10.0)]
        [DataRow("ResolutionBits", 7.0)]
        [DataRow("ResolutionBits", 17.0)]
        [DataRow("FullScaleVoltage", 0.0)]
        [DataRow("FullScaleVoltage", 6.0)]
        [DataRow("TopResistorOhms", -1.0)]
        [DataRow("BottomResistorOhms", 0.0)]
        [DataRow("SamplesPerReading", 0.0)]
        [DataRow("SmoothingTimeConstantMilliseconds", -1.0)]
        [DataRow("LowVoltage", 0.0)]
        [DataRow("LowVoltageHysteresis", -0.1)]
        [DataRow("Curve", 0.0)]
        [DataRow("FullScaleVoltage", double.NaN)]
        [DataRow("TopResistorOhms", double.NaN)]
        [DataRow("BottomResistorOhms", double.NaN)]
        [DataRow("LowVoltage", double.NaN)]
        [DataRow("LowVoltageHysteresis", double.NaN)]
        public void InvalidSettingIsNamed(string field, double value)
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            switch (field)
            {
                case "AdcChannel":
                    configuration.AdcChannel = (int)value;
                    break;
                case "ResolutionBits":
                    configuration.ResolutionBits = (int)value;
                    break;
                case "FullScaleVoltage":
                    configuration.FullScaleVoltage = value;
                    break;
                case "TopResistorOhms":
                    configuration.TopResistorOhms = value;
                    break;
                case "BottomResistorOhms":
                    configuration.BottomResistorOhms = value;
                    break;
                case "SamplesPerReading":
                    configuration.SamplesPerReading = (int)value;
                    break;
                case "SmoothingTimeConstantMilliseconds":
                    configuration.SmoothingTimeConstantMilliseconds = (long)value;
                    break;
                case "LowVoltage":
                    configuration.LowVoltage = value;
                    break;
                case "LowVoltageHysteresis":
                    configuration.LowVoltageHysteresis = value;
                    break;
                default:
                    configuration.Curve = null;
                    break;
            }

            ArgumentAssert.ThrowsFor(field, configuration.Validate);
        }
    }
}
