using System;

namespace Telemetry.Firmware
{
    /// <summary>
    /// The board as the application sees it: the device implementation lives in <c>Device/</c>, the host
    /// simulator has its own. Everything here may be called from the main loop only.
    /// </summary>
    public interface ISystem
    {
        /// <summary>MAC address of the network interface (6 bytes), read once at start-up.</summary>
        byte[] MacAddress { get; }

        /// <summary>Free managed memory in bytes (on the device: <c>nanoFramework.Runtime.Native.GC.Run(false)</c>).</summary>
        long FreeMemoryBytes();

        /// <summary>
        /// UTC wall time from the network clock (SNTP on the device); false while no valid time is known.
        /// </summary>
        bool TryGetUtcNow(out DateTime utc);

        /// <summary>Restarts the board. Does not return on the device.</summary>
        void Reboot();

        /// <summary>Deep sleep for <paramref name="seconds"/>, then a cold start. Does not return on the device.</summary>
        void DeepSleep(int seconds);
    }
}
