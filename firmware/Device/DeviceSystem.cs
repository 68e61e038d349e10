using System;
using System.Net.NetworkInformation;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace Telemetry.Firmware.Device
{
    /// <summary>
    /// The ESP32 as the application sees it: Wi-Fi MAC address, free managed heap, the network clock, reboot and
    /// timer-woken deep sleep.
    /// </summary>
    public sealed class DeviceSystem : ISystem
    {
        // The RTC starts at 1970 after a cold boot; SNTP sets it once the network is up. Anything before this is unset.
        private static readonly DateTime s_earliestValidTime = new DateTime(2024, 1, 1, 0, 0, 0);

        private readonly byte[] _macAddress;

        /// <summary>Reads the MAC address of the Wi-Fi interface once.</summary>
        public DeviceSystem()
        {
            _macAddress = ReadMacAddress();
        }

        /// <inheritdoc />
        public byte[] MacAddress
        {
            get { return _macAddress; }
        }

        /// <summary>True once <paramref name="utc"/> has been set by the network clock (not the 1970 boot value).</summary>
        public static bool IsValidTime(DateTime utc)
        {
            return utc >= s_earliestValidTime;
        }

        /// <inheritdoc />
        public long FreeMemoryBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }

        /// <inheritdoc />
        public bool TryGetUtcNow(out DateTime utc)
        {
            utc = DateTime.UtcNow;
            return IsValidTime(utc);
        }

        /// <inheritdoc />
        public void Reboot()
        {
            Console.WriteLine("rebooting");
            Power.RebootDevice();
        }

        /// <inheritdoc />
        public void DeepSleep(int seconds)
        {
            if (seconds < 1)
            {
                seconds = 1;
            }

            Console.WriteLine("deep sleep for " + seconds.ToString() + " s");
            Sleep.EnableWakeupByTimer(TimeSpan.FromSeconds(seconds));
            Sleep.StartDeepSleep();
        }

        private static byte[] ReadMacAddress()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            byte[] fallback = null;
            for (int i = 0; i < interfaces.Length; i++)
            {
                byte[] address = interfaces[i].PhysicalAddress;
                if (address == null || address.Length == 0)
                {
                    continue;
                }

                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return address;
                }

                if (fallback == null)
                {
                    fallback = address;
                }
            }

            return fallback != null ? fallback : new byte[6];
        }
    }
}
