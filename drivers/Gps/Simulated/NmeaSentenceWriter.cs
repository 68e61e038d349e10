using System;
using System.Globalization;
using System.Text;

namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>
    /// Writes NMEA 0183 sentences (u-blox style, NMEA 4.10 fields) with correct checksums. Host-only.
    /// </summary>
    public static class NmeaSentenceWriter
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>"$" + body + "*hh\r\n", the checksum computed over the body.</summary>
        public static string Frame(string body)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(body);
            byte sum = NmeaChecksum.Compute(bytes, 0, bytes.Length);
            return "$" + body + "*" + sum.ToString("X2", Invariant) + "\r\n";
        }

        /// <summary>RMC with a fix.</summary>
        public static string Rmc(string talker, DateTime utc, double latitude, double longitude, double speedKnots, double courseDegrees)
        {
            return Frame(talker + "RMC," + Time(utc) + ",A," + Latitude(latitude) + "," + Longitude(longitude) + ","
                + speedKnots.ToString("F3", Invariant) + "," + courseDegrees.ToString("F2", Invariant) + ","
                + Date(utc) + ",,,A,V");
        }

        /// <summary>RMC without a fix (time and date still known from the receiver's clock).</summary>
        public static string RmcNoFix(string talker, DateTime utc)
        {
            return Frame(talker + "RMC," + Time(utc) + ",V,,,,,,," + Date(utc) + ",,,N,V");
        }

        /// <summary>VTG with course and speed.</summary>
        public static string Vtg(string talker, double speedKnots, double courseDegrees)
        {
            return Frame(talker + "VTG," + courseDegrees.ToString("F2", Invariant) + ",T,,M,"
                + speedKnots.ToString("F3", Invariant) + ",N," + (speedKnots * 1.852).ToString("F3", Invariant) + ",K,A");
        }

        /// <summary>VTG without a fix.</summary>
        public static string VtgNoFix(string talker)
        {
            return Frame(talker + "VTG,,,,,,,,,N");
        }

        /// <summary>GGA with a fix (quality 1).</summary>
        public static string Gga(string talker, DateTime utc, double latitude, double longitude, double altitudeMeters, int satellites, double hdop)
        {
            return Frame(talker + "GGA," + Time(utc) + "," + Latitude(latitude) + "," + Longitude(longitude) + ",1,"
                + satellites.ToString("D2", Invariant) + "," + hdop.ToString("F2", Invariant) + ","
                + altitudeMeters.ToString("F1", Invariant) + ",M,47.0,M,,");
        }

        /// <summary>GGA without a fix.</summary>
        public static string GgaNoFix(string talker, DateTime utc)
        {
            return Frame(talker + "GGA," + Time(utc) + ",,,,,0,00,99.99,,,,,,");
        }

        /// <summary>GSA of the GPS constellation (system ID 1).</summary>
        public static string Gsa(string talker, bool fix, double pdop, double hdop, double vdop)
        {
            if (!fix)
            {
                return Frame(talker + "GSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99,1");
            }

            return Frame(talker + "GSA,A,3,02,05,07,13,15,18,20,29,30,,,," + pdop.ToString("F2", Invariant) + ","
                + hdop.ToString("F2", Invariant) + "," + vdop.ToString("F2", Invariant) + ",1");
        }

        /// <summary>
        /// GSV sequence (NMEA 4.10, signal id 1) listing <paramref name="satellites"/> with their SNR (0: not
        /// tracked, written empty), four per message; elevation and azimuth spread over the sky.
        /// </summary>
        public static string Gsv(string talker, int[] satellites, int[] snrs)
        {
            ArgumentNullException.ThrowIfNull(satellites);
            ArgumentNullException.ThrowIfNull(snrs);
            int messages = Math.Max(1, (satellites.Length + 3) / 4);
            var text = new StringBuilder();
            for (int m = 0; m < messages; m++)
            {
                var body = new StringBuilder(talker + "GSV," + messages.ToString(Invariant) + "," + (m + 1).ToString(Invariant) + ","
                    + satellites.Length.ToString("D2", Invariant));
                for (int i = m * 4; i < Math.Min(satellites.Length, (m + 1) * 4); i++)
                {
                    int elevation = 10 + (satellites[i] * 37 % 80);
                    int azimuth = satellites[i] * 71 % 360;
                    body.Append(',').Append(satellites[i].ToString("D2", Invariant))
                        .Append(',').Append(elevation.ToString("D2", Invariant))
                        .Append(',').Append(azimuth.ToString("D3", Invariant))
                        .Append(',').Append(snrs[i] > 0 ? snrs[i].ToString("D2", Invariant) : string.Empty);
                }

                text.Append(Frame(body.Append(",1").ToString()));
            }

            return text.ToString();
        }

        /// <summary>GST with the RMS of the range residuals and the latitude, longitude and altitude errors (1 sigma, m).</summary>
        public static string Gst(string talker, DateTime utc, double rms, double latitudeError, double longitudeError, double altitudeError)
        {
            return Frame(talker + "GST," + Time(utc) + "," + rms.ToString("F1", Invariant) + ",,,,"
                + latitudeError.ToString("F2", Invariant) + "," + longitudeError.ToString("F2", Invariant) + ","
                + altitudeError.ToString("F2", Invariant));
        }

        /// <summary>GST without a fix: only the time.</summary>
        public static string GstNoFix(string talker, DateTime utc)
        {
            return Frame(talker + "GST," + Time(utc) + ",,,,,,,");
        }

        /// <summary>Latitude as ddmm.mmmmm,N|S.</summary>
        public static string Latitude(double degrees)
        {
            return Coordinate(degrees, 2) + (degrees < 0 ? ",S" : ",N");
        }

        /// <summary>Longitude as dddmm.mmmmm,E|W.</summary>
        public static string Longitude(double degrees)
        {
            return Coordinate(degrees, 3) + (degrees < 0 ? ",W" : ",E");
        }

        private static string Coordinate(double degrees, int degreeDigits)
        {
            double totalMinutes = Math.Round(Math.Abs(degrees) * 60, 5);
            int whole = (int)Math.Floor(totalMinutes / 60);
            double minutes = totalMinutes - (whole * 60);
            return whole.ToString("D" + degreeDigits.ToString(Invariant), Invariant)
                + minutes.ToString("00.00000", Invariant);
        }

        private static string Time(DateTime utc)
        {
            return utc.ToString("HHmmss", Invariant) + "." + (utc.Millisecond / 10).ToString("D2", Invariant);
        }

        private static string Date(DateTime utc)
        {
            return utc.ToString("ddMMyy", Invariant);
        }
    }
}
