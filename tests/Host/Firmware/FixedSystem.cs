using Telemetry.Firmware;

namespace Telemetry.HostTests.Firmware;

/// <summary>A board for the allocation tests: a fixed MAC, 80 KB free, a fixed UTC time; reboot and sleep do nothing.</summary>
public sealed class FixedSystem(byte macLastByte) : ISystem
{
    public byte[] MacAddress { get; } = [2, 0, 0, 0, 0, macLastByte];

    public long FreeMemoryBytes() => 81920;

    public bool TryGetUtcNow(out DateTime utc)
    {
        utc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        return true;
    }

    public void Reboot()
    {
    }

    public void DeepSleep(int seconds)
    {
    }
}
