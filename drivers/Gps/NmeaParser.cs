using System;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Streaming NMEA 0183 parser: fed raw UART bytes in any chunking, it keeps the latest fix from GGA, RMC, VTG
    /// and GSA sentences of any talker (GP, GL, GA, GB, BD, GN, ...). Lines are checked (checksum, length,
    /// printable ASCII, field syntax) and dropped lines are counted in <see cref="Counters"/>.
    /// Nothing is allocated after construction: fields are parsed in place from the line buffer.
    /// </summary>
    public sealed class NmeaParser
    {
        /// <summary>
        /// Longest line accepted, from '$' to the checksum: NMEA allows 82 characters with CR LF, plus slack for
        /// receivers that exceed it.
        /// </summary>
        public const int MaxSentenceLength = 120;

        private const int MaxFields = 40;
        private const int MillisecondsPerDay = 86400000;
        private const int HalfDayMilliseconds = MillisecondsPerDay / 2;
        private const double KnotsPerKilometerPerHour = 1 / 1.852;

        private readonly byte[] _line = new byte[MaxSentenceLength];
        private readonly int[] _fieldStart = new int[MaxFields + 1];
        private readonly IClock _clock;
        private readonly bool _acceptMissingChecksum;
        private readonly GpsFix _fix = new GpsFix();
        private readonly NmeaCounters _counters = new NmeaCounters();
        private int _length;
        private bool _inSentence;
        private int _fieldCount;
        private int _bodyEnd;
        private bool _hasFixTime;
        private long _lastFixAt;
        private bool _hasSentenceTime;
        private long _lastSentenceAt;

        /// <summary>Parser that drops sentences without a checksum.</summary>
        public NmeaParser(IClock clock)
            : this(clock, false)
        {
        }

        /// <summary>
        /// Parser; with <paramref name="acceptMissingChecksum"/> a sentence without '*hh' is parsed instead of
        /// dropped (NMEA makes the checksum optional for some sentences, but every current receiver sends it).
        /// </summary>
        public NmeaParser(IClock clock, bool acceptMissingChecksum)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
            _acceptMissingChecksum = acceptMissingChecksum;
        }

        /// <summary>Byte and line counters.</summary>
        public NmeaCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>True while a line has started and not ended yet.</summary>
        public bool InSentence
        {
            get { return _inSentence; }
        }

        /// <summary>Feeds received bytes; sentences are processed as their line ends (CR or LF).</summary>
        public void Feed(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _counters.BytesReceived += count;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                Accept(buffer[i]);
            }
        }

        /// <summary>Copies the current fix into <paramref name="target"/>, with ages measured now.</summary>
        public void CopyFixTo(GpsFix target)
        {
            target.CopyFrom(_fix);
            long now = _clock.Milliseconds;
            target.FixAgeMilliseconds = _hasFixTime ? now - _lastFixAt : -1;
            target.SentenceAgeMilliseconds = _hasSentenceTime ? now - _lastSentenceAt : -1;
        }

        private void Accept(byte b)
        {
            if (b == (byte)'$')
            {
                if (_inSentence)
                {
                    _counters.TruncatedLines++;
                }

                _inSentence = true;
                _line[0] = b;
                _length = 1;
                _counters.LinesStarted++;
                return;
            }

            if (!_inSentence)
            {
                if (b != (byte)'\r' && b != (byte)'\n')
                {
                    _counters.DiscardedBytes++;
                }

                return;
            }

            if (b == (byte)'\r' || b == (byte)'\n')
            {
                _inSentence = false;
                ProcessLine();
                return;
            }

            if (b < 0x20 || b > 0x7E)
            {
                _inSentence = false;
                _counters.MalformedLines++;
                _counters.DiscardedBytes++;
                return;
            }

            if (_length == MaxSentenceLength)
            {
                _inSentence = false;
                _counters.OverlongLines++;
                _counters.DiscardedBytes++;
                return;
            }

            _line[_length++] = b;
        }

        private void ProcessLine()
        {
            int star = -1;
            for (int i = 1; i < _length; i++)
            {
                if (_line[i] == (byte)'*')
                {
                    star = i;
                    break;
                }
            }

            if (star < 0)
            {
                if (!_acceptMissingChecksum)
                {
                    _counters.MissingChecksums++;
                    return;
                }

                _bodyEnd = _length;
            }
            else
            {
                if (star != _length - 3)
                {
                    _counters.ChecksumErrors++;
                    return;
                }

                int high = NmeaChecksum.HexValue(_line[star + 1]);
                int low = NmeaChecksum.HexValue(_line[star + 2]);
                if (high < 0 || low < 0 || NmeaChecksum.Compute(_line, 1, star - 1) != (byte)((high << 4) | low))
                {
                    _counters.ChecksumErrors++;
                    return;
                }

                _bodyEnd = star;
            }

            if (!SplitFields())
            {
                _counters.MalformedLines++;
                return;
            }

            int addressLength = FieldEnd(0) - 1;
            if (addressLength > 1 && _line[1] == (byte)'P')
            {
                SentenceSeen();
                _counters.SentencesIgnored++;
                return;
            }

            if (addressLength != 5 || !IsUpperLetter(_line[1]) || !IsUpperLetter(_line[2]))
            {
                _counters.MalformedLines++;
                return;
            }

            byte a = _line[3];
            byte b = _line[4];
            byte c = _line[5];
            bool parsed;
            if (a == (byte)'G' && b == (byte)'G' && c == (byte)'A')
            {
                parsed = ParseGga();
            }
            else if (a == (byte)'R' && b == (byte)'M' && c == (byte)'C')
            {
                parsed = ParseRmc();
            }
            else if (a == (byte)'V' && b == (byte)'T' && c == (byte)'G')
            {
                parsed = ParseVtg();
            }
            else if (a == (byte)'G' && b == (byte)'S' && c == (byte)'A')
            {
                parsed = ParseGsa();
            }
            else
            {
                SentenceSeen();
                _counters.SentencesIgnored++;
                return;
            }

            if (parsed)
            {
                SentenceSeen();
                _counters.SentencesAccepted++;
            }
            else
            {
                _counters.MalformedLines++;
            }
        }

        private bool SplitFields()
        {
            int count = 1;
            _fieldStart[0] = 1;
            for (int i = 1; i < _bodyEnd; i++)
            {
                if (_line[i] == (byte)',')
                {
                    if (count == MaxFields)
                    {
                        return false;
                    }

                    _fieldStart[count++] = i + 1;
                }
            }

            _fieldStart[count] = _bodyEnd + 1;
            _fieldCount = count;
            return true;
        }

        private int FieldStart(int index)
        {
            return index < _fieldCount ? _fieldStart[index] : _bodyEnd;
        }

        private int FieldEnd(int index)
        {
            return index < _fieldCount ? _fieldStart[index + 1] - 1 : _bodyEnd;
        }

        private bool IsEmpty(int index)
        {
            return FieldEnd(index) <= FieldStart(index);
        }

        /// <summary>The single character of a one-character field, 0 when empty, 1 when longer.</summary>
        private byte Letter(int index)
        {
            int start = FieldStart(index);
            int length = FieldEnd(index) - start;
            if (length == 0)
            {
                return 0;
            }

            return length == 1 ? _line[start] : (byte)1;
        }

        private bool TryDecimal(int index, out double value)
        {
            if (IsEmpty(index))
            {
                value = double.NaN;
                return true;
            }

            return NmeaField.TryParseDecimal(_line, FieldStart(index), FieldEnd(index), out value);
        }

        private bool TryCoordinates(int latitudeIndex, out double latitude, out double longitude)
        {
            longitude = 0;
            return NmeaField.TryParseCoordinate(
                    _line,
                    FieldStart(latitudeIndex),
                    FieldEnd(latitudeIndex),
                    FieldStart(latitudeIndex + 1),
                    FieldEnd(latitudeIndex + 1),
                    true,
                    out latitude)
                && NmeaField.TryParseCoordinate(
                    _line,
                    FieldStart(latitudeIndex + 2),
                    FieldEnd(latitudeIndex + 2),
                    FieldStart(latitudeIndex + 3),
                    FieldEnd(latitudeIndex + 3),
                    false,
                    out longitude);
        }

        private bool TryTime(int index, out bool present, out int time)
        {
            present = !IsEmpty(index);
            time = 0;
            return !present || NmeaField.TryParseTime(_line, FieldStart(index), FieldEnd(index), out time);
        }

        // GGA: 1 time, 2-5 position, 6 quality, 7 satellites, 8 HDOP, 9-10 altitude, 11-12 geoid separation.
        private bool ParseGga()
        {
            bool hasTime;
            int time;
            int quality = 0;
            int satellites = -1;
            double hdop;
            if (!TryTime(1, out hasTime, out time)
                || (!IsEmpty(6) && !NmeaField.TryParseInteger(_line, FieldStart(6), FieldEnd(6), out quality))
                || quality > (int)GpsFixQuality.Simulation
                || (!IsEmpty(7) && !NmeaField.TryParseInteger(_line, FieldStart(7), FieldEnd(7), out satellites))
                || !TryDecimal(8, out hdop))
            {
                return false;
            }

            double latitude = 0;
            double longitude = 0;
            double altitude = double.NaN;
            double geoid = double.NaN;
            bool valid = quality > 0;
            if (valid && (!TryCoordinates(2, out latitude, out longitude)
                || !TryDecimal(9, out altitude)
                || !TryDecimal(11, out geoid)))
            {
                return false;
            }

            if (hasTime)
            {
                ApplyTime(time);
            }

            _fix.Quality = (GpsFixQuality)quality;
            _fix.SatellitesInUse = satellites;
            _fix.Hdop = hdop;
            if (valid)
            {
                _fix.Latitude = latitude;
                _fix.Longitude = longitude;
                _fix.AltitudeMeters = altitude;
                _fix.GeoidSeparationMeters = geoid;
                PositionFixed();
            }
            else
            {
                _fix.IsValid = false;
            }

            return true;
        }

        // RMC: 1 time, 2 status, 3-6 position, 7 speed (knots), 8 course, 9 date, 10-11 variation, 12 mode.
        private bool ParseRmc()
        {
            bool hasTime;
            int time;
            byte status = Letter(2);
            byte mode = Letter(12);
            if (!TryTime(1, out hasTime, out time) || (status != (byte)'A' && status != (byte)'V') || mode == 1)
            {
                return false;
            }

            int year = 0;
            int month = 0;
            int day = 0;
            bool hasDate = !IsEmpty(9);
            if (hasDate && !NmeaField.TryParseDate(_line, FieldStart(9), FieldEnd(9), out year, out month, out day))
            {
                return false;
            }

            bool valid = status == (byte)'A' && mode != (byte)'N';
            double latitude = 0;
            double longitude = 0;
            double speed = double.NaN;
            double course = double.NaN;
            if (valid && (!TryCoordinates(3, out latitude, out longitude)
                || !TryDecimal(7, out speed)
                || !TryDecimal(8, out course)))
            {
                return false;
            }

            if (hasDate)
            {
                _fix.HasDate = true;
                _fix.Year = year;
                _fix.Month = month;
                _fix.Day = day;
                if (hasTime)
                {
                    _fix.HasTime = true;
                    _fix.TimeOfDayMilliseconds = time;
                }
            }
            else if (hasTime)
            {
                ApplyTime(time);
            }

            if (valid)
            {
                _fix.Latitude = latitude;
                _fix.Longitude = longitude;
                _fix.SpeedKnots = speed;
                _fix.CourseDegrees = course;
                PositionFixed();
            }
            else
            {
                _fix.IsValid = false;
            }

            return true;
        }

        // VTG: 1 course true, 3 course magnetic, 5 speed knots, 7 speed km/h, 9 mode (NMEA 2.3+).
        private bool ParseVtg()
        {
            byte mode = Letter(9);
            double course;
            double knots;
            double kilometersPerHour;
            if (mode == 1 || !TryDecimal(1, out course) || !TryDecimal(5, out knots) || !TryDecimal(7, out kilometersPerHour))
            {
                return false;
            }

            // Without a mode field (NMEA before 2.3) the sentence carries no validity: trust it only during a fix.
            bool usable = mode == 0 ? _fix.IsValid : mode != (byte)'N';
            if (usable)
            {
                _fix.CourseDegrees = course;
                _fix.SpeedKnots = double.IsNaN(knots) ? kilometersPerHour * KnotsPerKilometerPerHour : knots;
            }

            return true;
        }

        // GSA: 1 mode, 2 fix type, 3-14 satellites, 15 PDOP, 16 HDOP, 17 VDOP, 18 system (NMEA 4.10+).
        private bool ParseGsa()
        {
            int fixType = 0;
            double pdop;
            double hdop;
            double vdop;
            if (_fieldCount < 18
                || (!IsEmpty(2) && !NmeaField.TryParseInteger(_line, FieldStart(2), FieldEnd(2), out fixType))
                || fixType > (int)GpsFixType.Fix3D
                || !TryDecimal(15, out pdop)
                || !TryDecimal(16, out hdop)
                || !TryDecimal(17, out vdop))
            {
                return false;
            }

            _fix.FixType = (GpsFixType)fixType;
            _fix.Pdop = pdop;
            _fix.Hdop = hdop;
            _fix.Vdop = vdop;
            return true;
        }

        private void PositionFixed()
        {
            _fix.IsValid = true;
            _hasFixTime = true;
            _lastFixAt = _clock.Milliseconds;
        }

        private void SentenceSeen()
        {
            _hasSentenceTime = true;
            _lastSentenceAt = _clock.Milliseconds;
        }

        /// <summary>
        /// Time from a sentence without a date (GGA): a jump of more than half a day means midnight passed
        /// (or a late sentence from before it), so the date moves with it until the next RMC confirms it.
        /// </summary>
        private void ApplyTime(int time)
        {
            if (_fix.HasDate && _fix.HasTime)
            {
                int previous = _fix.TimeOfDayMilliseconds;
                if (time < previous - HalfDayMilliseconds)
                {
                    NextDay();
                }
                else if (time > previous + HalfDayMilliseconds)
                {
                    PreviousDay();
                }
            }

            _fix.HasTime = true;
            _fix.TimeOfDayMilliseconds = time;
        }

        private void NextDay()
        {
            int day = _fix.Day + 1;
            int month = _fix.Month;
            int year = _fix.Year;
            if (day > NmeaField.DaysInMonth(year, month))
            {
                day = 1;
                month++;
                if (month > 12)
                {
                    month = 1;
                    year++;
                }
            }

            _fix.Year = year;
            _fix.Month = month;
            _fix.Day = day;
        }

        private void PreviousDay()
        {
            int day = _fix.Day - 1;
            int month = _fix.Month;
            int year = _fix.Year;
            if (day < 1)
            {
                month--;
                if (month < 1)
                {
                    month = 12;
                    year--;
                }

                day = NmeaField.DaysInMonth(year, month);
            }

            _fix.Year = year;
            _fix.Month = month;
            _fix.Day = day;
        }

        private static bool IsUpperLetter(byte c)
        {
            return c >= (byte)'A' && c <= (byte)'Z';
        }
    }
}
