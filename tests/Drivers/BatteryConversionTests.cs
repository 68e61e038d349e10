using nanoFramework.TestFramework;
using Telemetry.Drivers.Battery;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class BatteryConversionTests
    {
        [TestMethod]
        public void HalfScaleThroughAnEqualDividerIsThreePointThreeVolts()
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            Assert.AreEqual(4095, configuration.MaxRaw);
            Approx.Equal(2.0, configuration.DividerRatio, 0, "100k/100k");
            Approx.Equal(2048 * 3.3 / 4095, configuration.PinVoltage(2048), 1e-12, "pin");
            Approx.Equal(3.3008, configuration.BatteryVoltage(2048), 0.0001, "battery");

            // 3.3008 V lies between the curve's 3.30 V (10 %) and 3.42 V (20 %).
            double expected = 10 + ((configuration.BatteryVoltage(2048) - 3.30) / 0.12 * 10);
            Approx.Equal(expected, configuration.Curve.StateOfCharge(configuration.BatteryVoltage(2048)), 1e-9, "SoC");
            Approx.Equal(10.07, configuration.Curve.StateOfCharge(configuration.BatteryVoltage(2048)), 0.005, "about 10 %");
        }

        [TestMethod]
        [DataRow(100000.0, 100000.0, 2.0)]
        [DataRow(270000.0, 100000.0, 3.7)]
        [DataRow(47000.0, 100000.0, 1.47)]
        [DataRow(0.0, 100000.0, 1.0)]
        public void DividerRatioIsR1PlusR2OverR2(double top, double bottom, double ratio)
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            configuration.TopResistorOhms = top;
            configuration.BottomResistorOhms = bottom;
            Approx.Equal(ratio, configuration.DividerRatio, 1e-12, "ratio");
            Approx.Equal(1.5 * ratio, configuration.PinVoltage(1.5 * 4095 / 3.3) * configuration.DividerRatio, 1e-9, "1.5 V at the pin");
        }

        [TestMethod]
        [DataRow(12, 3.3, 4095, 3.3)]
        [DataRow(12, 3.3, 0, 0.0)]
        [DataRow(10, 1.1, 1023, 1.1)]
        [DataRow(12, 2.45, 2048, 1.22530)]
        public void RawToPinVoltage(int bits, double fullScale, int raw, double volts)
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            configuration.ResolutionBits = bits;
            configuration.FullScaleVoltage = fullScale;
            Approx.Equal(volts, configuration.PinVoltage(raw), 0.00001, "pin voltage");
        }

        [TestMethod]
        [DataRow(4.2)]
        [DataRow(3.7)]
        [DataRow(3.3008)]
        [DataRow(3.0)]
        public void RawValueIsTheInverseWithinOneCount(double volts)
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            int raw = configuration.RawValue(volts);
            double lsb = configuration.BatteryVoltage(1);
            Approx.Equal(volts, configuration.BatteryVoltage(raw), lsb / 2, "round trip");
        }

        [TestMethod]
        public void RawValueClampsToTheAdcRange()
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            Assert.AreEqual(4095, configuration.RawValue(9.0), "above full scale");
            Assert.AreEqual(0, configuration.RawValue(-1.0));
            Assert.AreEqual(0, configuration.RawValue(double.NaN));
        }
    }
}
