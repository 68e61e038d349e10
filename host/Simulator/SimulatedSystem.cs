using Telemetry.Firmware;

namespace Telemetry.Simulator;

/// <summary>The board of a simulated device: a locally administered MAC, the simulated clock as network time.</summary>
public sealed class SimulatedSystem(int index, SimulationClock clock) : ISystem
{
    public byte[] MacAddress { get; } = [0x02, 0x54, 0x45, (byte)(index >> 16), (byte)(index >> 8), (byte)index];

    public int Reboots { get; private set; }

    public int SleepSeconds { get; private set; }

    /// <summary>Called when the application asks to reboot or sleep.</summary>
    public Action<string>? Log { get; set; }

    public long FreeMemoryBytes() => -1;

    public bool TryGetUtcNow(out DateTime utc)
    {
        utc = clock.UtcNow;
        return true;
    }

    public void Reboot()
    {
        Reboots++;
        Log?.Invoke("reboot requested (simulated: the device stays stopped)");
    }

    public void DeepSleep(int seconds)
    {
        SleepSeconds = seconds;
        Log?.Invoke($"deep sleep for {seconds} s requested (simulated: the device stays stopped)");
    }
}
