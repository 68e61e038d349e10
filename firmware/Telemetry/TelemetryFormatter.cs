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
        /// <summary>Meters of horizontal error per unit of HDOP used for <c>acc_m</c> (a typical receiver's UERE).</summary>
        public const double MetersPerHdop = 5.0;

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
            writer.IntegerProperty(TelemetryFields.Sequence, sequence);
            if (hasTime)
            {
                writer.TimestampProperty(TelemetryFields.Time, utc);
            }

            writer.IntegerProperty(TelemetryFields.Uptime, uptimeMilliseconds / 1000);
            if (fix != null && fix.HasPosition && fix.IsFresh(gpsMaxAgeMilliseconds))
            {
                writer.NumberProperty(TelemetryFields.Latitude, fix.Latitude, 6);
                writer.NumberProperty(TelemetryFields.Longitude, fix.Longitude, 6);
                writer.NumberProperty(TelemetryFields.Altitude, fix.AltitudeMeters, 1);
                writer.NumberProperty(TelemetryFields.Speed, fix.SpeedKilometersPerHour, 1);
                writer.NumberProperty(TelemetryFields.Course, fix.CourseDegrees, 1);
                if (fix.SatellitesInUse >= 0)
                {
                    writer.IntegerProperty(TelemetryFields.Satellites, fix.SatellitesInUse);
                }

                if (!double.IsNaN(fix.Hdop) && fix.Hdop > 0)
                {
                    writer.NumberProperty(TelemetryFields.Hdop, fix.Hdop, 2);
                    writer.NumberProperty(TelemetryFields.Accuracy, fix.Hdop * MetersPerHdop, 1);
                }

                writer.NumberProperty(TelemetryFields.FixAge, fix.FixAgeMilliseconds / 1000.0, 1);
            }

            if (battery != null && battery.IsValid)
            {
                writer.NumberProperty(TelemetryFields.BatteryVoltage, battery.SmoothedVoltage, 2);
                writer.NumberProperty(TelemetryFields.BatteryPercent, battery.StateOfChargePercent, 0);
                writer.BooleanProperty(TelemetryFields.BatteryLow, battery.IsLow);
            }

            if (climate != null)
            {
                if (climate.TemperatureIsValid)
                {
                    writer.NumberProperty(TelemetryFields.Temperature, climate.TemperatureCelsius, 2);
                }

                if (climate.HumidityIsValid)
                {
                    writer.NumberProperty(TelemetryFields.Humidity, climate.HumidityPercent, 1);
                }

                if (climate.PressureIsValid)
                {
                    writer.NumberProperty(TelemetryFields.Pressure, climate.PressureHectopascals, 2);
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
            writer.NumberProperty("latitude", fix.Latitude, 6);
            writer.NumberProperty("longitude", fix.Longitude, 6);
            if (!double.IsNaN(fix.Hdop) && fix.Hdop > 0)
            {
                writer.NumberProperty("gps_accuracy", fix.Hdop * MetersPerHdop, 1);
            }

            writer.NumberProperty("altitude", fix.AltitudeMeters, 1);
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
