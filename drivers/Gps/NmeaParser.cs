using System;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Streaming NMEA 0183 parser: fed raw UART bytes in any chunking, it keeps the latest fix from GGA, GNS, RMC,
    /// GLL, VTG, GSA, GSV, GST and ZDA sentences of any talker (GP, GL, GA, GB, BD, GQ, GI, GN, ...). Lines are
    /// checked (checksum, length, printable ASCII, field syntax) and dropped lines are counted in
    /// <see cref="Counters"/>. Nothing is allocated after construction: fields are parsed in place from the line
    /// buffer.
    /// </summary>
    public sealed class NmeaParser
    {
        /// <summary>
        /// Longest line accepted, from '$' to the checksum: NMEA allows 82 characters with CR LF, plus slack for
        /// receivers that exceed it.
        /// </summary>
        public const int MaxSentenceLength = 120;

        private const int MaxFields = 40;
        private const int MinZdaYear = 1980;
        private const int MaxZdaYear = 2099;
        private const int MillisecondsPerDay = 86400000;
        private const int HalfDayMilliseconds = MillisecondsPerDay / 2;
        private const double KnotsPerKilometerPerHour = 1 / 1.852;

        private readonly byte[] _line = new byte[MaxSentenceLength];
        private readonly int[] _fieldStart = new int[MaxFields + 1];
        private readonly IClock _clock;
        private readonly bool _acceptMissingChecksum;
        private readonly GpsFix _fix = new GpsFix();
        private readonly NmeaCounters _counters = new NmeaCounters();
        private readonly GsvAggregator _gsv = new GsvAggregator();
        private readonly long[] _skyUpdatedAt = new long[GpsFix.GnssSystemCount];
        private readonly bool[] _skyUpdated = new bool[GpsFix.GnssSystemCount];
        private int _length;
        private bool _inSentence;
        private bool _skipping;
        private byte _skipSum;
        private int _skipAfterStar;
        private int _skipChecksum;
        private int _fieldCount;
        private int _bodyEnd;
        private bool _hasFixTime;
        private long _lastFixAt;
        private bool _hasSentenceTime;
        private long _lastSentenceAt;
        private bool _hasGstTime;
        private long _lastGstAt;

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
            target.GstAgeMilliseconds = _hasGstTime ? now - _lastGstAt : -1;
            for (int i = 0; i < GpsFix.GnssSystemCount; i++)
            {
                target.SetSkyAge(i, _skyUpdated[i] ? now - _skyUpdatedAt[i] : -1);
            }
        }

        private void Accept(byte b)
        {
            if (b == (byte)'$')
            {
                if (_inSentence)
                {
                    if (_length == 1 && !_skipping)
                    {
                        return; // "$$" (ST Teseo): one line start
                    }

                    _counters.TruncatedLines++;
                }

                _inSentence = true;
                _skipping = false;
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
                if (_skipping)
                {
                    _skipping = false;
                    EndSkippedLine();
                }
                else
                {
                    ProcessLine();
                }

                return;
            }

            if (b < 0x20 || b > 0x7E)
            {
                _inSentence = false;
                _skipping = false;
                _counters.MalformedLines++;
                _counters.DiscardedBytes++;
                return;
            }

            if (_skipping)
            {
                Skip(b);
                return;
            }

            if (_length == MaxSentenceLength)
            {
                if (StartSkipping())
                {
                    Skip(b);
                    return;
                }

                _inSentence = false;
                _counters.OverlongLines++;
                _counters.DiscardedBytes++;
                return;
            }

            _line[_length++] = b;
        }

        /// <summary>
        /// A proprietary line over the limit is not kept, but its checksum runs on, so that a well-formed one is
        /// counted apart from broken lines. False for any other line (or one with '*' already inside).
        /// </summary>
        private bool StartSkipping()
        {
            int end = 1;
            byte sum = 0;
            while (end < _length && _line[end] != (byte)',')
            {
                sum ^= _line[end];
                end++;
            }

            if (end == _length || !IsProprietaryAddress(end))
            {
                return false;
            }

            for (int i = end; i < _length; i++)
            {
                if (_line[i] == (byte)'*')
                {
                    return false;
                }

                sum ^= _line[i];
            }

            _skipping = true;
            _skipSum = sum;
            _skipAfterStar = -1;
            _skipChecksum = 0;
            return true;
        }

        private void Skip(byte b)
        {
            if (_skipAfterStar < 0)
            {
                if (b == (byte)'*')
                {
                    _skipAfterStar = 0;
                }
                else
                {
                    _skipSum ^= b;
                }
            }
            else
            {
                int digit = NmeaChecksum.HexValue(b);
                _skipChecksum = digit < 0 || _skipAfterStar >= 2 ? -1 : (_skipChecksum << 4) | digit;
                if (_skipChecksum < 0)
                {
                    _skipAfterStar = 3;
                }
                else
                {
                    _skipAfterStar++;
                }
            }

            _counters.DiscardedBytes++;
        }

        private void EndSkippedLine()
        {
            if (_skipAfterStar < 0)
            {
                if (_acceptMissingChecksum)
                {
                    SentenceSeen();
                    _counters.OverlongProprietarySentences++;
                }
                else
                {
                    _counters.MissingChecksums++;
                }
            }
            else if (_skipAfterStar == 2 && _skipChecksum == _skipSum)
            {
                SentenceSeen();
                _counters.OverlongProprietarySentences++;
            }
            else
            {
                _counters.ChecksumErrors++;
            }
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
            if (IsProprietaryAddress(FieldEnd(0)))
            {
                SentenceSeen();
                _counters.SentencesUnsupported++;
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
            else if (a == (byte)'G' && b == (byte)'N' && c == (byte)'S')
            {
                parsed = ParseGns();
            }
            else if (a == (byte)'G' && b == (byte)'L' && c == (byte)'L')
            {
                parsed = ParseGll();
            }
            else if (a == (byte)'Z' && b == (byte)'D' && c == (byte)'A')
            {
                parsed = ParseZda();
            }
            else if (a == (byte)'G' && b == (byte)'S' && c == (byte)'V')
            {
                parsed = ParseGsv();
            }
            else if (a == (byte)'G' && b == (byte)'S' && c == (byte)'T')
            {
                parsed = ParseGst();
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

            ApplyPositionFix(quality, satellites, hdop, valid, latitude, longitude, altitude, geoid);
            return true;
        }

        // GNS: 1 time, 2-5 position, 6 mode (one letter per constellation), 7 satellites, 8 HDOP, 9 altitude,
        // 10 geoid separation, 11 age of corrections, 12 station, 13 navigational status (NMEA 4.10+).
        private bool ParseGns()
        {
            bool hasTime;
            int time;
            int quality;
            int satellites = -1;
            double hdop;
            byte status = Letter(13);
            if (!TryTime(1, out hasTime, out time)
                || !TryGnsMode(6, out quality)
                || (!IsEmpty(7) && !NmeaField.TryParseInteger(_line, FieldStart(7), FieldEnd(7), out satellites))
                || !TryDecimal(8, out hdop)
                || (status != 0 && status != (byte)'S' && status != (byte)'C' && status != (byte)'U' && status != (byte)'V'))
            {
                return false;
            }

            double latitude = 0;
            double longitude = 0;
            double altitude = double.NaN;
            double geoid = double.NaN;
            bool valid = quality > 0 && status != (byte)'V';
            if (valid && (!TryCoordinates(2, out latitude, out longitude)
                || !TryDecimal(9, out altitude)
                || !TryDecimal(10, out geoid)))
            {
                return false;
            }

            if (hasTime)
            {
                ApplyTime(time);
            }

            ApplyPositionFix(valid ? quality : 0, satellites, hdop, valid, latitude, longitude, altitude, geoid);
            return true;
        }

        /// <summary>
        /// GNS mode: one letter per constellation (N none, A autonomous, D differential, P precise, R RTK fixed,
        /// F RTK float, E estimated, M manual, S simulator); the first that is not N gives the fix quality.
        /// </summary>
        private bool TryGnsMode(int index, out int quality)
        {
            quality = 0;
            int end = FieldEnd(index);
            int start = FieldStart(index);
            if (end <= start)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                int letterQuality = GnsModeQuality(_line[i]);
                if (letterQuality < 0)
                {
                    return false;
                }

                if (quality == 0)
                {
                    quality = letterQuality;
                }
            }

            return true;
        }

        private static int GnsModeQuality(byte mode)
        {
            switch (mode)
            {
                case (byte)'N':
                    return (int)GpsFixQuality.Invalid;
                case (byte)'A':
                    return (int)GpsFixQuality.Gps;
                case (byte)'D':
                    return (int)GpsFixQuality.Differential;
                case (byte)'P':
                    return (int)GpsFixQuality.Pps;
                case (byte)'R':
                    return (int)GpsFixQuality.RtkFixed;
                case (byte)'F':
                    return (int)GpsFixQuality.RtkFloat;
                case (byte)'E':
                    return (int)GpsFixQuality.Estimated;
                case (byte)'M':
                    return (int)GpsFixQuality.Manual;
                case (byte)'S':
                    return (int)GpsFixQuality.Simulation;
                default:
                    return -1;
            }
        }

        private void ApplyPositionFix(int quality, int satellites, double hdop, bool valid, double latitude, double longitude, double altitude, double geoid)
        {
            _fix.Quality = (GpsFixQuality)quality;
            _fix.SatellitesInUse = satellites;
            _fix.Hdop = hdop;
            _fix.FixWithoutSatellites = valid && satellites == 0;
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
                PositionLost();
            }
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

            // A corrupt date (a receiver with the week-rollover bug sends "2208-1") drops only the date.
            int year = 0;
            int month = 0;
            int day = 0;
            bool hasDate = !IsEmpty(9);
            bool dateDropped = hasDate && !NmeaField.TryParseDate(_line, FieldStart(9), FieldEnd(9), out year, out month, out day);
            if (dateDropped)
            {
                hasDate = false;
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

            if (dateDropped)
            {
                _counters.DatesDropped++;
            }

            ApplyDateTime(hasDate, year, month, day, hasTime, time);
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
                PositionLost();
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

        // GSA: 1 mode, 2 fix type, 3.. satellite slots (12 in the standard, more on some receivers), then PDOP,
        // HDOP, VDOP and, on NMEA 4.10+, the system id: the DOPs are read from the end.
        private bool ParseGsa()
        {
            int last = _fieldCount - 1;
            int vdopIndex = last == 17 || !IsSystemId(last) ? last : last - 1;
            if (last == 18)
            {
                vdopIndex = 17;
            }

            int fixType = 0;
            double pdop;
            double hdop;
            double vdop;
            if (vdopIndex < 5
                || (!IsEmpty(2) && !NmeaField.TryParseInteger(_line, FieldStart(2), FieldEnd(2), out fixType))
                || fixType > (int)GpsFixType.Fix3D
                || !TryDecimal(vdopIndex - 2, out pdop)
                || !TryDecimal(vdopIndex - 1, out hdop)
                || !TryDecimal(vdopIndex, out vdop))
            {
                return false;
            }

            for (int i = 3; i < vdopIndex - 2; i++)
            {
                if (!IsEmpty(i) && !IsSatelliteNumber(i))
                {
                    return false;
                }
            }

            _fix.FixType = (GpsFixType)fixType;
            _fix.Pdop = pdop;
            _fix.Hdop = hdop;
            _fix.Vdop = vdop;
            return true;
        }

        // GLL: 1-4 position, 5 time, 6 status (A/V), 7 mode (NMEA 2.3+). Without a status (NMEA 1.5) the position
        // is used only while a fix is valid, like VTG without a mode.
        private bool ParseGll()
        {
            bool hasTime;
            int time;
            byte status = Letter(6);
            byte mode = Letter(7);
            if (!TryTime(5, out hasTime, out time)
                || (status != 0 && status != (byte)'A' && status != (byte)'V')
                || mode == 1)
            {
                return false;
            }

            bool valid = status == 0 ? _fix.IsValid : status == (byte)'A' && mode != (byte)'N';
            double latitude = 0;
            double longitude = 0;
            if (valid && !TryCoordinates(1, out latitude, out longitude))
            {
                return false;
            }

            if (hasTime)
            {
                ApplyTime(time);
            }

            if (valid)
            {
                _fix.Latitude = latitude;
                _fix.Longitude = longitude;
                PositionFixed();
            }
            else
            {
                PositionLost();
            }

            return true;
        }

        // ZDA: 1 time, 2 day, 3 month, 4 year (four digits), 5-6 local zone (not used).
        private bool ParseZda()
        {
            bool hasTime;
            int time;
            if (!TryTime(1, out hasTime, out time))
            {
                return false;
            }

            int day = 0;
            int month = 0;
            int year = 0;
            bool hasDate = !IsEmpty(2) || !IsEmpty(3) || !IsEmpty(4);
            bool dateDropped = hasDate
                && (FieldEnd(4) - FieldStart(4) != 4
                    || !NmeaField.TryParseInteger(_line, FieldStart(2), FieldEnd(2), out day)
                    || !NmeaField.TryParseInteger(_line, FieldStart(3), FieldEnd(3), out month)
                    || !NmeaField.TryParseInteger(_line, FieldStart(4), FieldEnd(4), out year)
                    || year < MinZdaYear
                    || year > MaxZdaYear
                    || month < 1
                    || month > 12
                    || day < 1
                    || day > NmeaField.DaysInMonth(year, month));
            if (dateDropped)
            {
                hasDate = false;
                _counters.DatesDropped++;
            }

            ApplyDateTime(hasDate, year, month, day, hasTime, time);
            return true;
        }

        // GSV: 1 messages, 2 message number, 3 satellites in view, then up to four groups of satellite number,
        // elevation, azimuth and SNR (empty when not tracked), then the signal id (NMEA 4.10+).
        private bool ParseGsv()
        {
            int total;
            int number;
            int declared = 0;
            int afterHeader = _fieldCount - 4;
            if (afterHeader < 0
                || !NmeaField.TryParseInteger(_line, FieldStart(1), FieldEnd(1), out total)
                || !NmeaField.TryParseInteger(_line, FieldStart(2), FieldEnd(2), out number)
                || total < 1
                || total > GsvAggregator.MaxMessages
                || number < 1
                || number > total
                || (!IsEmpty(3) && !NmeaField.TryParseInteger(_line, FieldStart(3), FieldEnd(3), out declared)))
            {
                return false;
            }

            int groups = afterHeader / 4;
            int signal = -1;
            if (groups > 4)
            {
                return false;
            }

            if (afterHeader % 4 == 1)
            {
                int last = _fieldCount - 1;
                if (!IsEmpty(last))
                {
                    if (FieldEnd(last) - FieldStart(last) != 1)
                    {
                        return false;
                    }

                    signal = NmeaChecksum.HexValue(_line[FieldStart(last)]);
                    if (signal < 0)
                    {
                        return false;
                    }
                }
            }
            else if (afterHeader % 4 != 0)
            {
                return false;
            }

            double ignored;
            int snr;
            for (int g = 0; g < groups; g++)
            {
                int field = 4 + (g * 4);
                if ((!IsEmpty(field) && !IsSatelliteNumber(field))
                    || !TryDecimal(field + 1, out ignored)
                    || !TryDecimal(field + 2, out ignored)
                    || !TrySnr(field + 3, out snr))
                {
                    return false;
                }
            }

            if (_gsv.Message(SystemOfTalker(), signal, total, number, declared))
            {
                for (int g = 0; g < groups; g++)
                {
                    int field = 4 + (g * 4);
                    int satellite;
                    if (NmeaField.TryParseInteger(_line, FieldStart(field), FieldEnd(field), out satellite))
                    {
                        TrySnr(field + 3, out snr);
                        _gsv.Add(satellite, snr);
                    }
                }

                int system = _gsv.Complete(_fix);
                if (system >= 0)
                {
                    _skyUpdated[system] = true;
                    _skyUpdatedAt[system] = _clock.Milliseconds;
                }
            }

            return true;
        }

        // GST: 1 time, 2 RMS of the range residuals, 3-5 error ellipse (semi-major, semi-minor, orientation),
        // 6 latitude, 7 longitude, 8 altitude error standard deviations in meters.
        private bool ParseGst()
        {
            bool hasTime;
            int time;
            double rms;
            double major;
            double minor;
            double orientation;
            double latitude;
            double longitude;
            double altitude;
            if (_fieldCount < 9
                || !TryTime(1, out hasTime, out time)
                || !TryDecimal(2, out rms)
                || !TryDecimal(3, out major)
                || !TryDecimal(4, out minor)
                || !TryDecimal(5, out orientation)
                || !TryDecimal(6, out latitude)
                || !TryDecimal(7, out longitude)
                || !TryDecimal(8, out altitude)
                || latitude < 0
                || longitude < 0
                || altitude < 0)
            {
                return false;
            }

            _fix.LatitudeErrorMeters = latitude;
            _fix.LongitudeErrorMeters = longitude;
            _fix.AltitudeErrorMeters = altitude;
            _hasGstTime = true;
            _lastGstAt = _clock.Milliseconds;
            return true;
        }

        /// <summary>A one-character hex digit field: the NMEA 4.10 system id at the end of GSA.</summary>
        private bool IsSystemId(int index)
        {
            int start = FieldStart(index);
            return FieldEnd(index) - start == 1 && NmeaChecksum.HexValue(_line[start]) >= 0;
        }

        private bool IsSatelliteNumber(int index)
        {
            int value;
            int start = FieldStart(index);
            int end = FieldEnd(index);
            return end - start <= 3 && NmeaField.TryParseInteger(_line, start, end, out value);
        }

        private bool TrySnr(int index, out int snr)
        {
            snr = 0;
            int start = FieldStart(index);
            int end = FieldEnd(index);
            return end <= start || (end - start <= 2 && NmeaField.TryParseInteger(_line, start, end, out snr));
        }

        private int SystemOfTalker()
        {
            byte first = _line[1];
            byte second = _line[2];
            if (first == (byte)'G')
            {
                switch (second)
                {
                    case (byte)'P':
                        return (int)GnssSystem.Gps;
                    case (byte)'L':
                        return (int)GnssSystem.Glonass;
                    case (byte)'A':
                        return (int)GnssSystem.Galileo;
                    case (byte)'B':
                        return (int)GnssSystem.BeiDou;
                    case (byte)'Q':
                        return (int)GnssSystem.Qzss;
                    case (byte)'I':
                        return (int)GnssSystem.NavIc;
                }
            }
            else if (first == (byte)'B' && second == (byte)'D')
            {
                return (int)GnssSystem.BeiDou;
            }
            else if (first == (byte)'Q' && second == (byte)'Z')
            {
                return (int)GnssSystem.Qzss;
            }

            return (int)GnssSystem.Other;
        }

        /// <summary>Date and time of RMC or ZDA: both set together, or the time alone through <see cref="ApplyTime"/>.</summary>
        private void ApplyDateTime(bool hasDate, int year, int month, int day, bool hasTime, int time)
        {
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
        }

        /// <summary>The receiver reports no fix: the fix is invalid, so it is no fix without satellites either.</summary>
        private void PositionLost()
        {
            _fix.IsValid = false;
            _fix.FixWithoutSatellites = false;
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

        /// <summary>
        /// Proprietary address: "$P..." (NMEA), or six upper-case letters or digits (vendor extensions such as
        /// $GYOACC); <paramref name="end"/> is the index of the comma (or end) after the address.
        /// </summary>
        private bool IsProprietaryAddress(int end)
        {
            int length = end - 1;
            if (length > 1 && _line[1] == (byte)'P')
            {
                return true;
            }

            if (length != 6)
            {
                return false;
            }

            for (int i = 1; i < end; i++)
            {
                byte c = _line[i];
                if (!IsUpperLetter(c) && (c < (byte)'0' || c > (byte)'9'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsUpperLetter(byte c)
        {
            return c >= (byte)'A' && c <= (byte)'Z';
        }
    }
}
