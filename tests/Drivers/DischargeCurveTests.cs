using nanoFramework.TestFramework;
using Telemetry.Drivers.Battery;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class DischargeCurveTests
    {
        [TestMethod]
        [DataRow(4.19, 100.0)]
        [DataRow(4.05, 90.0)]
        [DataRow(3.99, 80.0)]
        [DataRow(3.89, 70.0)]
        [DataRow(3.80, 60.0)]
        [DataRow(3.72, 50.0)]
        [DataRow(3.63, 40.0)]
        [DataRow(3.53, 30.0)]
        [DataRow(3.42, 20.0)]
        [DataRow(3.30, 10.0)]
        [DataRow(3.10, 0.0)]
        public void LiPoCurvePointsAreExact(double volts, double percent)
        {
            DischargeCurve curve = DischargeCurve.SingleCellLiPo();
            Approx.Equal(percent, curve.StateOfCharge(volts), 1e-9, "SoC");
            Approx.Equal(volts, curve.Voltage(percent), 1e-12, "voltage");
        }

        [TestMethod]
        [DataRow(4.20, 100.0)]
        [DataRow(4.35, 100.0)]
        [DataRow(3.00, 0.0)]
        [DataRow(0.0, 0.0)]
        [DataRow(3.675, 45.0)]
        [DataRow(4.12, 95.0)]
        [DataRow(3.20, 5.0)]
        public void InterpolatesAndClamps(double volts, double percent)
        {
            Approx.Equal(percent, DischargeCurve.SingleCellLiPo().StateOfCharge(volts), 1e-9, "SoC");
        }

        [TestMethod]
        public void VoltageIsTheInverse()
        {
            DischargeCurve curve = DischargeCurve.SingleCellLiPo();
            for (int percent = 0; percent <= 100; percent += 3)
            {
                Approx.Equal(percent, curve.StateOfCharge(curve.Voltage(percent)), 1e-9, "round trip");
            }

            Approx.Equal(4.19, curve.Voltage(150), 0, "clamped high");
            Approx.Equal(3.10, curve.Voltage(-5), 0, "clamped low");
            Assert.IsTrue(double.IsNaN(curve.StateOfCharge(double.NaN)));
        }

        [TestMethod]
        public void CustomCurveIsCopied()
        {
            double[] volts = new double[] { 3.4, 3.2, 3.0 };
            double[] percents = new double[] { 100, 50, 0 };
            DischargeCurve curve = new DischargeCurve(volts, percents);
            volts[0] = 9;
            Assert.AreEqual(3, curve.PointCount);
            Approx.Equal(3.4, curve.VoltsAt(0), 0, "copied");
            Approx.Equal(75, curve.StateOfCharge(3.3), 1e-9, "LiFePO4-like curve");
            Approx.Equal(50, curve.PercentAt(1), 0, "point");
        }

        [TestMethod]
        public void InvalidCurvesAreRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(new double[] { 4.2 }, new double[] { 100 }));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(new double[] { 4.2, 3.0 }, new double[] { 100 }));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(new double[] { 3.0, 4.2 }, new double[] { 100, 0 }));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(new double[] { 4.2, 3.0 }, new double[] { 0, 100 }));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(new double[] { 4.2, 3.0 }, new double[] { 120, 0 }));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DischargeCurve(null, new double[] { 100, 0 }));
            // NaN compares as greater on the device: the checks test double.IsNaN first.
            ArgumentAssert.ThrowsFor("volts", () => new DischargeCurve(new double[] { double.NaN, 3.0 }, new double[] { 100, 0 }));
            ArgumentAssert.ThrowsFor("volts", () => new DischargeCurve(new double[] { 4.2, double.NaN }, new double[] { 100, 0 }));
            ArgumentAssert.ThrowsFor("percents", () => new DischargeCurve(new double[] { 4.2, 3.0 }, new double[] { double.NaN, 0 }));
            ArgumentAssert.ThrowsFor("percents", () => new DischargeCurve(new double[] { 4.2, 3.0 }, new double[] { 100, double.NaN }));
        }
    }
}
