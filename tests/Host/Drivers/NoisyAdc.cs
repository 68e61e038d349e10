using Telemetry.Drivers;
using Telemetry.Drivers.Battery;

namespace Telemetry.HostTests.Drivers;

/// <summary>ADC returning a slowly falling value with seeded noise, without allocating.</summary>
public sealed class NoisyAdc(uint seed) : IRawAdcReader
{
    private readonly Lcg _random = new(seed);
    private int _conversions;

    public int ReadRaw()
    {
        _conversions++;
        return 2600 - (_conversions / 1000) + _random.Next(9) - 4;
    }
}
