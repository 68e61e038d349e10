using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class NmeaDroppedLineTests
    {
        private const string Gga = "GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";

        [TestMethod]
        public void ChecksumMismatchIsDroppedAndCounted()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, "$" + Gga + "*48\r\n");

            Assert.AreEqual(1L, parser.Counters.ChecksumErrors);
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted);
            Assert.IsFalse(NmeaFeed.FixOf(parser).HasPosition);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        [DataRow("*4")]
        [DataRow("*477")]
        [DataRow("*G7")]
        [DataRow("*4 ")]
        public void BadChecksumFieldIsAChecksumError(string tail)
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, "$" + Gga + tail + "\r\n");
            Assert.AreEqual(1L, parser.Counters.ChecksumErrors);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void MissingChecksumIsDroppedByDefault()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, "$" + Gga + "\r\n");

            Assert.AreEqual(1L, parser.Counters.MissingChecksums);
            Assert.IsFalse(NmeaFeed.FixOf(parser).HasPosition);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void MissingChecksumIsParsedWhenAccepted()
        {
            NmeaParser parser = new NmeaParser(new ManualClock(), true);
            NmeaFeed.All(parser, "$" + Gga + "\r\n");

            Assert.AreEqual(0L, parser.Counters.MissingChecksums);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Approx.Equal(48 + (7.038 / 60), NmeaFeed.FixOf(parser).Latitude, 1e-9, "latitude");
        }

        [TestMethod]
        public void OverlongLineIsDroppedAndTheNextOneParsed()
        {
            string longLine = "$GPTXT,01,01,02,";
            while (longLine.Length <= NmeaParser.MaxSentenceLength)
            {
                longLine += "ABCDEFGHIJ";
            }

            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, longLine + "*00\r\n" + NmeaFeed.Frame(Gga));

            Assert.AreEqual(1L, parser.Counters.OverlongLines);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.IsTrue(parser.Counters.DiscardedBytes > 0, "the tail of the long line");
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void LineOfExactlyTheMaximumLengthIsKept()
        {
            string body = "GPTXT,01,01,02,";
            while (body.Length < NmeaParser.MaxSentenceLength - 4)
            {
                body += "X";
            }

            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaFeed.Frame(body));
            Assert.AreEqual(0L, parser.Counters.OverlongLines);
            Assert.AreEqual(1L, parser.Counters.SentencesIgnored);
        }

        [TestMethod]
        public void SentenceCutShortByTheNextIsCountedAsTruncated()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, "$GPGGA,123519,4807.0" + NmeaFeed.Frame(Gga));

            Assert.AreEqual(1L, parser.Counters.TruncatedLines);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(2L, parser.Counters.LinesStarted);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void BinaryNoiseBetweenSentencesIsDiscarded()
        {
            byte[] noise = new byte[] { 0xB5, 0x62, 0x01, 0x07, 0x5C, 0x00, 0xFF, (byte)'A', 0x0D };
            byte[] sentence = NmeaFeed.Bytes(NmeaFeed.Frame(Gga));
            NmeaParser parser = new NmeaParser(new ManualClock());
            parser.Feed(noise, 0, noise.Length);
            parser.Feed(sentence, 0, sentence.Length);
            parser.Feed(noise, 0, noise.Length);

            Assert.AreEqual(16L, parser.Counters.DiscardedBytes, "every noise byte but the two CRs");
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.AreEqual((long)(noise.Length * 2) + sentence.Length, parser.Counters.BytesReceived);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void ControlByteInsideALineDropsIt()
        {
            byte[] line = NmeaFeed.Bytes(NmeaFeed.Frame(Gga));
            line[10] = 0x01;
            NmeaParser parser = new NmeaParser(new ManualClock());
            parser.Feed(line, 0, line.Length);

            Assert.AreEqual(1L, parser.Counters.MalformedLines);
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted);
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        [DataRow("GPRMC,123519,A,48x7.038,N,01131.000,E,022.4,084.4,230394,003.1,W")]
        [DataRow("GPRMC,123519,X,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W")]
        [DataRow("GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W,AA")]
        [DataRow("GPRMC,123519,A,,,,,022.4,084.4,230394,003.1,W")]
        [DataRow("GPGGA,243519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,4807.038,Q,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,9107.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,4860.000,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,4807.038,N,18101.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,-4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,4807.038,N,01131.000,E,9,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9.1,545.4,M,46.9,M,,")]
        [DataRow("GPGGA,12351,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGSA,A,3,1.0,2.0")]
        [DataRow("GPGSA,A,4,,,,,,,,,,,,,1.0,1.0,1.0")]
        [DataRow("G1GGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPGG,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")]
        [DataRow("GPVTG,054.7,T,034.4,M,005.5,N,010.2,K,AB")]
        [DataRow(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,")]
        public void MalformedSentenceWithAValidChecksumIsDropped(string body)
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaFeed.Frame(body));
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.MalformedLines, body);
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted, body);
            Assert.IsFalse(fix.IsValid, body);
            Assert.IsFalse(fix.HasPosition, body);
            Assert.IsFalse(fix.HasTime, "nothing of a rejected sentence is kept");
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void UnfinishedLineWaitsForItsEnd()
        {
            string sentence = NmeaFeed.Frame(Gga);
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, sentence.Substring(0, 30));

            Assert.IsTrue(parser.InSentence);
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted);
            NmeaFeed.CountersBalance(parser);

            NmeaFeed.All(parser, sentence.Substring(30));
            Assert.IsFalse(parser.InSentence);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void BareLineFeedsAndCarriageReturnsEndLines()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            string sentence = NmeaFeed.Frame(Gga);
            string body = sentence.Substring(0, sentence.Length - 2);
            NmeaFeed.All(parser, body + "\n" + body + "\r" + body + "\n\n\r\n");

            Assert.AreEqual(3L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(0L, parser.Counters.DiscardedBytes);
        }
    }
}
