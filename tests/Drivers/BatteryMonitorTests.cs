using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class BatteryMonitorTests
    {
        /// <summary>1 mV per count at the pin and no divider: raw 3700 reads 3.700 V.</summary>
        private static BatteryConfiguration MillivoltConfiguration()
        {
            BatteryConfiguration configuration = new BatteryConfiguration();
            configuration.FullScaleVoltage = 4.095;
            configuration.TopResistorOhms = 0;
            configuration.SamplesPerReading = 1;
            configuration.SmoothingTimeConstantMilliseconds = 0;
            return configuration;
        }

        [TestMethod]
        public void ReadingCarriesEveryStep()
        {
            FakeAdcReader adc = new FakeAdcReader();
            adc.Raw = 2048;
            ManualClock clock = new ManualClock(777);
            BatteryMonitor monitor = new BatteryMonitor(adc, clock, new BatteryConfiguration());
            BatteryReading reading = new BatteryReading();

            Assert.IsTrue(monitor.Read(reading));
            Assert.IsTrue(reading.IsValid);
            Approx.Equal(2048, reading.RawValue, 0, "raw");
            Approx.Equal(1.6504, reading.PinVoltage, 0.0001, "pin");
            Approx.Equal(3.3008, reading.Voltage, 0.0001, "battery");
            Approx.Equal(3.3008, reading.SmoothedVoltage, 0.0001, "the first reading starts the average");
            Approx.Equal(10.07, reading.StateOfChargePercent, 0.005, "SoC");
            Assert.IsTrue(reading.IsLow, "below 3.40 V");
            Assert.AreEqual(777L, reading.TimestampMilliseconds);
            Assert.AreEqual(16, adc.Conversions, "16 conversions averaged");
        }

        [TestMethod]
        public void BurstIsAveraged()
        {
            FakeAdcReader adc = new FakeAdcReader();
            adc.Raw = 3700;
            adc.AlternateRaw = 3710;
            BatteryConfiguration configuration = MillivoltConfiguration();
            configuration.SamplesPerReading = 8;
            BatteryMonitor monitor = new BatteryMonitor(adc, new ManualClock(), configuration);
            BatteryReading reading = new BatteryReading();

            monitor.Read(reading);
            Approx.Equal(3705, reading.RawValue, 0, "mean of 3700 and 3710");
            Approx.Equal(3.705, reading.Voltage, 1e-9, "volts");
        }

        [TestMethod]
        public void OutOfRangeConversionsAreClamped()
        {
            FakeAdcReader adc = new FakeAdcReader();
            adc.Raw = 5000;
            adc.AlternateRaw = 0;
            BatteryConfiguration configuration = MillivoltConfiguration();
            configuration.SamplesPerReading = 2;
            BatteryMonitor monitor = new BatteryMonitor(adc, new ManualClock(), configuration);
            BatteryReading reading = new BatteryReading();

            monitor.Read(reading);
            Approx.Equal(4095 / 2.0, reading.RawValue, 0, "5000 counts as 4095");
        }

        [TestMethod]
        public void SmoothingFollowsTheClock()
        {
            FakeAdcReader adc = new FakeAdcReader();
            ManualClock clock = new ManualClock(1000);
            BatteryConfiguration configuration = MillivoltConfiguration();
            configuration.SmoothingTimeConstantMilliseconds = 10000;
            BatteryMonitor monitor = new BatteryMonitor(adc, clock, configuration);
            BatteryReading reading = new BatteryReading();

            adc.Raw = 4000;
            monitor.Read(reading);
            Approx.Equal(4.0, reading.SmoothedVoltage, 1e-9, "start");

            adc.Raw = 3000;
            monitor.Read(reading);
            Approx.Equal(4.0, reading.SmoothedVoltage, 1e-9, "no time passed: no weight");
            Approx.Equal(3.0, reading.Voltage, 1e-9, "the instant value moves");

            clock.Advance(10000);
            monitor.Read(reading);
            double afterOneTau = 4.0 - ((1 - Math.Exp(-1)) * 1.0);
            Approx.Equal(afterOneTau, reading.SmoothedVoltage, 1e-9, "one time constant: 63 % of the step");

            clock.Advance(5000);
            monitor.Read(reading);
            double afterHalf = afterOneTau + ((1 - Math.Exp(-0.5)) * (3.0 - afterOneTau));
            Approx.Equal(afterHalf, reading.SmoothedVoltage, 1e-9, "irregular intervals weigh by time");
            Approx.Equal(configuration.Curve.StateOfCharge(afterHalf), reading.StateOfChargePercent, 1e-9, "SoC from the smoothed voltage");
        }

        [TestMethod]
        public void SameIntervalGivesTheSameWeightWhateverTheSampleCount()
        {
            BatteryConfiguration configuration = MillivoltConfiguration();
            configuration.SmoothingTimeConstantMilliseconds = 20000;
            FakeAdcReader adc = new FakeAdcReader();
            ManualClock clock = new ManualClock();
            BatteryMonitor fast = new BatteryMonitor(adc, clock, configuration);
            BatteryMonitor slow = new BatteryMonitor(adc, clock, configuration);
            BatteryReading fastReading = new BatteryReading();
            BatteryReading slowReading = new BatteryReading();

            adc.Raw = 4000;
            fast.Read(fastReading);
            slow.Read(slowReading);
            adc.Raw = 3600;
            for (int i = 0; i < 10; i++)
            {
                clock.Advance(1000);
                fast.Read(fastReading);
            }

            slow.Read(slowReading);
            Approx.Equal(slowReading.SmoothedVoltage, fastReading.SmoothedVoltage, 1e-9, "10 x 1 s = 1 x 10 s");
        }

        [TestMethod]
        public void LowBatteryHasHysteresis()
        {
            FakeAdcReader adc = new FakeAdcReader();
            BatteryMonitor monitor = new BatteryMonitor(adc, new ManualClock(), MillivoltConfiguration());
            BatteryReading reading = new BatteryReading();

            adc.Raw = 3450;
            monitor.Read(reading);
            Assert.IsFalse(reading.IsLow, "3.450 V");
            adc.Raw = 3399;
            monitor.Read(reading);
            Assert.IsTrue(reading.IsLow, "3.399 V is at or below 3.40 V");
            adc.Raw = 3450;
            monitor.Read(reading);
            Assert.IsTrue(reading.IsLow, "3.450 V is inside the hysteresis");
            adc.Raw = 3499;
            monitor.Read(reading);
            Assert.IsTrue(reading.IsLow, "3.499 V is still inside");
            adc.Raw = 3501;
            monitor.Read(reading);
            Assert.IsFalse(reading.IsLow, "3.501 V clears it");
            adc.Raw = 3450;
            monitor.Read(reading);
            Assert.IsFalse(reading.IsLow, "and 3.450 V does not set it again");
        }

        [TestMethod]
        public void LowFlagUsesTheSmoothedVoltage()
        {
            FakeAdcReader adc = new FakeAdcReader();
            ManualClock clock = new ManualClock();
            BatteryConfiguration configuration = MillivoltConfiguration();
            configuration.SmoothingTimeConstantMilliseconds = 60000;
            BatteryMonitor monitor = new BatteryMonitor(adc, clock, configuration);
            BatteryReading reading = new BatteryReading();

            adc.Raw = 3700;
            monitor.Read(reading);
            adc.Raw = 3000;
            clock.Advance(1000);
            monitor.Read(reading);
            Assert.IsFalse(reading.IsLow, "a short dip (radio burst) does not trip it");
            Assert.IsTrue(reading.SmoothedVoltage > 3.68, "smoothed");
        }

        [TestMethod]
        public void FailingAdcGivesAnInvalidReading()
        {
            FakeAdcReader adc = new FakeAdcReader();
            adc.Raw = 3700;
            BatteryMonitor monitor = new BatteryMonitor(adc, new ManualClock(), MillivoltConfiguration());
            BatteryReading reading = new BatteryReading();

            Assert.IsTrue(monitor.Read(reading));
            adc.Failing = true;
            Assert.IsFalse(monitor.Read(reading));
            Assert.IsFalse(reading.IsValid);
            adc.Failing = false;
            Assert.IsTrue(monitor.Read(reading));
            Approx.Equal(3.7, reading.SmoothedVoltage, 1e-9, "recovers");
        }

        [TestMethod]
        public void ConstructorChecksItsArguments()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new BatteryMonitor(null, new ManualClock(), new BatteryConfiguration()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new BatteryMonitor(new FakeAdcReader(), null, new BatteryConfiguration()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new BatteryMonitor(new FakeAdcReader(), new ManualClock(), null));
            BatteryConfiguration bad = new BatteryConfiguration();
            bad.SamplesPerReading = 0;
            Assert.ThrowsException(typeof(ArgumentException), () => new BatteryMonitor(new FakeAdcReader(), new ManualClock(), bad));
        }
    }
}
