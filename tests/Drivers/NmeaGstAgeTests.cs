using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    /// <summary>
    /// GST describes the position only while it keeps coming: a receiver that sent GST once and then only positions
    /// falls back to HDOP x 5 m. The u-blox Sydney epochs, fed whole or byte by byte with the clock advancing.
    /// </summary>
    [TestClass]
    public class NmeaGstAgeTests
    {
        private const double Meters = 1e-9;

        // sigma lat 3.0 m, sigma lon 4.0 m: a horizontal error of 5.0 m, unlike HDOP 0.77-0.78 x 5 m.
        private const string Gst = "$GNGST,235958.00,1.2,5.0,3.0,45.0,3.0,4.0,6.0*7C\r\n";

        private static void Feed(NmeaParser parser, string text, bool byteByByte)
        {
            if (byteByByte)
            {
                NmeaFeed.ByteByByte(parser, text);
            }
            else
            {
                NmeaFeed.All(parser, text);
            }
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void GstThatStopsGivesWayToHdopAfterTwoSeconds(bool byteByByte)
        {
            ManualClock clock = new ManualClock(10000);
            NmeaParser parser = new NmeaParser(clock);
            GpsFix fix = new GpsFix();

            Feed(parser, NmeaSamples.UbloxSydney + Gst, byteByByte);
            parser.CopyFixTo(fix);
            Assert.IsTrue(fix.HasCurrentGst, "GST of the epoch");
            Assert.AreEqual(0L, fix.GstAgeMilliseconds);
            Approx.Equal(5.0, fix.EstimatedAccuracyMeters, Meters, "GST, not HDOP 0.77 x 5 m");

            // The next two epochs come without GST: the GST of the epoch before still describes them.
            string epochs = NmeaSamples.UbloxAcrossMidnight;
            int secondEpoch = epochs.IndexOf("$GNGGA,000000");
            clock.Advance(1000);
            Feed(parser, epochs.Substring(0, secondEpoch), byteByByte);
            parser.CopyFixTo(fix);
            Assert.AreEqual(1000L, fix.GstAgeMilliseconds);
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
            Assert.IsTrue(fix.HasCurrentGst, "one epoch later");
            Approx.Equal(5.0, fix.EstimatedAccuracyMeters, Meters, "GST one epoch on");

            clock.Advance(1000);
            Feed(parser, epochs.Substring(secondEpoch), byteByByte);
            parser.CopyFixTo(fix);
            Assert.IsTrue(fix.HasCurrentGst, "2000 ms apart is still within the limit");
            Approx.Equal(5.0, fix.EstimatedAccuracyMeters, Meters, "GST two epochs on");

            // The third epoch without GST: HDOP of the latest GGA (0.78) x 5 m.
            clock.Advance(1000);
            Feed(parser, NmeaSamples.UbloxNewYearRmc, byteByByte);
            parser.CopyFixTo(fix);
            Assert.AreEqual(3000L, fix.GstAgeMilliseconds);
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
            Assert.IsFalse(fix.HasCurrentGst, "3000 ms older than the position");
            Approx.Equal(0.78 * GpsFix.MetersPerHdop, fix.EstimatedAccuracyMeters, Meters, "HDOP x 5 m");
            Approx.Equal(5.0, fix.HorizontalErrorMeters, Meters, "the last GST is still readable");
            Approx.Equal(3.0, fix.LatitudeErrorMeters, Meters, "latitude error of the last GST");

            clock.Advance(5000);
            parser.CopyFixTo(fix);
            Assert.IsFalse(fix.HasCurrentGst, "staying stale while nothing arrives");
            Approx.Equal(0.78 * GpsFix.MetersPerHdop, fix.EstimatedAccuracyMeters, Meters, "still HDOP");

            // GST again: it describes the position once more.
            Feed(parser, NmeaFeed.Frame("GNGST,000000.00,1.0,2.0,1.0,10.0,0.6,0.8,1.5"), byteByByte);
            parser.CopyFixTo(fix);
            Assert.IsFalse(fix.HasCurrentGst, "5 s after the latest position: describes no position");
            Feed(parser, NmeaSamples.UbloxNewYearRmc + NmeaFeed.Frame("GNGST,000000.00,1.0,2.0,1.0,10.0,0.6,0.8,1.5"), byteByByte);
            parser.CopyFixTo(fix);
            Assert.IsTrue(fix.HasCurrentGst, "position and GST of one epoch");
            Approx.Equal(1.0, fix.EstimatedAccuracyMeters, Meters, "sqrt(0.6^2 + 0.8^2)");
        }

        [TestMethod]
        public void ASilentReceiverKeepsTheGstOfItsLastPosition()
        {
            ManualClock clock = new ManualClock(0);
            NmeaParser parser = new NmeaParser(clock);
            NmeaFeed.ByteByByte(parser, NmeaSamples.UbloxSydney + Gst);
            clock.Advance(60000);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(60000L, fix.FixAgeMilliseconds);
            Assert.AreEqual(60000L, fix.GstAgeMilliseconds);
            Assert.IsTrue(fix.HasCurrentGst, "the GST still belongs to that (old) position");
            Approx.Equal(5.0, fix.EstimatedAccuracyMeters, Meters, "GST");
            Assert.IsFalse(fix.IsFresh(10000), "the position itself is stale: telemetry leaves it out");
        }

        [TestMethod]
        public void GstBeforeAnyPositionDescribesNothing()
        {
            ManualClock clock = new ManualClock(0);
            NmeaParser parser = new NmeaParser(clock);
            NmeaFeed.ByteByByte(parser, NmeaSamples.UbloxGstZda);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(0L, fix.GstAgeMilliseconds);
            Assert.AreEqual(-1L, fix.FixAgeMilliseconds);
            Assert.IsFalse(fix.HasCurrentGst);
            Approx.Equal(Math.Sqrt((1.7 * 1.7) + (1.3 * 1.3)), fix.HorizontalErrorMeters, Meters, "kept");
            Assert.IsTrue(double.IsNaN(fix.EstimatedAccuracyMeters), "neither a current GST nor HDOP");
        }

        [TestMethod]
        public void GstAgeIsUnknownUntilAGstArrivesAndClearedWithTheFix()
        {
            ManualClock clock = new ManualClock(0);
            NmeaParser parser = new NmeaParser(clock);
            NmeaFeed.ByteByByte(parser, NmeaSamples.UbloxSydney);
            GpsFix fix = NmeaFeed.FixOf(parser);
            Assert.AreEqual(-1L, fix.GstAgeMilliseconds, "no GST yet");
            Assert.IsFalse(fix.HasCurrentGst);
            Approx.Equal(0.77 * GpsFix.MetersPerHdop, fix.EstimatedAccuracyMeters, Meters, "HDOP x 5 m");

            NmeaFeed.ByteByByte(parser, Gst);
            clock.Advance(250);
            parser.CopyFixTo(fix);
            Assert.AreEqual(250L, fix.GstAgeMilliseconds);
            GpsFix copy = new GpsFix();
            copy.CopyFrom(fix);
            Assert.AreEqual(250L, copy.GstAgeMilliseconds, "copied");
            Assert.IsTrue(copy.HasCurrentGst);
            copy.Clear();
            Assert.AreEqual(-1L, copy.GstAgeMilliseconds, "cleared");
            Assert.IsFalse(copy.HasCurrentGst);
        }
    }
}
