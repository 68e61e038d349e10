namespace Telemetry.Firmware.Configuration
{
    /// <summary>
    /// The keys of the configuration file, by number. The parser and the <c>get</c> command share this table.
    /// </summary>
    public static class ConfigurationKeys
    {
        /// <summary>Not a known key.</summary>
        public const int Unknown = -1;

        /// <summary><c>device_id</c>.</summary>
        public const int DeviceId = 0;

        /// <summary><c>broker</c>.</summary>
        public const int Broker = 1;

        /// <summary><c>mqtt_version</c>.</summary>
        public const int MqttVersion = 2;

        /// <summary><c>username</c>.</summary>
        public const int UserName = 3;

        /// <summary><c>password</c> (secret).</summary>
        public const int Password = 4;

        /// <summary><c>keep_alive</c>.</summary>
        public const int KeepAlive = 5;

        /// <summary><c>topic_prefix</c>.</summary>
        public const int TopicPrefix = 6;

        /// <summary><c>telemetry_interval</c>.</summary>
        public const int TelemetryInterval = 7;

        /// <summary><c>low_battery_interval</c>.</summary>
        public const int LowBatteryInterval = 8;

        /// <summary><c>telemetry_qos</c>.</summary>
        public const int TelemetryQos = 9;

        /// <summary><c>telemetry_retain</c>.</summary>
        public const int TelemetryRetain = 10;

        /// <summary><c>status_qos</c>.</summary>
        public const int StatusQos = 11;

        /// <summary><c>command_qos</c>.</summary>
        public const int CommandQos = 12;

        /// <summary><c>reply_qos</c>.</summary>
        public const int ReplyQos = 13;

        /// <summary><c>gps_max_age</c>.</summary>
        public const int GpsMaxAge = 14;

        /// <summary><c>discovery</c>.</summary>
        public const int Discovery = 15;

        /// <summary><c>discovery_prefix</c>.</summary>
        public const int DiscoveryPrefix = 16;

        /// <summary><c>wifi_ssid</c>.</summary>
        public const int WifiSsid = 17;

        /// <summary><c>wifi_password</c> (secret).</summary>
        public const int WifiPassword = 18;

        /// <summary>Number of keys.</summary>
        public const int Count = 19;

        private static readonly string[] s_names = new string[]
        {
            "device_id", "broker", "mqtt_version", "username", "password", "keep_alive", "topic_prefix",
            "telemetry_interval", "low_battery_interval", "telemetry_qos", "telemetry_retain", "status_qos",
            "command_qos", "reply_qos", "gps_max_age", "discovery", "discovery_prefix", "wifi_ssid", "wifi_password",
        };

        /// <summary>The name of key <paramref name="key"/> as written in the file.</summary>
        public static string Name(int key)
        {
            return s_names[key];
        }

        /// <summary>The key named <paramref name="name"/>, or <see cref="Unknown"/> (start-up: compares strings).</summary>
        public static int Find(string name)
        {
            for (int i = 0; i < Count; i++)
            {
                if (s_names[i] == name)
                {
                    return i;
                }
            }

            return Unknown;
        }

        /// <summary>True for keys whose value is never shown.</summary>
        public static bool IsSecret(int key)
        {
            return key == Password || key == WifiPassword;
        }
    }
}
