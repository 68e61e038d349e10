namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Reads NMEA field values in place from a line buffer (window [start, end)), without strings or allocation.
    /// </summary>
    public static class NmeaField
    {
        private const int MaxDigits = 15;

        private static readonly double[] PowersOfTen = new double[]
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        };

        /// <summary>Decimal number: optional sign, digits, optional '.' and digits (at most 15 digits).</summary>
        public static bool TryParseDecimal(byte[] line, int start, int end, out double value)
        {
            value = 0;
            int i = start;
            bool negative = false;
            if (i < end && (line[i] == (byte)'-' || line[i] == (byte)'+'))
            {
                negative = line[i] == (byte)'-';
                i++;
            }

            long mantissa = 0;
            int digits = 0;
            int decimals = 0;
            bool point = false;
            for (; i < end; i++)
            {
                byte c = line[i];
                if (c == (byte)'.')
                {
                    if (point)
                    {
                        return false;
                    }

                    point = true;
                    continue;
                }

                if (c < (byte)'0' || c > (byte)'9')
                {
                    return false;
                }

                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                if (point)
                {
                    decimals++;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            value = mantissa / PowersOfTen[decimals];
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>Unsigned integer of 1 to 9 digits.</summary>
        public static bool TryParseInteger(byte[] line, int start, int end, out int value)
        {
            value = 0;
            if (end <= start || end - start > 9)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                byte c = line[i];
                if (c < (byte)'0' || c > (byte)'9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        /// <summary>
        /// UTC time hhmmss or hhmmss.f... as milliseconds since midnight. A leap second (60) reads as 59.999.
        /// </summary>
        public static bool TryParseTime(byte[] line, int start, int end, out int millisecondsOfDay)
        {
            millisecondsOfDay = 0;
            int hours;
            int minutes;
            int seconds;
            if (end - start < 6
                || !TryParseInteger(line, start, start + 2, out hours)
                || !TryParseInteger(line, start + 2, start + 4, out minutes)
                || !TryParseInteger(line, start + 4, start + 6, out seconds)
                || hours > 23
                || minutes > 59
                || seconds > 60)
            {
                return false;
            }

            int milliseconds = 0;
            int i = start + 6;
            if (i < end)
            {
                if (line[i] != (byte)'.')
                {
                    return false;
                }

                int scale = 100;
                for (i++; i < end; i++)
                {
                    byte c = line[i];
                    if (c < (byte)'0' || c > (byte)'9')
                    {
                        return false;
                    }

                    milliseconds += (c - '0') * scale;
                    scale /= 10;
                }
            }

            if (seconds == 60)
            {
                seconds = 59;
                milliseconds = 999;
            }

            millisecondsOfDay = (((hours * 60) + minutes) * 60000) + (seconds * 1000) + milliseconds;
            return true;
        }

        /// <summary>Date ddmmyy; two-digit years 80-99 are 1980-1999, 00-79 are 2000-2079.</summary>
        public static bool TryParseDate(byte[] line, int start, int end, out int year, out int month, out int day)
        {
            year = 0;
            month = 0;
            day = 0;
            int twoDigitYear;
            if (end - start != 6
                || !TryParseInteger(line, start, start + 2, out day)
                || !TryParseInteger(line, start + 2, start + 4, out month)
                || !TryParseInteger(line, start + 4, start + 6, out twoDigitYear))
            {
                return false;
            }

            year = twoDigitYear >= 80 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
            return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
        }

        /// <summary>
        /// Coordinate ddmm.mmmm (latitude) or dddmm.mmmm (longitude) with its hemisphere field (one of N/S or E/W)
        /// as signed degrees, south and west negative.
        /// </summary>
        public static bool TryParseCoordinate(
            byte[] line,
            int start,
            int end,
            int hemisphereStart,
            int hemisphereEnd,
            bool latitude,
            out double degrees)
        {
            degrees = 0;
            double raw;
            if (hemisphereEnd - hemisphereStart != 1
                || start >= end
                || line[start] == (byte)'-'
                || line[start] == (byte)'+'
                || !TryParseDecimal(line, start, end, out raw)
                || double.IsNaN(raw))
            {
                return false;
            }

            // raw is not NaN, so the range checks below hold on the device too (there NaN compares as greater).
            int whole = (int)(raw / 100);
            double minutes = raw - (whole * 100.0);
            if (minutes >= 60)
            {
                return false;
            }

            degrees = whole + (minutes / 60.0);
            byte hemisphere = line[hemisphereStart];
            bool negative;
            if (latitude)
            {
                if (hemisphere != (byte)'N' && hemisphere != (byte)'S')
                {
                    return false;
                }

                negative = hemisphere == (byte)'S';
                if (degrees > 90)
                {
                    return false;
                }
            }
            else
            {
                if (hemisphere != (byte)'E' && hemisphere != (byte)'W')
                {
                    return false;
                }

                negative = hemisphere == (byte)'W';
                if (degrees > 180)
                {
                    return false;
                }
            }

            if (negative)
            {
                degrees = -degrees;
            }

            return true;
        }

        /// <summary>Days in a month of the Gregorian calendar.</summary>
        public static int DaysInMonth(int year, int month)
        {
            switch (month)
            {
                case 2:
                    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                    return leap ? 29 : 28;
                case 4:
                case 6:
                case 9:
                case 11:
                    return 30;
                default:
                    return 31;
            }
        }
    }
}
