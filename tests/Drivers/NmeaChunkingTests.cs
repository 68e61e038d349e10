using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class NmeaChunkingTests
    {
        private static string Transcript()
        {
            return "\r\n$GPGGA,1235"
                + NmeaSamples.UbloxNoFix
                + NmeaSamples.UbloxSydney
                + "garbage \x01\x02 between receivers\r\n"
                + NmeaSamples.UbloxAcrossMidnight
                + NmeaSamples.UbloxNewYearRmc
                + NmeaSamples.SirfGgaGsa
                + "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48\r\n"
                + NmeaSamples.MediaTek
                + NmeaSamples.Skipped
                + NmeaSamples.Quectel
                + NmeaSamples.BuenosAires
                + NmeaSamples.IssueGsaManySlots
                + NmeaSamples.WeekRolloverRmc
                + NmeaSamples.UbloxNeoM8n
                + NmeaSamples.HemisphereVs100
                + NmeaSamples.UbloxF9SignalGsv
                + NmeaSamples.UbloxGstZda
                + NmeaSamples.FurunoNoFix
                + NmeaSamples.GnsRtk
                + NmeaSamples.ModemNoAntenna
                + NmeaSamples.DoubleDollarGga
                + NmeaSamples.FixWithoutSatellites
                + NmeaSamples.SixLetterProprietary
                + NmeaSamples.SkyTraqDgps
                + NmeaSamples.GarminNoFix
                + "$PSTMSAT,1,45,180,38,2,45,180,38,3,45,180,38,4,45,180,38,5,45,180,38,6,45,180,38,7,45,180,38,8,45,180,38,9,45,180,38,10,45,180,38*6C\r\n"
                + NmeaSamples.ClassicRmc
                + "$GNGGA,143512.00,3436.10352,S,05822.3";
        }

        private static NmeaParser Reference()
        {
            NmeaParser parser = new NmeaParser(new ManualClock(42));
            NmeaFeed.All(parser, Transcript());
            return parser;
        }

        [TestMethod]
        public void TranscriptInOneBlockEndsAtTheLastCompleteSentence()
        {
            NmeaParser parser = Reference();
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Approx.Equal(-(123 + (11.12 / 60)), fix.Longitude, 1e-9, "the classic RMC came last");
            Assert.AreEqual(1994, fix.Year);
            Assert.AreEqual(100L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(4L, parser.Counters.SentencesIgnored, "HDT, BOD, RTE, RMB");
            Assert.AreEqual(7L, parser.Counters.SentencesUnsupported, "PUBX, PERDCRV, PQGSA, GYOACC, PSTI, PGRME, PGRMZ");
            Assert.AreEqual(1L, parser.Counters.OverlongProprietarySentences, "PSTMSAT");
            Assert.AreEqual(1L, parser.Counters.DatesDropped, "2208-1");
            Assert.AreEqual(0L, parser.Counters.MalformedLines);
            Assert.AreEqual(0L, parser.Counters.OverlongLines);
            Assert.AreEqual(1L, parser.Counters.ChecksumErrors);
            Assert.AreEqual(1L, parser.Counters.TruncatedLines);
            Assert.IsTrue(parser.InSentence, "the last GGA is still arriving");
            NmeaFeed.CountersBalance(parser);
        }

        [TestMethod]
        public void ByteByByteGivesTheSameResult()
        {
            NmeaParser reference = Reference();
            NmeaParser parser = new NmeaParser(new ManualClock(42));
            NmeaFeed.ByteByByte(parser, Transcript());

            NmeaFeed.SameFix(NmeaFeed.FixOf(reference), NmeaFeed.FixOf(parser));
            NmeaFeed.SameCounters(reference.Counters, parser.Counters);
        }

        [TestMethod]
        [DataRow(1, 5)]
        [DataRow(2, 17)]
        [DataRow(3, 64)]
        [DataRow(4, 300)]
        [DataRow(5, 2)]
        public void RandomChunksGiveTheSameResult(int seed, int maxChunk)
        {
            NmeaParser reference = Reference();
            NmeaParser parser = new NmeaParser(new ManualClock(42));
            NmeaFeed.InChunks(parser, Transcript(), (uint)seed, maxChunk);

            NmeaFeed.SameFix(NmeaFeed.FixOf(reference), NmeaFeed.FixOf(parser));
            NmeaFeed.SameCounters(reference.Counters, parser.Counters);
        }

        [TestMethod]
        public void EmptyFeedChangesNothing()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            parser.Feed(new byte[4], 2, 0);
            Assert.AreEqual(0L, parser.Counters.BytesReceived);
            Assert.IsFalse(parser.InSentence);
        }

        [TestMethod]
        public void FeedRejectsAWindowOutsideTheBuffer()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => parser.Feed(new byte[4], 3, 2));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => parser.Feed(null, 0, 0));
        }
    }
}
