using Telemetry.Drivers;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Climate.Simulated;
using Xunit;

namespace Telemetry.HostTests.Drivers;

/// <summary>The simulated BME280 behind the shared climate state logic.</summary>
public class SimulatedClimateTests
{
    private const long Minute = 60000;

    [Fact]
    public void DriftsSlowlyWithNoiseAroundTheTruth()
    {
        var clock = new ManualClock();
        var twin = new SimulatedClimateSource(clock, 42);
        var sensor = new ClimateSensor(twin, clock, new ClimateConfiguration());
        var reading = new ClimateReading();
        double min = double.MaxValue;
        double max = double.MinValue;

        for (int i = 0; i < 24 * 60; i += 10)
        {
            Assert.True(sensor.Read(reading));
            Assert.Equal(ClimateSensorState.Ready, reading.State);
            Assert.Equal(twin.TrueTemperatureCelsius, reading.TemperatureCelsius, 0.05 + 1e-9);
            Assert.Equal(twin.TrueHumidityPercent, reading.HumidityPercent, 0.25 + 1e-9);
            Assert.Equal(twin.TruePressureHectopascals, reading.PressureHectopascals, 0.1 + 1e-9);
            min = Math.Min(min, reading.TemperatureCelsius);
            max = Math.Max(max, reading.TemperatureCelsius);
            clock.Advance(10 * Minute);
        }

        Assert.InRange(max - min, 7.5, 8.2);
    }

    [Fact]
    public void SameSeedSameReadings()
    {
        double[] Run(uint seed)
        {
            var clock = new ManualClock();
            var sensor = new ClimateSensor(new SimulatedClimateSource(clock, seed), clock, new ClimateConfiguration());
            var reading = new ClimateReading();
            var values = new double[50];
            for (int i = 0; i < values.Length; i++)
            {
                sensor.Read(reading);
                values[i] = reading.TemperatureCelsius + reading.HumidityPercent + reading.PressureHectopascals;
                clock.Advance(Minute);
            }

            return values;
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void SensorThatGoesMissingIsNotRespondingThenComesBack()
    {
        var clock = new ManualClock();
        var twin = new SimulatedClimateSource(clock, 1);
        var sensor = new ClimateSensor(twin, clock, new ClimateConfiguration());
        var reading = new ClimateReading();
        sensor.Read(reading);

        twin.Fault = SimulatedClimateFault.Missing;
        for (int i = 1; i <= 3; i++)
        {
            clock.Advance(Minute / 6);
            Assert.False(sensor.Read(reading));
            Assert.Equal(i < 3 ? ClimateSensorState.Ready : ClimateSensorState.NotResponding, reading.State);
        }

        clock.Advance(Minute);
        sensor.Read(reading);
        Assert.Equal(ClimateSensorState.NotResponding, reading.State);

        twin.Fault = SimulatedClimateFault.None;
        clock.Advance(Minute);
        Assert.True(sensor.Read(reading));
        Assert.Equal(ClimateSensorState.Ready, reading.State);
        Assert.Equal(2, reading.Detections);
        Assert.Equal(2, twin.Opens);
    }

    [Fact]
    public void GarbageFromAPowerLossIsNotResponding()
    {
        var clock = new ManualClock();
        var twin = new SimulatedClimateSource(clock, 1);
        var sensor = new ClimateSensor(twin, clock, new ClimateConfiguration());
        var reading = new ClimateReading();
        sensor.Read(reading);

        twin.Fault = SimulatedClimateFault.Garbage;
        sensor.Read(reading);
        Assert.False(reading.IsValid);
        Assert.True(double.IsNaN(reading.HumidityPercent), "100 % humidity without a temperature is not trusted");
        sensor.Read(reading);
        sensor.Read(reading);
        Assert.Equal(ClimateSensorState.NotResponding, reading.State);
    }

    [Fact]
    public void MissingAtStartUpIsReportedUntilPluggedIn()
    {
        var clock = new ManualClock();
        var twin = new SimulatedClimateSource(clock, 1) { Fault = SimulatedClimateFault.Missing };
        var sensor = new ClimateSensor(twin, clock, new ClimateConfiguration());
        var reading = new ClimateReading();

        for (int i = 0; i < 10; i++)
        {
            Assert.False(sensor.Read(reading));
            Assert.Equal(ClimateSensorState.Missing, reading.State);
            clock.Advance(10000);
        }

        twin.Fault = SimulatedClimateFault.None;
        clock.Advance(30000);
        Assert.True(sensor.Read(reading));
        Assert.Equal(ClimateSensorState.Ready, reading.State);
        Assert.Equal(1, reading.Detections);
    }
}
