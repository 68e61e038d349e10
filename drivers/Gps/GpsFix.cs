using System;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// The latest GPS fix, written into a caller-owned instance by <see cref="IGpsReceiver.Read"/>.
    /// Unknown numbers are <see cref="double.NaN"/> (or -1 for counts and ages).
    /// </summary>
    public sealed class GpsFix
    {
        private const double KilometersPerHourPerKnot = 1.852;
        private const double MetersPerSecondPerKnot = 1852.0 / 3600.0;

        /// <summary>Creates an empty fix (nothing known).</summary>
        public GpsFix()
        {
            Clear();
        }

        /// <summary>
        /// True while the receiver reports a fix: the most recent GGA or RMC said so (quality &gt; 0, status A).
        /// </summary>
        public bool IsValid { get; internal set; }

        /// <summary>GGA fix quality of the latest GGA.</summary>
        public GpsFixQuality Quality { get; internal set; }

        /// <summary>GSA fix type (none, 2D, 3D) of the latest GSA.</summary>
        public GpsFixType FixType { get; internal set; }

        /// <summary>True once a sentence carried a UTC time.</summary>
        public bool HasTime { get; internal set; }

        /// <summary>UTC time of day of the latest sentence, in milliseconds since midnight.</summary>
        public int TimeOfDayMilliseconds { get; internal set; }

        /// <summary>UTC hour.</summary>
        public int Hour
        {
            get { return TimeOfDayMilliseconds / 3600000; }
        }

        /// <summary>UTC minute.</summary>
        public int Minute
        {
            get { return TimeOfDayMilliseconds / 60000 % 60; }
        }

        /// <summary>UTC second (a leap second 60 is reported as 59.999).</summary>
        public int Second
        {
            get { return TimeOfDayMilliseconds / 1000 % 60; }
        }

        /// <summary>Milliseconds within the second.</summary>
        public int Millisecond
        {
            get { return TimeOfDayMilliseconds % 1000; }
        }

        /// <summary>True once an RMC carried a date.</summary>
        public bool HasDate { get; internal set; }

        /// <summary>UTC year (two-digit NMEA years: 80-99 are 1980-1999, 00-79 are 2000-2079).</summary>
        public int Year { get; internal set; }

        /// <summary>UTC month, 1-12.</summary>
        public int Month { get; internal set; }

        /// <summary>UTC day of month.</summary>
        public int Day { get; internal set; }

        /// <summary>UTC date and time when both are known, otherwise <see cref="DateTime.MinValue"/>.</summary>
        public DateTime UtcDateTime
        {
            get
            {
                if (!HasDate || !HasTime)
                {
                    return DateTime.MinValue;
                }

                return new DateTime(Year, Month, Day, Hour, Minute, Second, Millisecond);
            }
        }

        /// <summary>Latitude in degrees, south negative.</summary>
        public double Latitude { get; internal set; }

        /// <summary>Longitude in degrees, west negative.</summary>
        public double Longitude { get; internal set; }

        /// <summary>True when a position was ever received (the last known one stays while the fix is lost).</summary>
        public bool HasPosition
        {
            get { return !double.IsNaN(Latitude) && !double.IsNaN(Longitude); }
        }

        /// <summary>Altitude above mean sea level (GGA), meters.</summary>
        public double AltitudeMeters { get; internal set; }

        /// <summary>Geoid separation (GGA), meters.</summary>
        public double GeoidSeparationMeters { get; internal set; }

        /// <summary>Speed over ground in knots (RMC, VTG).</summary>
        public double SpeedKnots { get; internal set; }

        /// <summary>Speed over ground in km/h.</summary>
        public double SpeedKilometersPerHour
        {
            get { return SpeedKnots * KilometersPerHourPerKnot; }
        }

        /// <summary>Speed over ground in m/s.</summary>
        public double SpeedMetersPerSecond
        {
            get { return SpeedKnots * MetersPerSecondPerKnot; }
        }

        /// <summary>Course over ground, degrees true (NaN when the receiver leaves it empty, e.g. standing still).</summary>
        public double CourseDegrees { get; internal set; }

        /// <summary>Satellites used in the solution (GGA), -1 unknown.</summary>
        public int SatellitesInUse { get; internal set; }

        /// <summary>Horizontal dilution of precision (GGA, GSA).</summary>
        public double Hdop { get; internal set; }

        /// <summary>Position dilution of precision (GSA).</summary>
        public double Pdop { get; internal set; }

        /// <summary>Vertical dilution of precision (GSA).</summary>
        public double Vdop { get; internal set; }

        /// <summary>Milliseconds since the position was last updated by a valid fix, -1 never.</summary>
        public long FixAgeMilliseconds { get; internal set; }

        /// <summary>Milliseconds since the last well-formed sentence of any type, -1 never (receiver silent).</summary>
        public long SentenceAgeMilliseconds { get; internal set; }

        /// <summary>True when the fix is valid and its position is at most <paramref name="maxAgeMilliseconds"/> old.</summary>
        public bool IsFresh(long maxAgeMilliseconds)
        {
            return IsValid && FixAgeMilliseconds >= 0 && FixAgeMilliseconds <= maxAgeMilliseconds;
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            IsValid = false;
            Quality = GpsFixQuality.Invalid;
            FixType = GpsFixType.Unknown;
            HasTime = false;
            TimeOfDayMilliseconds = 0;
            HasDate = false;
            Year = 0;
            Month = 0;
            Day = 0;
            Latitude = double.NaN;
            Longitude = double.NaN;
            AltitudeMeters = double.NaN;
            GeoidSeparationMeters = double.NaN;
            SpeedKnots = double.NaN;
            CourseDegrees = double.NaN;
            SatellitesInUse = -1;
            Hdop = double.NaN;
            Pdop = double.NaN;
            Vdop = double.NaN;
            FixAgeMilliseconds = -1;
            SentenceAgeMilliseconds = -1;
        }

        /// <summary>Copies every value from <paramref name="source"/>.</summary>
        public void CopyFrom(GpsFix source)
        {
            IsValid = source.IsValid;
            Quality = source.Quality;
            FixType = source.FixType;
            HasTime = source.HasTime;
            TimeOfDayMilliseconds = source.TimeOfDayMilliseconds;
            HasDate = source.HasDate;
            Year = source.Year;
            Month = source.Month;
            Day = source.Day;
            Latitude = source.Latitude;
            Longitude = source.Longitude;
            AltitudeMeters = source.AltitudeMeters;
            GeoidSeparationMeters = source.GeoidSeparationMeters;
            SpeedKnots = source.SpeedKnots;
            CourseDegrees = source.CourseDegrees;
            SatellitesInUse = source.SatellitesInUse;
            Hdop = source.Hdop;
            Pdop = source.Pdop;
            Vdop = source.Vdop;
            FixAgeMilliseconds = source.FixAgeMilliseconds;
            SentenceAgeMilliseconds = source.SentenceAgeMilliseconds;
        }
    }
}
