using System;
using System.Text;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    /// <summary>Feeds NMEA text to a parser in one block, byte by byte or in pseudo-random chunks, and compares fixes.</summary>
    public static class NmeaFeed
    {
        private static readonly Encoding Text = Encoding.UTF8;

        /// <summary>ASCII bytes of <paramref name="text"/>.</summary>
        public static byte[] Bytes(string text)
        {
            return Text.GetBytes(text);
        }

        /// <summary>"$" + body + "*hh\r\n" with the checksum of the body.</summary>
        public static string Frame(string body)
        {
            byte[] bytes = Bytes(body);
            return "$" + body + "*" + NmeaChecksum.Compute(bytes, 0, bytes.Length).ToString("X2") + "\r\n";
        }

        /// <summary>Everything in one call.</summary>
        public static void All(NmeaParser parser, string text)
        {
            byte[] bytes = Bytes(text);
            parser.Feed(bytes, 0, bytes.Length);
        }

        /// <summary>One byte per call, from a buffer with other data around it.</summary>
        public static void ByteByByte(NmeaParser parser, string text)
        {
            byte[] bytes = Bytes(text);
            byte[] window = new byte[3];
            for (int i = 0; i < bytes.Length; i++)
            {
                window[1] = bytes[i];
                parser.Feed(window, 1, 1);
            }
        }

        /// <summary>Chunks of 1 to <paramref name="maxChunk"/> bytes (sizes from a seeded LCG), copied to odd offsets.</summary>
        public static void InChunks(NmeaParser parser, string text, uint seed, int maxChunk)
        {
            byte[] bytes = Bytes(text);
            byte[] chunk = new byte[maxChunk + 7];
            Lcg random = new Lcg(seed);
            int position = 0;
            while (position < bytes.Length)
            {
                int size = 1 + random.Next(maxChunk);
                if (size > bytes.Length - position)
                {
                    size = bytes.Length - position;
                }

                int offset = random.Next(7);
                Array.Copy(bytes, position, chunk, offset, size);
                parser.Feed(chunk, offset, size);
                position += size;
            }
        }

        /// <summary>The parser's current fix.</summary>
        public static GpsFix FixOf(NmeaParser parser)
        {
            GpsFix fix = new GpsFix();
            parser.CopyFixTo(fix);
            return fix;
        }

        /// <summary>Fails unless both values are equal or both NaN.</summary>
        public static void SameNumber(double expected, double actual, string what)
        {
            bool same = (double.IsNaN(expected) && double.IsNaN(actual)) || expected == actual;
            Assert.IsTrue(same, what + ": " + expected.ToString() + " vs " + actual.ToString());
        }

        /// <summary>Fails unless every field of the two fixes is the same.</summary>
        public static void SameFix(GpsFix expected, GpsFix actual)
        {
            Assert.AreEqual(expected.IsValid, actual.IsValid, "IsValid");
            Assert.AreEqual(expected.FixWithoutSatellites, actual.FixWithoutSatellites, "FixWithoutSatellites");
            Assert.AreEqual((int)expected.Quality, (int)actual.Quality, "Quality");
            Assert.AreEqual((int)expected.FixType, (int)actual.FixType, "FixType");
            Assert.AreEqual(expected.HasTime, actual.HasTime, "HasTime");
            Assert.AreEqual(expected.TimeOfDayMilliseconds, actual.TimeOfDayMilliseconds, "Time");
            Assert.AreEqual(expected.HasDate, actual.HasDate, "HasDate");
            Assert.AreEqual(expected.Year, actual.Year, "Year");
            Assert.AreEqual(expected.Month, actual.Month, "Month");
            Assert.AreEqual(expected.Day, actual.Day, "Day");
            SameNumber(expected.Latitude, actual.Latitude, "Latitude");
            SameNumber(expected.Longitude, actual.Longitude, "Longitude");
            SameNumber(expected.AltitudeMeters, actual.AltitudeMeters, "Altitude");
            SameNumber(expected.GeoidSeparationMeters, actual.GeoidSeparationMeters, "Geoid");
            SameNumber(expected.SpeedKnots, actual.SpeedKnots, "Speed");
            SameNumber(expected.CourseDegrees, actual.CourseDegrees, "Course");
            Assert.AreEqual(expected.SatellitesInUse, actual.SatellitesInUse, "Satellites");
            SameNumber(expected.Hdop, actual.Hdop, "HDOP");
            SameNumber(expected.Pdop, actual.Pdop, "PDOP");
            SameNumber(expected.Vdop, actual.Vdop, "VDOP");
            SameNumber(expected.LatitudeErrorMeters, actual.LatitudeErrorMeters, "LatitudeError");
            SameNumber(expected.LongitudeErrorMeters, actual.LongitudeErrorMeters, "LongitudeError");
            SameNumber(expected.AltitudeErrorMeters, actual.AltitudeErrorMeters, "AltitudeError");
            for (int i = 0; i < GpsFix.GnssSystemCount; i++)
            {
                GnssSystem system = (GnssSystem)i;
                Assert.AreEqual(expected.SatellitesInView(system), actual.SatellitesInView(system), "InView " + i.ToString());
                Assert.AreEqual(expected.SatellitesTracked(system), actual.SatellitesTracked(system), "Tracked " + i.ToString());
                SameNumber(expected.BestSnr(system), actual.BestSnr(system), "BestSnr " + i.ToString());
                SameNumber(expected.AverageSnr(system), actual.AverageSnr(system), "AverageSnr " + i.ToString());
                Assert.AreEqual(expected.SkyAgeMilliseconds(system), actual.SkyAgeMilliseconds(system), "SkyAge " + i.ToString());
            }

            Assert.AreEqual(expected.FixAgeMilliseconds, actual.FixAgeMilliseconds, "FixAge");
            Assert.AreEqual(expected.GstAgeMilliseconds, actual.GstAgeMilliseconds, "GstAge");
        }

        /// <summary>Fails unless every counter is the same.</summary>
        public static void SameCounters(NmeaCounters expected, NmeaCounters actual)
        {
            Assert.AreEqual(expected.BytesReceived, actual.BytesReceived, "BytesReceived");
            Assert.AreEqual(expected.DiscardedBytes, actual.DiscardedBytes, "DiscardedBytes");
            Assert.AreEqual(expected.LinesStarted, actual.LinesStarted, "LinesStarted");
            Assert.AreEqual(expected.SentencesAccepted, actual.SentencesAccepted, "SentencesAccepted");
            Assert.AreEqual(expected.SentencesIgnored, actual.SentencesIgnored, "SentencesIgnored");
            Assert.AreEqual(expected.SentencesUnsupported, actual.SentencesUnsupported, "SentencesUnsupported");
            Assert.AreEqual(expected.OverlongProprietarySentences, actual.OverlongProprietarySentences, "OverlongProprietarySentences");
            Assert.AreEqual(expected.DatesDropped, actual.DatesDropped, "DatesDropped");
            Assert.AreEqual(expected.ChecksumErrors, actual.ChecksumErrors, "ChecksumErrors");
            Assert.AreEqual(expected.MissingChecksums, actual.MissingChecksums, "MissingChecksums");
            Assert.AreEqual(expected.OverlongLines, actual.OverlongLines, "OverlongLines");
            Assert.AreEqual(expected.TruncatedLines, actual.TruncatedLines, "TruncatedLines");
            Assert.AreEqual(expected.MalformedLines, actual.MalformedLines, "MalformedLines");
        }

        /// <summary>Feeds <paramref name="text"/> to three parsers (whole, byte by byte, in chunks) and checks they agree.</summary>
        public static NmeaParser AllWays(string text, long clockStart)
        {
            NmeaParser whole = new NmeaParser(new ManualClock(clockStart));
            All(whole, text);
            NmeaParser single = new NmeaParser(new ManualClock(clockStart));
            ByteByByte(single, text);
            NmeaParser chunked = new NmeaParser(new ManualClock(clockStart));
            InChunks(chunked, text, 7, 11);
            SameFix(FixOf(whole), FixOf(single));
            SameCounters(whole.Counters, single.Counters);
            SameFix(FixOf(whole), FixOf(chunked));
            SameCounters(whole.Counters, chunked.Counters);
            CountersBalance(whole);
            return whole;
        }

        /// <summary>Fails unless every started line is accounted for.</summary>
        public static void CountersBalance(NmeaParser parser)
        {
            NmeaCounters c = parser.Counters;
            long ended = c.SentencesAccepted + c.SentencesIgnored + c.SentencesUnsupported + c.OverlongProprietarySentences
                + c.ChecksumErrors + c.MissingChecksums + c.OverlongLines + c.TruncatedLines + c.MalformedLines;
            Assert.AreEqual(ended, c.LinesEnded, "LinesEnded is the sum of the line counters");
            Assert.AreEqual(c.LinesStarted, ended + (parser.InSentence ? 1 : 0), "every line is counted once");
        }
    }
}
