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

        /// <summary>
        /// User range error of a single-frequency receiver, meters: the accuracy estimate per unit of HDOP when no GST
        /// is received.
        /// </summary>
        public const double MetersPerHdop = 5.0;

        /// <summary>
        /// Largest gap, milliseconds, between the latest GST and the latest position for the GST to describe that
        /// position (<see cref="HasCurrentGst"/>): two epochs at 1 Hz, one at 0.5 Hz.
        /// </summary>
        public const long MaxGstSkewMilliseconds = 2000;

        /// <summary>Number of <see cref="GnssSystem"/> values: the size of the per-constellation tables.</summary>
        public const int GnssSystemCount = 7;

        private readonly int[] _satellitesInView = new int[GnssSystemCount];
        private readonly int[] _satellitesTracked = new int[GnssSystemCount];
        private readonly double[] _bestSnr = new double[GnssSystemCount];
        private readonly double[] _averageSnr = new double[GnssSystemCount];
        private readonly long[] _skyAge = new long[GnssSystemCount];

        /// <summary>Creates an empty fix (nothing known).</summary>
        public GpsFix()
        {
            Clear();
        }

        /// <summary>
        /// True while the receiver reports a fix: the most recent GGA, GNS, RMC or GLL said so (quality &gt; 0,
        /// status A). See <see cref="FixWithoutSatellites"/> for a fix the receiver claims with no satellite.
        /// </summary>
        public bool IsValid { get; internal set; }

        /// <summary>
        /// True when the latest GGA or GNS reported a fix (quality &gt; 0) with 0 satellites in use: the receiver
        /// is holding or extrapolating a position (dead reckoning, a stale solution), not measuring one.
        /// </summary>
        public bool FixWithoutSatellites { get; internal set; }

        /// <summary>Fix quality of the latest GGA or GNS (GNS mode letters map to the same values).</summary>
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

        /// <summary>True once an RMC or ZDA carried a valid date.</summary>
        public bool HasDate { get; internal set; }

        /// <summary>UTC year (RMC's two-digit years: 80-99 are 1980-1999, 00-79 are 2000-2079; ZDA gives four digits).</summary>
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

        /// <summary>Altitude above mean sea level (GGA, GNS), meters.</summary>
        public double AltitudeMeters { get; internal set; }

        /// <summary>Geoid separation (GGA, GNS), meters.</summary>
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

        /// <summary>Satellites used in the solution (GGA, GNS), -1 unknown.</summary>
        public int SatellitesInUse { get; internal set; }

        /// <summary>Horizontal dilution of precision (GGA, GNS, GSA).</summary>
        public double Hdop { get; internal set; }

        /// <summary>Position dilution of precision (GSA).</summary>
        public double Pdop { get; internal set; }

        /// <summary>Vertical dilution of precision (GSA).</summary>
        public double Vdop { get; internal set; }

        /// <summary>Standard deviation of the latitude error of the latest GST, meters (1 sigma); see <see cref="HasCurrentGst"/>.</summary>
        public double LatitudeErrorMeters { get; internal set; }

        /// <summary>Standard deviation of the longitude error of the latest GST, meters (1 sigma).</summary>
        public double LongitudeErrorMeters { get; internal set; }

        /// <summary>Standard deviation of the altitude error of the latest GST, meters (1 sigma).</summary>
        public double AltitudeErrorMeters { get; internal set; }

        /// <summary>
        /// Horizontal accuracy, meters: sqrt(lat² + lon²) of the GST standard deviations (the 1-sigma radial error,
        /// DRMS) of the latest GST, however old; NaN until a GST carried both. This is what Home Assistant's
        /// <c>gps_accuracy</c> wants while <see cref="HasCurrentGst"/>.
        /// </summary>
        public double HorizontalErrorMeters
        {
            get
            {
                double lat = LatitudeErrorMeters;
                double lon = LongitudeErrorMeters;
                if (double.IsNaN(lat) || double.IsNaN(lon))
                {
                    return double.NaN;
                }

                return Math.Sqrt((lat * lat) + (lon * lon));
            }
        }

        /// <summary>Milliseconds since the last well-formed GST, -1 never.</summary>
        public long GstAgeMilliseconds { get; internal set; }

        /// <summary>
        /// True when the latest GST belongs to the latest position: both were received at most
        /// <see cref="MaxGstSkewMilliseconds"/> apart, in either order (GST usually ends an epoch), timed by the
        /// parser's clock as they arrived. False once a receiver that stopped sending GST has sent newer positions,
        /// and before any position.
        /// </summary>
        public bool HasCurrentGst
        {
            get
            {
                long gstAge = GstAgeMilliseconds;
                long fixAge = FixAgeMilliseconds;
                if (gstAge < 0 || fixAge < 0)
                {
                    return false;
                }

                long skew = gstAge - fixAge;
                return skew <= MaxGstSkewMilliseconds && skew >= -MaxGstSkewMilliseconds;
            }
        }

        /// <summary>
        /// Accuracy radius for telemetry (Home Assistant's <c>gps_accuracy</c>), meters: <see cref="HorizontalErrorMeters"/>
        /// while <see cref="HasCurrentGst"/>, otherwise <see cref="Hdop"/> × <see cref="MetersPerHdop"/>; NaN when
        /// neither is known.
        /// </summary>
        public double EstimatedAccuracyMeters
        {
            get
            {
                if (HasCurrentGst)
                {
                    double measured = HorizontalErrorMeters;
                    if (!double.IsNaN(measured))
                    {
                        return measured;
                    }
                }

                double hdop = Hdop;
                if (double.IsNaN(hdop) || hdop <= 0)
                {
                    return double.NaN;
                }

                return hdop * MetersPerHdop;
            }
        }

        /// <summary>Satellites in view of <paramref name="system"/> (distinct GSV satellites of the latest epoch), -1 unknown.</summary>
        public int SatellitesInView(GnssSystem system)
        {
            return _satellitesInView[(int)system];
        }

        /// <summary>Satellites of <paramref name="system"/> with a signal (GSV SNR above 0), -1 unknown.</summary>
        public int SatellitesTracked(GnssSystem system)
        {
            return _satellitesTracked[(int)system];
        }

        /// <summary>Best GSV signal-to-noise ratio of <paramref name="system"/>, dB-Hz; NaN when none is tracked.</summary>
        public double BestSnr(GnssSystem system)
        {
            return _bestSnr[(int)system];
        }

        /// <summary>Average GSV SNR of the tracked signals of <paramref name="system"/>, dB-Hz; NaN when none.</summary>
        public double AverageSnr(GnssSystem system)
        {
            return _averageSnr[(int)system];
        }

        /// <summary>Milliseconds since the last complete GSV sequence of <paramref name="system"/>, -1 never.</summary>
        public long SkyAgeMilliseconds(GnssSystem system)
        {
            return _skyAge[(int)system];
        }

        /// <summary>Satellites in view over every constellation reported, -1 before the first GSV sequence.</summary>
        public int TotalSatellitesInView
        {
            get
            {
                int total = -1;
                for (int i = 0; i < GnssSystemCount; i++)
                {
                    if (_satellitesInView[i] >= 0)
                    {
                        total = (total < 0 ? 0 : total) + _satellitesInView[i];
                    }
                }

                return total;
            }
        }

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
            FixWithoutSatellites = false;
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
            LatitudeErrorMeters = double.NaN;
            LongitudeErrorMeters = double.NaN;
            AltitudeErrorMeters = double.NaN;
            for (int i = 0; i < GnssSystemCount; i++)
            {
                SetSky(i, -1, -1, double.NaN, double.NaN);
                _skyAge[i] = -1;
            }

            FixAgeMilliseconds = -1;
            SentenceAgeMilliseconds = -1;
            GstAgeMilliseconds = -1;
        }

        /// <summary>Copies every value from <paramref name="source"/>.</summary>
        public void CopyFrom(GpsFix source)
        {
            IsValid = source.IsValid;
            FixWithoutSatellites = source.FixWithoutSatellites;
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
            LatitudeErrorMeters = source.LatitudeErrorMeters;
            LongitudeErrorMeters = source.LongitudeErrorMeters;
            AltitudeErrorMeters = source.AltitudeErrorMeters;
            Array.Copy(source._satellitesInView, _satellitesInView, GnssSystemCount);
            Array.Copy(source._satellitesTracked, _satellitesTracked, GnssSystemCount);
            Array.Copy(source._bestSnr, _bestSnr, GnssSystemCount);
            Array.Copy(source._averageSnr, _averageSnr, GnssSystemCount);
            Array.Copy(source._skyAge, _skyAge, GnssSystemCount);
            FixAgeMilliseconds = source.FixAgeMilliseconds;
            SentenceAgeMilliseconds = source.SentenceAgeMilliseconds;
            GstAgeMilliseconds = source.GstAgeMilliseconds;
        }

        internal void SetSky(int system, int inView, int tracked, double bestSnr, double averageSnr)
        {
            _satellitesInView[system] = inView;
            _satellitesTracked[system] = tracked;
            _bestSnr[system] = bestSnr;
            _averageSnr[system] = averageSnr;
        }

        internal void SetSkyAge(int system, long ageMilliseconds)
        {
            _skyAge[system] = ageMilliseconds;
        }
    }
}
