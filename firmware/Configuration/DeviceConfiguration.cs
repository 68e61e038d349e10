namespace Telemetry.Firmware.Configuration
{
    /// <summary>
    /// Every setting of the application, with safe defaults. Filled at start-up by <see cref="ConfigurationParser"/>
    /// from the configuration file, then by <see cref="ApplyDefaults"/>; read-only afterwards except the telemetry
    /// interval, which the <c>interval</c> command changes.
    /// </summary>
    public sealed class DeviceConfiguration
    {
        /// <summary>Shortest telemetry interval accepted, seconds.</summary>
        public const int MinIntervalSeconds = 1;

        /// <summary>Longest telemetry interval accepted (one day), seconds.</summary>
        public const int MaxIntervalSeconds = 86400;

        /// <summary>Longest device id, bytes.</summary>
        public const int MaxDeviceIdLength = 64;

        /// <summary>Device id: letters, digits, '-' and '_'. Empty until <see cref="ApplyDefaults"/> derives it from the MAC.</summary>
        public string DeviceId { get; set; } = "";

        /// <summary>Broker URI as written in the file (<c>mqtt://host:port</c> or <c>mqtts://host:port</c>).</summary>
        public string BrokerUri { get; set; } = "mqtt://192.168.1.10:1883";

        /// <summary>Broker host name or address.</summary>
        public string BrokerHost { get; set; } = "192.168.1.10";

        /// <summary>Broker TCP port (1883 for mqtt://, 8883 for mqtts:// unless given).</summary>
        public int BrokerPort { get; set; } = 1883;

        /// <summary>True for mqtts:// (TLS with the CA stored by nanoff's network deployment).</summary>
        public bool BrokerUseTls { get; set; }

        /// <summary>MQTT protocol level: 4 (3.1.1) or 5 (5.0).</summary>
        public int MqttVersion { get; set; } = 5;

        /// <summary>User name, empty for none.</summary>
        public string UserName { get; set; } = "";

        /// <summary>Password, empty for none. A secret: never shown by <c>get</c> or in logs.</summary>
        public string Password { get; set; } = "";

        /// <summary>Keep-alive interval, seconds.</summary>
        public int KeepAliveSeconds { get; set; } = 60;

        /// <summary>First level of every topic of this device: <c>&lt;prefix&gt;/&lt;device-id&gt;/...</c>.</summary>
        public string TopicPrefix { get; set; } = "telemetry";

        /// <summary>Seconds between telemetry messages.</summary>
        public int TelemetryIntervalSeconds { get; set; } = 30;

        /// <summary>Seconds between telemetry messages while the battery is low (never shorter than the normal one).</summary>
        public int LowBatteryIntervalSeconds { get; set; } = 300;

        /// <summary>QoS of telemetry messages.</summary>
        public int TelemetryQos { get; set; } = 1;

        /// <summary>Retain flag of telemetry messages.</summary>
        public bool TelemetryRetain { get; set; }

        /// <summary>QoS of the status topic (birth and will; both always retained).</summary>
        public int StatusQos { get; set; } = 1;

        /// <summary>QoS of the command subscription.</summary>
        public int CommandQos { get; set; } = 1;

        /// <summary>QoS of command replies.</summary>
        public int ReplyQos { get; set; } = 1;

        /// <summary>Positions older than this many seconds are stale and left out of telemetry.</summary>
        public int GpsMaxAgeSeconds { get; set; } = 10;

        /// <summary>Publish Home Assistant discovery messages.</summary>
        public bool DiscoveryEnabled { get; set; } = true;

        /// <summary>Home Assistant discovery prefix.</summary>
        public string DiscoveryPrefix { get; set; } = "homeassistant";

        /// <summary>
        /// Wi-Fi network name, fallback only: the runtime's stored network configuration (nanoff network deployment)
        /// is used first.
        /// </summary>
        public string WifiSsid { get; set; } = "";

        /// <summary>Wi-Fi password, fallback only. A secret: never shown.</summary>
        public string WifiPassword { get; set; } = "";

        /// <summary>
        /// Fills what the file left empty: the device id becomes <c>esp32-</c> and the last three MAC bytes in hex
        /// (<c>esp32-a1b2c3</c>); the low-battery interval is raised to at least the normal interval.
        /// </summary>
        public void ApplyDefaults(byte[] macAddress)
        {
            if (DeviceId == null || DeviceId.Length == 0)
            {
                DeviceId = DeviceIdFromMac(macAddress);
            }

            if (LowBatteryIntervalSeconds < TelemetryIntervalSeconds)
            {
                LowBatteryIntervalSeconds = TelemetryIntervalSeconds;
            }
        }

        /// <summary><c>esp32-</c> followed by the last three bytes of <paramref name="macAddress"/> in lower-case hex.</summary>
        public static string DeviceIdFromMac(byte[] macAddress)
        {
            if (macAddress == null || macAddress.Length < 3)
            {
                return "esp32-000000";
            }

            char[] text = new char[12];
            text[0] = 'e';
            text[1] = 's';
            text[2] = 'p';
            text[3] = '3';
            text[4] = '2';
            text[5] = '-';
            int start = macAddress.Length - 3;
            for (int i = 0; i < 3; i++)
            {
                byte b = macAddress[start + i];
                text[6 + (i * 2)] = HexDigit(b >> 4);
                text[7 + (i * 2)] = HexDigit(b & 0x0F);
            }

            return new string(text);
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }
    }
}
