using Telemetry.Drivers.Climate;

namespace Telemetry.HostTests.Drivers;

/// <summary>
/// Climate source that cycles through good, out-of-range and refused reads (no exceptions: a thrown exception is
/// the thrower's allocation, not the sensor logic's).
/// </summary>
public sealed class SteadyClimateSource : IClimateSource
{
    private int _reads;

    public bool Open() => true;

    public bool Read(ClimateSample sample)
    {
        _reads++;
        if (_reads % 7 == 0)
        {
            return false;
        }

        sample.TemperatureCelsius = _reads % 5 == 0 ? -150 : 20 + (_reads % 10);
        sample.TemperatureIsValid = true;
        sample.HumidityPercent = 45;
        sample.HumidityIsValid = true;
        sample.PressureHectopascals = _reads % 3 == 0 ? 1200 : 1000;
        sample.PressureIsValid = true;
        return true;
    }

    public void Close()
    {
    }
}
