using System;
using Telemetry.Firmware;

namespace Telemetry.Tests.Firmware
{
    /// <summary>An <see cref="ISystem"/> that records reboots and sleeps.</summary>
    public sealed class FakeSystem : ISystem
    {
        public FakeSystem()
        {
            MacAddress = new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0xAB, 0xCD };
            FreeMemory = 81920;
        }

        public byte[] MacAddress { get; set; }

        public long FreeMemory { get; set; }

        public bool HasTime { get; set; }

        public DateTime UtcNow { get; set; }

        public int Reboots { get; private set; }

        public int SleptSeconds { get; private set; }

        public long FreeMemoryBytes()
        {
            return FreeMemory;
        }

        public bool TryGetUtcNow(out DateTime utc)
        {
            utc = UtcNow;
            return HasTime;
        }

        public void Reboot()
        {
            Reboots++;
        }

        public void DeepSleep(int seconds)
        {
            SleptSeconds = seconds;
        }
    }
}
