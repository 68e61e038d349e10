using System;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware.Json;

namespace Telemetry.Firmware.Telemetry
{
    /// <summary>
    /// Writes one telemetry message as JSON (schema in firmware/README.md). Unknown, invalid and stale values are
    /// left out, never written as zeros. Allocates nothing.
    /// </summary>
    public static class TelemetryFormatter
    {
        // Member names encoded once: each message copies them (JsonWriter.WriteName(JsonName)).
        private static readonly JsonName s_sequence = new JsonName(TelemetryFields.Sequence);
        private static readonly JsonName s_time = new JsonName(TelemetryFields.Time);
        private static readonly JsonName s_uptime = new JsonName(TelemetryFields.Uptime);
        private static readonly JsonName s_latitude = new JsonName(TelemetryFields.Latitude);
        private static readonly JsonName s_longitude = new JsonName(TelemetryFields.Longitude);
        private static readonly JsonName s_altitude = new JsonName(TelemetryFields.Altitude);
        private static readonly JsonName s_speed = new JsonName(TelemetryFields.Speed);
        private static readonly JsonName s_course = new JsonName(TelemetryFields.Course);
        private static readonly JsonName s_satellites = new JsonName(TelemetryFields.Satellites);
        private static readonly JsonName s_hdop = new JsonName(TelemetryFields.Hdop);
        private static readonly JsonName s_accuracy = new JsonName(TelemetryFields.Accuracy);
        private static readonly JsonName s_fixAge = new JsonName(TelemetryFields.FixAge);
        private static readonly JsonName s_batteryVoltage = new JsonName(TelemetryFields.BatteryVoltage);
        private static readonly JsonName s_batteryPercent = new JsonName(TelemetryFields.BatteryPercent);
        private static readonly JsonName s_batteryLow = new JsonName(TelemetryFields.BatteryLow);
        private static readonly JsonName s_temperature = new JsonName(TelemetryFields.Temperature);
        private static readonly JsonName s_humidity = new JsonName(TelemetryFields.Humidity);
        private static readonly JsonName s_pressure = new JsonName(TelemetryFields.Pressure);

        // Home Assistant device tracker attributes.
        private static readonly JsonName s_locationLatitude = new JsonName("latitude");
        private static readonly JsonName s_locationLongitude = new JsonName("longitude");
        private static readonly JsonName s_locationAccuracy = new JsonName("gps_accuracy");
        private static readonly JsonName s_locationAltitude = new JsonName("altitude");

        /// <summary>
        /// Writes the message into <paramref name="writer"/> (reset first). <paramref name="hasTime"/> false leaves the
        /// time out; a position older than <paramref name="gpsMaxAgeMilliseconds"/> is left out with everything that
        /// belongs to it. Returns the length, or -1 when the buffer was too small.
        /// </summary>
        public static int Write(
            JsonWriter writer,
            long sequence,
            long uptimeMilliseconds,
            bool hasTime,
            DateTime utc,
            GpsFix fix,
            long gpsMaxAgeMilliseconds,
            BatteryReading battery,
            ClimateReading climate)
        {
            writer.Reset();
            writer.BeginObject();
            writer.IntegerProperty(s_sequence, sequence);
            if (hasTime)
            {
                writer.TimestampProperty(s_time, utc);
            }

            writer.IntegerProperty(s_uptime, uptimeMilliseconds / 1000);
            if (fix != null && fix.HasPosition && fix.IsFresh(gpsMaxAgeMilliseconds))
            {
                writer.NumberProperty(s_latitude, fix.Latitude, 6);
                writer.NumberProperty(s_longitude, fix.Longitude, 6);
                writer.NumberProperty(s_altitude, fix.AltitudeMeters, 1);
                writer.NumberProperty(s_speed, fix.SpeedKilometersPerHour, 1);
                writer.NumberProperty(s_course, fix.CourseDegrees, 1);
                if (fix.SatellitesInUse >= 0)
                {
                    writer.IntegerProperty(s_satellites, fix.SatellitesInUse);
                }

                if (!double.IsNaN(fix.Hdop) && fix.Hdop > 0)
                {
                    writer.NumberProperty(s_hdop, fix.Hdop, 2);
                }

                writer.NumberProperty(s_accuracy, fix.EstimatedAccuracyMeters, 1);
                writer.NumberProperty(s_fixAge, fix.FixAgeMilliseconds / 1000.0, 1);
            }

            if (battery != null && battery.IsValid)
            {
                writer.NumberProperty(s_batteryVoltage, battery.SmoothedVoltage, 2);
                writer.NumberProperty(s_batteryPercent, battery.StateOfChargePercent, 0);
                writer.BooleanProperty(s_batteryLow, battery.IsLow);
            }

            if (climate != null)
            {
                if (climate.TemperatureIsValid)
                {
                    writer.NumberProperty(s_temperature, climate.TemperatureCelsius, 2);
                }

                if (climate.HumidityIsValid)
                {
                    writer.NumberProperty(s_humidity, climate.HumidityPercent, 1);
                }

                if (climate.PressureIsValid)
                {
                    writer.NumberProperty(s_pressure, climate.PressureHectopascals, 2);
                }
            }

            writer.EndObject();
            return writer.Overflow ? -1 : writer.Length;
        }

        /// <summary>
        /// Writes the location message of Home Assistant's device tracker,
        /// <c>{"latitude":..,"longitude":..,"gps_accuracy":..}</c>; returns its length, or 0 when the position is
        /// unknown or stale (nothing to send), or -1 when the buffer was too small.
        /// </summary>
        public static int WriteLocation(JsonWriter writer, GpsFix fix, long gpsMaxAgeMilliseconds)
        {
            writer.Reset();
            if (fix == null || !fix.HasPosition || !fix.IsFresh(gpsMaxAgeMilliseconds))
            {
                return 0;
            }

            writer.BeginObject();
            writer.NumberProperty(s_locationLatitude, fix.Latitude, 6);
            writer.NumberProperty(s_locationLongitude, fix.Longitude, 6);
            writer.NumberProperty(s_locationAccuracy, fix.EstimatedAccuracyMeters, 1);
            writer.NumberProperty(s_locationAltitude, fix.AltitudeMeters, 1);
            writer.EndObject();
            return writer.Overflow ? -1 : writer.Length;
        }

        /// <summary>
        /// UTC time from the GPS when it told the date and time within <paramref name="maxAgeMilliseconds"/>
        /// (advanced by the sentence age); false otherwise.
        /// </summary>
        public static bool TryGetGpsTime(GpsFix fix, long maxAgeMilliseconds, out DateTime utc)
        {
            utc = DateTime.MinValue;
            if (fix == null || !fix.HasDate || !fix.HasTime || fix.SentenceAgeMilliseconds < 0
                || fix.SentenceAgeMilliseconds > maxAgeMilliseconds || fix.Year < 2000)
            {
                return false;
            }

            try
            {
                utc = fix.UtcDateTime.AddMilliseconds(fix.SentenceAgeMilliseconds);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }
    }
}
