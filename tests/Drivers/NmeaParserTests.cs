using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class NmeaParserTests
    {
        private const double Degrees = 1e-9;

        [TestMethod]
        public void UbloxMultiConstellationEpochInTheSouthernHemisphere()
        {
            NmeaParser parser = new NmeaParser(new ManualClock(5000));
            NmeaFeed.All(parser, NmeaSamples.UbloxSydney);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual((int)GpsFixQuality.Gps, (int)fix.Quality);
            Assert.AreEqual((int)GpsFixType.Fix3D, (int)fix.FixType);
            Approx.Equal(-(33 + (51.52831 / 60)), fix.Latitude, Degrees, "latitude");
            Approx.Equal(151 + (12.63544 / 60), fix.Longitude, Degrees, "longitude");
            Approx.Equal(42.3, fix.AltitudeMeters, 1e-9, "altitude");
            Approx.Equal(22.1, fix.GeoidSeparationMeters, 1e-9, "geoid");
            Assert.AreEqual(12, fix.SatellitesInUse);
            Approx.Equal(0.77, fix.Hdop, 1e-9, "HDOP");
            Approx.Equal(1.40, fix.Pdop, 1e-9, "PDOP");
            Approx.Equal(1.17, fix.Vdop, 1e-9, "VDOP");
            Approx.Equal(0.021, fix.SpeedKnots, 1e-9, "speed");
            Assert.IsTrue(double.IsNaN(fix.CourseDegrees), "course is empty while standing still");
            Assert.AreEqual(2024, fix.Year);
            Assert.AreEqual(12, fix.Month);
            Assert.AreEqual(31, fix.Day);
            Assert.AreEqual(23, fix.Hour);
            Assert.AreEqual(59, fix.Minute);
            Assert.AreEqual(58, fix.Second);
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
            Assert.AreEqual(7L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
        }

        [TestMethod]
        public void DateRollsOverAtMidnightBeforeTheNextRmc()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.UbloxSydney + NmeaSamples.UbloxAcrossMidnight);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(2025, fix.Year, "GGA after midnight moves the date: year");
            Assert.AreEqual(1, fix.Month);
            Assert.AreEqual(1, fix.Day);
            Assert.AreEqual(0, fix.TimeOfDayMilliseconds);

            NmeaFeed.All(parser, NmeaSamples.UbloxNewYearRmc);
            parser.CopyFixTo(fix);
            Assert.AreEqual(2025, fix.Year, "the RMC confirms it");
            Assert.AreEqual(1, fix.Day);
            Assert.AreEqual(new System.DateTime(2025, 1, 1, 0, 0, 0, 0).Ticks, fix.UtcDateTime.Ticks);
        }

        [TestMethod]
        public void LateSentenceFromBeforeMidnightMovesTheDateBack()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.UbloxNewYearRmc);
            NmeaFeed.All(parser, "$GNGGA,235959.00,3351.52833,S,15112.63540,E,1,12,0.77,42.4,M,22.1,M,,*67\r\n");
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(2024, fix.Year);
            Assert.AreEqual(12, fix.Month);
            Assert.AreEqual(31, fix.Day);
            Assert.AreEqual(23, fix.Hour);
        }

        [TestMethod]
        public void LeapDayRollsIntoMarch()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaFeed.Frame("GPRMC,235959.00,A,4807.038,N,01131.000,E,0.0,,290224,,,A"));
            NmeaFeed.All(parser, NmeaFeed.Frame("GPGGA,000001.00,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"));
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(3, fix.Month);
            Assert.AreEqual(1, fix.Day);
            Assert.AreEqual(1, fix.Second);
        }

        [TestMethod]
        public void UbloxBeforeTheFirstFixKnowsNothingButTheStatus()
        {
            NmeaParser parser = new NmeaParser(new ManualClock(100));
            NmeaFeed.All(parser, NmeaSamples.UbloxNoFix);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsFalse(fix.IsValid);
            Assert.IsFalse(fix.HasPosition);
            Assert.IsFalse(fix.HasTime);
            Assert.IsFalse(fix.HasDate);
            Assert.AreEqual((int)GpsFixQuality.Invalid, (int)fix.Quality);
            Assert.AreEqual((int)GpsFixType.None, (int)fix.FixType);
            Assert.AreEqual(0, fix.SatellitesInUse);
            Approx.Equal(99.99, fix.Hdop, 1e-9, "HDOP");
            Assert.AreEqual(-1L, fix.FixAgeMilliseconds, "never fixed");
            Assert.AreEqual(0L, fix.SentenceAgeMilliseconds, "but the receiver talks");
            Assert.AreEqual(4L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void LosingAndRegainingTheFixIsReflected()
        {
            ManualClock clock = new ManualClock(1000);
            NmeaParser parser = new NmeaParser(clock);
            NmeaFeed.All(parser, NmeaSamples.UbloxSydney);
            clock.Advance(1000);
            NmeaFeed.All(parser, NmeaSamples.UbloxNoFix);
            clock.Advance(4000);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsFalse(fix.IsValid, "RMC status V and GGA quality 0");
            Assert.IsTrue(fix.HasPosition, "the last known position stays");
            Approx.Equal(-(33 + (51.52831 / 60)), fix.Latitude, Degrees, "last latitude");
            Assert.AreEqual(5000L, fix.FixAgeMilliseconds);
            Assert.IsFalse(fix.IsFresh(10000), "an invalid fix is never fresh");

            NmeaFeed.All(parser, NmeaSamples.UbloxSydney);
            parser.CopyFixTo(fix);
            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
            Assert.IsTrue(fix.IsFresh(0));
        }

        [TestMethod]
        public void RmcStatusVoidAloneDropsTheFix()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.ClassicRmc);
            Assert.IsTrue(NmeaFeed.FixOf(parser).IsValid);
            NmeaFeed.All(parser, "$GNRMC,,V,,,,,,,,,,N,V*37\r\n");
            Assert.IsFalse(NmeaFeed.FixOf(parser).IsValid);
        }

        [TestMethod]
        public void GgaQualityZeroAloneDropsTheFix()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.ClassicRmc);
            NmeaFeed.All(parser, "$GNGGA,,,,,,0,00,99.99,,,,,,*56\r\n");
            Assert.IsFalse(NmeaFeed.FixOf(parser).IsValid);
        }

        [TestMethod]
        public void UbloxManualExamples()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.UbloxManual);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Approx.Equal(47 + (17.11399 / 60), fix.Latitude, Degrees, "GGA latitude (last)");
            Approx.Equal(8 + (33.91590 / 60), fix.Longitude, Degrees, "GGA longitude (last)");
            Approx.Equal(499.6, fix.AltitudeMeters, 1e-9, "altitude");
            Approx.Equal(77.52, fix.CourseDegrees, 1e-9, "course");
            Approx.Equal(0.004, fix.SpeedKnots, 1e-12, "speed");
            Approx.Equal(0.004 * 1.852, fix.SpeedKilometersPerHour, 1e-12, "km/h derived from knots (VTG says 0.008 after rounding)");
            Assert.AreEqual(8, fix.SatellitesInUse);
            Approx.Equal(1.94, fix.Pdop, 1e-9, "PDOP");
            Approx.Equal(1.18, fix.Hdop, 1e-9, "HDOP from the GSA that came last");
            Assert.AreEqual(2002, fix.Year);
            Assert.AreEqual(12, fix.Month);
            Assert.AreEqual(9, fix.Day);
            Assert.AreEqual(9, fix.Hour);
            Assert.AreEqual(27, fix.Minute);
            Assert.AreEqual(4L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(1L, parser.Counters.SentencesIgnored, "TXT");
        }

        [TestMethod]
        public void SirfGgaWithNegativeGeoidAndStationId()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.SirfGgaGsa);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Approx.Equal(33 + (42.6618 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(-(117 + (51.3858 / 60)), fix.Longitude, Degrees, "west is negative");
            Approx.Equal(-34.2, fix.GeoidSeparationMeters, 1e-9, "geoid");
            Assert.AreEqual(10, fix.SatellitesInUse);
            Approx.Equal(1.0, fix.Hdop, 1e-9, "HDOP");
            Approx.Equal(1.5, fix.Vdop, 1e-9, "VDOP");
            Assert.AreEqual(0, fix.Hour);
            Assert.IsFalse(fix.HasDate, "GGA carries no date");
            Assert.AreEqual(((21 * 60) + 53) * 1000, fix.TimeOfDayMilliseconds);
        }

        [TestMethod]
        public void SirfRmcWithoutModeField()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.SirfRmc);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Approx.Equal(37 + (23.2475 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(-(121 + (58.3416 / 60)), fix.Longitude, Degrees, "longitude");
            Approx.Equal(309.62, fix.CourseDegrees, 1e-9, "course");
            Approx.Equal(0.13 * 1852 / 3600, fix.SpeedMetersPerSecond, 1e-12, "m/s");
            Assert.AreEqual(1998, fix.Year);
            Assert.AreEqual(5, fix.Month);
            Assert.AreEqual(12, fix.Day);
            Assert.AreEqual(487, fix.Millisecond);
            Assert.AreEqual(29, fix.Second);
        }

        [TestMethod]
        public void MediaTekEpoch()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.MediaTek);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual(8, fix.SatellitesInUse, "single digit");
            Approx.Equal(23 + (7.1256 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(120 + (16.4438 / 60), fix.Longitude, Degrees, "longitude");
            Approx.Equal(39.9, fix.AltitudeMeters, 1e-9, "altitude");
            Approx.Equal(165.48, fix.CourseDegrees, 1e-9, "course");
            Approx.Equal(0.03 * 1.852, fix.SpeedKilometersPerHour, 1e-12, "km/h derived from knots (VTG says 0.06 after rounding)");
            Approx.Equal(2.32, fix.Pdop, 1e-9, "PDOP");
            Assert.AreEqual(2006, fix.Year);
            Assert.AreEqual(4, fix.Month);
            Assert.AreEqual(26, fix.Day);
            Assert.AreEqual(4L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void MediaTekColdStartHasTimeAndDateButNoFix()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.MediaTekColdStart);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsFalse(fix.IsValid);
            Assert.IsFalse(fix.HasPosition);
            Assert.AreEqual(1980, fix.Year, "80 is 1980");
            Assert.AreEqual(1, fix.Month);
            Assert.AreEqual(6, fix.Day);
            Assert.AreEqual(12800, fix.TimeOfDayMilliseconds);
            Assert.AreEqual(0, fix.SatellitesInUse);
            Assert.IsTrue(double.IsNaN(fix.Hdop));
            Assert.IsTrue(double.IsNaN(fix.SpeedKnots), "no speed is taken from a void RMC");
            Assert.AreEqual(2L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void QuectelGsaFromEveryTalker()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.Quectel);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual(7L, parser.Counters.SentencesAccepted, "GN, GP, GL, GA and BD talkers");
            Assert.AreEqual(14, fix.SatellitesInUse);
            Approx.Equal(-0.3, fix.GeoidSeparationMeters, 1e-9, "geoid");
            Approx.Equal(0, fix.SpeedKnots, 0, "speed");
            Approx.Equal(0, fix.CourseDegrees, 0, "course");
            Approx.Equal(1.35, fix.Pdop, 1e-9, "PDOP");
            Assert.AreEqual(2023, fix.Year);
        }

        [TestMethod]
        public void SouthWestDifferentialFix()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.BuenosAires);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual((int)GpsFixQuality.Differential, (int)fix.Quality);
            Approx.Equal(-(34 + (36.10352 / 60)), fix.Latitude, Degrees, "south");
            Approx.Equal(-(58 + (22.37416 / 60)), fix.Longitude, Degrees, "west");
            Approx.Equal(12.5 * 1.852, fix.SpeedKilometersPerHour, 1e-9, "km/h");
            Approx.Equal(271.3, fix.CourseDegrees, 1e-9, "course");
            Approx.Equal(2.10, fix.Pdop, 1e-9, "PDOP from the BeiDou (GB) GSA");
            Assert.AreEqual(3L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void ClassicRmcWithWholeSecondTime()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.ClassicRmc);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Approx.Equal(49 + (16.45 / 60), fix.Latitude, Degrees, "north");
            Approx.Equal(-(123 + (11.12 / 60)), fix.Longitude, Degrees, "west");
            Assert.AreEqual(22, fix.Hour);
            Assert.AreEqual(54, fix.Minute);
            Assert.AreEqual(46, fix.Second);
            Assert.AreEqual(1994, fix.Year);
            Assert.AreEqual(11, fix.Month);
            Assert.AreEqual(19, fix.Day);
        }

        [TestMethod]
        public void VtgWithoutModeIsUsedOnlyDuringAFix()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, "$GPVTG,054.7,T,034.4,M,005.5,N,010.2,K*48\r\n");
            Assert.IsTrue(double.IsNaN(NmeaFeed.FixOf(parser).SpeedKnots), "no fix yet");

            NmeaFeed.All(parser, NmeaSamples.ClassicRmc + "$GPVTG,054.7,T,034.4,M,005.5,N,010.2,K*48\r\n");
            GpsFix fix = NmeaFeed.FixOf(parser);
            Approx.Equal(5.5, fix.SpeedKnots, 1e-9, "speed");
            Approx.Equal(54.7, fix.CourseDegrees, 1e-9, "course");
            Assert.AreEqual(3L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void VtgWithOnlyKilometersPerHour()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaFeed.Frame("GPVTG,10.0,T,,M,,N,18.52,K,A"));
            GpsFix fix = NmeaFeed.FixOf(parser);
            Approx.Equal(10, fix.SpeedKnots, 1e-9, "knots from km/h");
            Approx.Equal(18.52, fix.SpeedKilometersPerHour, 1e-9, "km/h");
        }

        [TestMethod]
        public void OtherSentencesAreCountedNotParsed()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.Skipped.Substring(NmeaSamples.Skipped.IndexOf("$PUBX")) + "$GPTXT,01,01,02,ANTSTATUS=OK*3B\r\n");
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesIgnored, "TXT");
            Assert.AreEqual(1L, parser.Counters.SentencesUnsupported, "PUBX");
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.IsFalse(fix.HasPosition, "PUBX is not used");
            Assert.AreEqual(0L, fix.SentenceAgeMilliseconds, "but they show the receiver is alive");
        }

        [TestMethod]
        public void LeapSecondReadsAsTheLastMillisecond()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaFeed.Frame("GPGGA,235960.00,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"));
            GpsFix fix = NmeaFeed.FixOf(parser);
            Assert.AreEqual(23, fix.Hour);
            Assert.AreEqual(59, fix.Minute);
            Assert.AreEqual(59, fix.Second);
            Assert.AreEqual(999, fix.Millisecond);
        }
    }
}
