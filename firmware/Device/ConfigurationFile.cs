using System;
using System.IO;
using Telemetry.Firmware.Configuration;

namespace Telemetry.Firmware.Device
{
    /// <summary>
    /// The configuration file on the device's internal storage (the littlefs config partition, drive I:),
    /// uploaded by <c>flash.ps1 -ConfigFile</c> (nanoff file deployment).
    /// </summary>
    public static class ConfigurationFile
    {
        /// <summary>Where flash.ps1 puts the file (its -ConfigDestination default).</summary>
        public const string FilePath = "I:\\config.txt";

        /// <summary>Largest file read, bytes.</summary>
        public const int MaxBytes = 8192;

        /// <summary>
        /// Reads and parses the file into <paramref name="configuration"/>, printing every refused line with its number
        /// and key. A missing, empty, oversized or unreadable file leaves the defaults. Start-up only.
        /// </summary>
        public static void Load(DeviceConfiguration configuration)
        {
            byte[] data;
            try
            {
                if (!File.Exists(FilePath))
                {
                    Console.WriteLine("config: " + FilePath + " not found, using defaults (upload one with flash.ps1 -ConfigFile)");
                    return;
                }

                data = File.ReadAllBytes(FilePath);
            }
            catch (Exception e)
            {
                Console.WriteLine("config: cannot read " + FilePath + " (" + e.Message + "), using defaults");
                return;
            }

            if (data == null || data.Length == 0 || data.Length > MaxBytes)
            {
                Console.WriteLine("config: " + FilePath + " is empty or larger than " + MaxBytes.ToString() + " bytes, using defaults");
                return;
            }

            ConfigurationResult result = ConfigurationParser.Parse(data, configuration);
            for (int i = 0; i < result.ErrorCount; i++)
            {
                Console.WriteLine("config: " + result.GetError(i).ToString());
            }

            Console.WriteLine("config: " + result.ValuesRead.ToString() + " settings read from " + FilePath + ", " + result.ErrorCount.ToString() + " refused");
        }
    }
}
