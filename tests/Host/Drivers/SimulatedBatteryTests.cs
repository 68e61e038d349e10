using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Battery.Simulated;
using Xunit;

namespace Telemetry.HostTests.Drivers;

/// <summary>The simulated battery produces raw ADC values that the same gauge turns back into its voltage.</summary>
public class SimulatedBatteryTests
{
    private const long Hour = 3600000;

    [Fact]
    public void GaugeFollowsADischargeAndRaisesTheLowFlag()
    {
        var clock = new ManualClock();
        var configuration = new BatteryConfiguration { SmoothingTimeConstantMilliseconds = 0 };
        var battery = new SimulatedBatteryAdc(clock, configuration, startPercent: 100, fullDischargeMilliseconds: 10 * Hour, noiseCounts: 0, seed: 1);
        var monitor = new BatteryMonitor(battery, clock, configuration);
        var reading = new BatteryReading();
        double lsb = configuration.BatteryVoltage(1);
        bool wasLow = false;
        double lastSoc = 101;

        for (long t = 0; t <= 10 * Hour; t += Hour / 6)
        {
            Assert.True(monitor.Read(reading));
            Assert.Equal(battery.Voltage, reading.Voltage, lsb / 2 + 1e-12);
            Assert.True(Math.Abs(battery.StateOfChargePercent - reading.StateOfChargePercent) < 0.5, $"SoC at {t / 60000} min");
            Assert.True(reading.StateOfChargePercent <= lastSoc + 0.2, "falls");
            Assert.Equal(reading.SmoothedVoltage <= configuration.LowVoltage || (wasLow && reading.SmoothedVoltage < 3.5), reading.IsLow);
            wasLow = reading.IsLow;
            lastSoc = reading.StateOfChargePercent;
            clock.Advance(Hour / 6);
        }

        Assert.True(reading.IsLow, "empty at the end");
        Assert.Equal(0, reading.StateOfChargePercent, 1);

        battery.SetStateOfCharge(80);
        monitor.Read(reading);
        Assert.False(reading.IsLow, "recharged");
        Assert.Equal(80, reading.StateOfChargePercent, 0);
    }

    [Fact]
    public void NoiseIsSeededAndSmoothedAway()
    {
        var configuration = new BatteryConfiguration { SamplesPerReading = 1, SmoothingTimeConstantMilliseconds = 300000 };
        var clock = new ManualClock();
        var first = new SimulatedBatteryAdc(clock, configuration, 60, 100 * Hour, noiseCounts: 40, seed: 99);
        var second = new SimulatedBatteryAdc(clock, configuration, 60, 100 * Hour, noiseCounts: 40, seed: 99);
        var raws = new HashSet<int>();
        for (int i = 0; i < 100; i++)
        {
            int raw = first.ReadRaw();
            Assert.Equal(raw, second.ReadRaw());
            raws.Add(raw);
        }

        Assert.True(raws.Count > 20, "noisy");

        var monitor = new BatteryMonitor(first, clock, configuration);
        var reading = new BatteryReading();
        double worstInstant = 0;
        for (int i = 0; i < 600; i++)
        {
            clock.Advance(10000);
            monitor.Read(reading);
            if (i > 200)
            {
                worstInstant = Math.Max(worstInstant, Math.Abs(reading.Voltage - first.Voltage));
                Assert.True(Math.Abs(reading.SmoothedVoltage - first.Voltage) < 0.02, "smoothed within 20 mV");
            }
        }

        Assert.True(worstInstant > 0.03, "single readings are off by up to 40 counts (64 mV)");
    }
}
