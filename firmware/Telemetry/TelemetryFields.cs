namespace Telemetry.Firmware.Telemetry
{
    /// <summary>
    /// Names of the telemetry JSON members (the schema in firmware/README.md; Home Assistant templates use them).
    /// <see cref="TelemetryFormatter"/> writes them pre-encoded (<see cref="Json.JsonName"/>).
    /// </summary>
    public static class TelemetryFields
    {
        /// <summary>Sequence number, 1 for the first message after start-up.</summary>
        public const string Sequence = "seq";

        /// <summary>UTC time, ISO 8601 (GPS time, else the network clock).</summary>
        public const string Time = "time";

        /// <summary>Seconds since start-up.</summary>
        public const string Uptime = "uptime_s";

        /// <summary>Latitude, degrees (6 decimals).</summary>
        public const string Latitude = "lat";

        /// <summary>Longitude, degrees (6 decimals).</summary>
        public const string Longitude = "lon";

        /// <summary>Altitude above mean sea level, m.</summary>
        public const string Altitude = "alt_m";

        /// <summary>Speed over ground, km/h.</summary>
        public const string Speed = "speed_kmh";

        /// <summary>Course over ground, degrees true.</summary>
        public const string Course = "course_deg";

        /// <summary>Satellites in use.</summary>
        public const string Satellites = "sats";

        /// <summary>Horizontal dilution of precision.</summary>
        public const string Hdop = "hdop";

        /// <summary>Estimated horizontal accuracy, m (<c>GpsFix.EstimatedAccuracyMeters</c>: GST, else HDOP × 5 m).</summary>
        public const string Accuracy = "acc_m";

        /// <summary>Age of the position, s.</summary>
        public const string FixAge = "fix_age_s";

        /// <summary>Battery voltage, V (smoothed).</summary>
        public const string BatteryVoltage = "battery_v";

        /// <summary>Battery state of charge, %.</summary>
        public const string BatteryPercent = "battery_pct";

        /// <summary>Low-battery flag.</summary>
        public const string BatteryLow = "battery_low";

        /// <summary>Temperature, °C.</summary>
        public const string Temperature = "temp_c";

        /// <summary>Relative humidity, %.</summary>
        public const string Humidity = "humidity_pct";

        /// <summary>Pressure, hPa.</summary>
        public const string Pressure = "pressure_hpa";
    }
}
