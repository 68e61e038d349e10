using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Climate;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class ClimateSensorTests
    {
        private const long Retry = 30000;

        private static ClimateSensor NewSensor(FakeClimateSource source, ManualClock clock)
        {
            return new ClimateSensor(source, clock, new ClimateConfiguration());
        }

        private static void AssertNothingValid(ClimateReading reading)
        {
            Assert.IsFalse(reading.IsValid);
            Assert.IsFalse(reading.TemperatureIsValid);
            Assert.IsFalse(reading.HumidityIsValid);
            Assert.IsFalse(reading.PressureIsValid);
            Assert.IsTrue(double.IsNaN(reading.TemperatureCelsius));
            Assert.IsTrue(double.IsNaN(reading.HumidityPercent));
            Assert.IsTrue(double.IsNaN(reading.PressureHectopascals));
        }

        [TestMethod]
        public void PresentSensorIsReadyAtTheFirstRead()
        {
            FakeClimateSource source = new FakeClimateSource();
            ClimateSensor sensor = NewSensor(source, new ManualClock(500));
            ClimateReading reading = new ClimateReading();

            Assert.AreEqual((int)ClimateSensorState.Starting, (int)sensor.State);
            Assert.IsTrue(sensor.Read(reading));
            Assert.AreEqual((int)ClimateSensorState.Ready, (int)reading.State);
            Approx.Equal(21.5, reading.TemperatureCelsius, 0, "temperature");
            Approx.Equal(40, reading.HumidityPercent, 0, "humidity");
            Approx.Equal(1000, reading.PressureHectopascals, 0, "pressure");
            Assert.IsTrue(reading.TemperatureIsValid && reading.HumidityIsValid && reading.PressureIsValid);
            Assert.AreEqual(1L, reading.Detections);
            Assert.AreEqual(500L, reading.TimestampMilliseconds);
            Assert.AreEqual(1, source.Opens);

            sensor.Read(reading);
            Assert.AreEqual(1, source.Opens, "opened once");
            Assert.AreEqual(2, source.Reads);
        }

        [TestMethod]
        public void MissingAtStartUpIsRetriedAtTheInterval()
        {
            FakeClimateSource source = new FakeClimateSource();
            source.Present = false;
            ManualClock clock = new ManualClock();
            ClimateSensor sensor = NewSensor(source, clock);
            ClimateReading reading = new ClimateReading();

            Assert.IsFalse(sensor.Read(reading));
            Assert.AreEqual((int)ClimateSensorState.Missing, (int)reading.State);
            AssertNothingValid(reading);
            Assert.AreEqual(0, source.Reads);

            clock.Advance(Retry - 1);
            sensor.Read(reading);
            Assert.AreEqual(1, source.Opens, "not before the retry interval");

            clock.Advance(1);
            sensor.Read(reading);
            Assert.AreEqual(2, source.Opens, "retried");
            Assert.AreEqual((int)ClimateSensorState.Missing, (int)reading.State);
            Assert.AreEqual(2L, reading.TotalFailures);

            source.Present = true;
            clock.Advance(Retry);
            Assert.IsTrue(sensor.Read(reading));
            Assert.AreEqual((int)ClimateSensorState.Ready, (int)reading.State);
            Assert.AreEqual(1L, reading.Detections);
        }

        [TestMethod]
        public void OpenThatThrowsCountsAsMissing()
        {
            FakeClimateSource source = new FakeClimateSource();
            source.ThrowOnOpen = true;
            ClimateSensor sensor = NewSensor(source, new ManualClock());
            ClimateReading reading = new ClimateReading();

            Assert.IsFalse(sensor.Read(reading));
            Assert.AreEqual((int)ClimateSensorState.Missing, (int)sensor.State);
        }

        [TestMethod]
        public void StopsAnsweringAfterThreeFailuresAndIsRedetected()
        {
            FakeClimateSource source = new FakeClimateSource();
            ManualClock clock = new ManualClock();
            ClimateSensor sensor = NewSensor(source, clock);
            ClimateReading reading = new ClimateReading();
            sensor.Read(reading);

            source.ThrowOnRead = true;
            sensor.Read(reading);
            Assert.AreEqual((int)ClimateSensorState.Ready, (int)reading.State, "one failure is not enough");
            Assert.AreEqual(1, reading.ConsecutiveFailures);
            AssertNothingValid(reading);
            sensor.Read(reading);
            Assert.AreEqual(2, reading.ConsecutiveFailures);
            Assert.AreEqual(0, source.Closes);
            sensor.Read(reading);
            Assert.AreEqual((int)ClimateSensorState.NotResponding, (int)reading.State);
            Assert.AreEqual(1, source.Closes, "released for a fresh detection");

            int reads = source.Reads;
            clock.Advance(Retry / 2);
            sensor.Read(reading);
            Assert.AreEqual(reads, source.Reads, "left alone until the retry");
            Assert.AreEqual(1, source.Opens);

            source.ThrowOnRead = false;
            clock.Advance(Retry / 2);
            Assert.IsTrue(sensor.Read(reading));
            Assert.AreEqual((int)ClimateSensorState.Ready, (int)reading.State);
            Assert.AreEqual(2L, reading.Detections, "came back");
            Assert.AreEqual(0, reading.ConsecutiveFailures);
            Assert.AreEqual(3L, reading.TotalFailures);
        }

        [TestMethod]
        public void RedetectionThatFailsKeepsNotResponding()
        {
            FakeClimateSource source = new FakeClimateSource();
            ManualClock clock = new ManualClock();
            ClimateSensor sensor = NewSensor(source, clock);
            ClimateReading reading = new ClimateReading();
            sensor.Read(reading);
            source.RefuseRead = true;
            sensor.Read(reading);
            sensor.Read(reading);
            sensor.Read(reading);
            Assert.AreEqual((int)ClimateSensorState.NotResponding, (int)sensor.State);

            source.Present = false;
            clock.Advance(Retry);
            sensor.Read(reading);
            Assert.AreEqual((int)ClimateSensorState.NotResponding, (int)reading.State);
            Assert.AreEqual(2, source.Opens);
        }

        [TestMethod]
        public void OutOfRangeReadingsInARowAreNotResponding()
        {
            FakeClimateSource source = new FakeClimateSource();
            ClimateSensor sensor = NewSensor(source, new ManualClock());
            ClimateReading reading = new ClimateReading();
            sensor.Read(reading);

            source.Temperature = -144.97;
            source.Pressure = double.NaN;
            for (int i = 0; i < 3; i++)
            {
                Assert.IsFalse(sensor.Read(reading));
                AssertNothingValid(reading);
            }

            Assert.AreEqual((int)ClimateSensorState.NotResponding, (int)sensor.State);
        }

        [TestMethod]
        public void SuccessBetweenFailuresResetsTheCount()
        {
            FakeClimateSource source = new FakeClimateSource();
            ClimateSensor sensor = NewSensor(source, new ManualClock());
            ClimateReading reading = new ClimateReading();
            for (int i = 0; i < 5; i++)
            {
                source.ThrowOnRead = true;
                sensor.Read(reading);
                sensor.Read(reading);
                source.ThrowOnRead = false;
                Assert.IsTrue(sensor.Read(reading));
            }

            Assert.AreEqual((int)ClimateSensorState.Ready, (int)sensor.State);
            Assert.AreEqual(10L, reading.TotalFailures);
            Assert.AreEqual(0, reading.ConsecutiveFailures);
        }

        [TestMethod]
        [DataRow(-40.0, true)]
        [DataRow(85.0, true)]
        [DataRow(-40.1, false)]
        [DataRow(85.1, false)]
        public void TemperatureRangeIsTheBme280s(double celsius, bool valid)
        {
            FakeClimateSource source = new FakeClimateSource();
            source.Temperature = celsius;
            ClimateReading reading = new ClimateReading();
            NewSensor(source, new ManualClock()).Read(reading);
            Assert.AreEqual(valid, reading.TemperatureIsValid);
            Assert.AreEqual(valid, reading.HumidityIsValid, "humidity is compensated with the temperature");
            Assert.AreEqual(valid, reading.PressureIsValid, "so is pressure");
        }

        [TestMethod]
        [DataRow(0.0, 300.0, true, true)]
        [DataRow(100.0, 1100.0, true, true)]
        [DataRow(100.5, 1000.0, false, true)]
        [DataRow(-0.5, 1000.0, false, true)]
        [DataRow(50.0, 299.9, true, false)]
        [DataRow(50.0, 1100.1, true, false)]
        public void HumidityAndPressureRangesAreCheckedOneByOne(double humidity, double pressure, bool humidityValid, bool pressureValid)
        {
            FakeClimateSource source = new FakeClimateSource();
            source.Humidity = humidity;
            source.Pressure = pressure;
            ClimateReading reading = new ClimateReading();
            ClimateSensor sensor = NewSensor(source, new ManualClock());

            Assert.IsTrue(sensor.Read(reading));
            Assert.IsTrue(reading.TemperatureIsValid);
            Assert.AreEqual(humidityValid, reading.HumidityIsValid);
            Assert.AreEqual(pressureValid, reading.PressureIsValid);
            Assert.AreEqual(humidityValid, !double.IsNaN(reading.HumidityPercent));
            Assert.AreEqual(pressureValid, !double.IsNaN(reading.PressureHectopascals));
            Assert.AreEqual((int)ClimateSensorState.Ready, (int)reading.State, "a partial reading is a success");
        }

        [TestMethod]
        public void QuantityTheSourceDidNotMeasureIsInvalid()
        {
            FakeClimateSource source = new FakeClimateSource();
            source.HumidityValid = false;
            ClimateReading reading = new ClimateReading();
            NewSensor(source, new ManualClock()).Read(reading);

            Assert.IsTrue(reading.TemperatureIsValid);
            Assert.IsFalse(reading.HumidityIsValid);
            Assert.IsTrue(reading.PressureIsValid);
        }

        [TestMethod]
        public void ConstructorChecksItsArguments()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new ClimateSensor(null, new ManualClock(), new ClimateConfiguration()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new ClimateSensor(new FakeClimateSource(), null, new ClimateConfiguration()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new ClimateSensor(new FakeClimateSource(), new ManualClock(), null));
            ClimateConfiguration bad = new ClimateConfiguration();
            bad.I2cAddress = 0x40;
            Assert.ThrowsException(typeof(ArgumentException), () => new ClimateSensor(new FakeClimateSource(), new ManualClock(), bad));
        }
    }
}
