using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    /// <summary>
    /// GNS, GLL, ZDA, GSV, GST, GSA with more than 12 slots, corrupt RMC dates, "$$" lines and proprietary
    /// addresses, from real receivers; every sample is fed whole, byte by byte and in chunks (NmeaFeed.AllWays).
    /// </summary>
    [TestClass]
    public class NmeaSentenceTests
    {
        private const double Degrees = 1e-9;
        private const double Meters = 1e-9;

        [TestMethod]
        public void GsaWithMoreThanTwelveSlotsTakesTheDopsFromTheEnd()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.IssueGsaManySlots, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.AreEqual((int)GpsFixType.Fix3D, (int)fix.FixType);
            Approx.Equal(1.4, fix.Pdop, 1e-12, "PDOP");
            Approx.Equal(0.8, fix.Hdop, 1e-12, "HDOP");
            Approx.Equal(1.1, fix.Vdop, 1e-12, "VDOP");
        }

        [TestMethod]
        [DataRow("GNGSA,A,3,01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,1.2,0.7,0.9,1", 1.2, 0.7, 0.9)]
        [DataRow("GNGSA,A,3,01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,1.2,0.7,0.9", 1.2, 0.7, 0.9)]
        [DataRow("GPGSA,A,3,23,29,07,08,09,18,26,28,,,,,1.94,1.18,1.54,1", 1.94, 1.18, 1.54)]
        [DataRow("GPGSA,A,3,23,29,07,08,09,18,26,28,,,,,1.94,1.18,1.54,", 1.94, 1.18, 1.54)]
        [DataRow("GPGSA,A,3,23,29,07,08,1.94,1.18,1.54,4", 1.94, 1.18, 1.54)]
        [DataRow("GPGSA,A,3,201,202,1.94,1.18,1.54", 1.94, 1.18, 1.54)]
        public void GsaDopsBeforeTheSystemId(string body, double pdop, double hdop, double vdop)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body), 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesAccepted, body);
            Approx.Equal(pdop, fix.Pdop, 1e-12, "PDOP");
            Approx.Equal(hdop, fix.Hdop, 1e-12, "HDOP");
            Approx.Equal(vdop, fix.Vdop, 1e-12, "VDOP");
        }

        [TestMethod]
        public void EmptyNmea410GsaOfAReceiverWithoutFixIsAccepted()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.ModemNoAntenna, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(4L, parser.Counters.SentencesAccepted, "two GSA, two GSV");
            Assert.AreEqual(1L, parser.Counters.SentencesUnsupported, "$PQGSA");
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.AreEqual((int)GpsFixType.None, (int)fix.FixType);
            Assert.IsTrue(double.IsNaN(fix.Pdop), "PDOP empty");
            Assert.AreEqual(0, fix.SatellitesInView(GnssSystem.Gps));
            Assert.AreEqual(0, fix.SatellitesInView(GnssSystem.Galileo));
            Assert.AreEqual(-1, fix.SatellitesInView(GnssSystem.BeiDou), "no BeiDou GSV");
            Assert.AreEqual(0, fix.TotalSatellitesInView);
            Assert.IsFalse(fix.HasPosition);
        }

        [TestMethod]
        public void RmcWithACorruptDateKeepsPositionSpeedAndCourse()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.WeekRolloverRmc, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(1L, parser.Counters.DatesDropped);
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.IsTrue(fix.IsValid);
            Approx.Equal(48 + (29.0005 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(22.0015 / 60, fix.Longitude, Degrees, "longitude");
            Approx.Equal(0.15, fix.SpeedKnots, 1e-12, "speed");
            Approx.Equal(212.28, fix.CourseDegrees, 1e-12, "course");
            Assert.IsFalse(fix.HasDate, "the date is dropped");
            Assert.IsTrue(fix.HasTime);
            Assert.AreEqual((((2 * 60) + 31) * 1000) + 99, fix.TimeOfDayMilliseconds);
        }

        [TestMethod]
        [DataRow("GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,320394,003.1,W")]
        [DataRow("GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,290223,003.1,W")]
        [DataRow("GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,2303,003.1,W")]
        public void RmcWithAnImpossibleDateKeepsTheDateItHad(string body)
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.ClassicRmc + NmeaFeed.Frame(body));
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(2L, parser.Counters.SentencesAccepted, body);
            Assert.AreEqual(1L, parser.Counters.DatesDropped);
            Assert.AreEqual(1994, fix.Year, "the date of the classic RMC stays");
            Assert.AreEqual(19, fix.Day);
            Assert.AreEqual(12, fix.Hour, "the new time is taken");
            Approx.Equal(48 + (7.038 / 60), fix.Latitude, Degrees, "position of the second RMC");
        }

        [TestMethod]
        public void GnsWithAnRtkFixSetsTheSameFieldsAsGga()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.GnsRtk, 1000);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual((int)GpsFixQuality.RtkFixed, (int)fix.Quality);
            Approx.Equal(-(43 + (32.69262 / 60)), fix.Latitude, Degrees, "latitude");
            Approx.Equal(172 + (35.48549 / 60), fix.Longitude, Degrees, "longitude");
            Assert.AreEqual(13, fix.SatellitesInUse);
            Approx.Equal(0.9, fix.Hdop, 1e-12, "HDOP");
            Approx.Equal(25.63, fix.AltitudeMeters, Meters, "altitude");
            Approx.Equal(11.24, fix.GeoidSeparationMeters, Meters, "geoid");
            Assert.AreEqual(1, fix.Hour);
            Assert.AreEqual(40, fix.Minute);
            Assert.AreEqual(35, fix.Second);
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
            Assert.IsFalse(fix.FixWithoutSatellites);
        }

        [TestMethod]
        public void GnsModeLettersPerConstellationAndNavigationalStatus()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.GnsFiveSystems, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid, "status S (safe)");
            Assert.AreEqual((int)GpsFixQuality.Gps, (int)fix.Quality, "ANAAA: autonomous");
            Assert.AreEqual(28, fix.SatellitesInUse);
            Approx.Equal(40 + (4.73854216 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(116 + (14.19720023 / 60), fix.Longitude, Degrees, "longitude");
            Approx.Equal(1574.406, fix.AltitudeMeters, Meters, "altitude");
            Approx.Equal(-8.4923, fix.GeoidSeparationMeters, Meters, "geoid");
        }

        [TestMethod]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,DN,13,0.9,25.63,11.24,,", 2)]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,NF,13,0.9,25.63,11.24,,", 5)]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,E,13,0.9,25.63,11.24,,", 6)]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,AA,13,0.9,25.63,11.24,,,V", 0)]
        public void GnsModeGivesTheQuality(string body, int quality)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body), 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesAccepted, body);
            Assert.AreEqual(quality, (int)fix.Quality, body);
            Assert.AreEqual(quality > 0, fix.IsValid, body);
        }

        [TestMethod]
        public void UbloxNeoM8nEpochWithGllAndGsvOfTwoConstellations()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.UbloxNeoM8n, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(13L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.IsTrue(fix.IsValid);
            Approx.Equal(44 + (4.14063 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(-(121 + (18.85478 / 60)), fix.Longitude, Degrees, "longitude");

            Assert.AreEqual(13, fix.SatellitesInView(GnssSystem.Gps));
            Assert.AreEqual(10, fix.SatellitesTracked(GnssSystem.Gps));
            Approx.Equal(37, fix.BestSnr(GnssSystem.Gps), 1e-12, "GPS best SNR");
            Approx.Equal(27.4, fix.AverageSnr(GnssSystem.Gps), 1e-9, "GPS average SNR");
            Assert.AreEqual(10, fix.SatellitesInView(GnssSystem.Glonass));
            Assert.AreEqual(8, fix.SatellitesTracked(GnssSystem.Glonass));
            Approx.Equal(29, fix.BestSnr(GnssSystem.Glonass), 1e-12, "GLONASS best SNR");
            Approx.Equal(25.0, fix.AverageSnr(GnssSystem.Glonass), 1e-9, "GLONASS average SNR");
            Assert.AreEqual(23, fix.TotalSatellitesInView);
            Assert.AreEqual(-1, fix.SatellitesInView(GnssSystem.Galileo));
            Assert.IsTrue(double.IsNaN(fix.BestSnr(GnssSystem.Galileo)));
            Assert.AreEqual(0L, fix.SkyAgeMilliseconds(GnssSystem.Gps));
            Assert.AreEqual(-1L, fix.SkyAgeMilliseconds(GnssSystem.Galileo));
        }

        [TestMethod]
        [DataRow("GP", 0)]
        [DataRow("GL", 1)]
        [DataRow("GA", 2)]
        [DataRow("GB", 3)]
        [DataRow("BD", 3)]
        [DataRow("GQ", 4)]
        [DataRow("QZ", 4)]
        [DataRow("GI", 5)]
        [DataRow("GN", 6)]
        [DataRow("LC", 6)]
        public void GsvTalkerNamesTheConstellation(string talker, int system)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(talker + "GSV,1,1,02,193,45,180,40,07,12,090,,1"), 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(2, fix.SatellitesInView((GnssSystem)system), talker);
            Assert.AreEqual(1, fix.SatellitesTracked((GnssSystem)system), talker);
            Assert.AreEqual(2, fix.TotalSatellitesInView, "no other constellation");
        }

        [TestMethod]
        public void SkyAgeGrowsUntilTheNextCompleteSequence()
        {
            ManualClock clock = new ManualClock(100);
            NmeaParser parser = new NmeaParser(clock);
            NmeaFeed.All(parser, NmeaSamples.UbloxNeoM8n);
            clock.Advance(1500);
            GpsFix fix = NmeaFeed.FixOf(parser);
            Assert.AreEqual(1500L, fix.SkyAgeMilliseconds(GnssSystem.Gps));

            NmeaFeed.All(parser, "$GPGSV,4,1,13,01,53,280,36,03,29,301,24,04,55,223,37,08,38,166,16*7C\r\n");
            parser.CopyFixTo(fix);
            Assert.AreEqual(1500L, fix.SkyAgeMilliseconds(GnssSystem.Gps), "an unfinished sequence publishes nothing");
            Assert.AreEqual(13, fix.SatellitesInView(GnssSystem.Gps), "the last complete epoch stays");
        }

        [TestMethod]
        public void GsvSequenceWithALostMessageIsDropped()
        {
            string[] lines = NmeaSamples.UbloxNeoM8n.Split(new char[] { '\n' });
            string withoutThirdGpsGsv = string.Empty;
            for (int i = 0; i < lines.Length; i++)
            {
                if (i != 8 && lines[i].Length > 0)
                {
                    withoutThirdGpsGsv += lines[i] + "\n";
                }
            }

            NmeaParser parser = NmeaFeed.AllWays(withoutThirdGpsGsv, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(12L, parser.Counters.SentencesAccepted, "the sentences themselves are well formed");
            Assert.AreEqual(-1, fix.SatellitesInView(GnssSystem.Gps), "no complete GPS sequence");
            Assert.AreEqual(10, fix.SatellitesInView(GnssSystem.Glonass));
        }

        [TestMethod]
        public void GsvSequencesOfSeveralSignalsAreMergedIntoOneEpoch()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.UbloxF9SignalGsv, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(5L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(10, fix.SatellitesInView(GnssSystem.Gps), "9 on L1 and 32 on L2 only");
            Assert.AreEqual(10, fix.SatellitesTracked(GnssSystem.Gps));
            Approx.Equal(50, fix.BestSnr(GnssSystem.Gps), 1e-12, "best");
            Approx.Equal(490.0 / 12, fix.AverageSnr(GnssSystem.Gps), 1e-9, "average over the 12 signals");
            Assert.AreEqual(0, fix.SatellitesInView(GnssSystem.Galileo));
            Assert.IsTrue(double.IsNaN(fix.AverageSnr(GnssSystem.Galileo)));

            NmeaFeed.All(parser, NmeaSamples.UbloxF9SignalGsv);
            parser.CopyFixTo(fix);
            Assert.AreEqual(10, fix.SatellitesInView(GnssSystem.Gps), "the next epoch starts afresh, nothing doubles");
            Approx.Equal(490.0 / 12, fix.AverageSnr(GnssSystem.Gps), 1e-9, "average of the next epoch");
        }

        [TestMethod]
        public void HemisphereEpochWithZdaGllGsvAndGst()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.HemisphereVs100, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(10L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(1L, parser.Counters.SentencesIgnored, "HDT");
            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual((int)GpsFixQuality.Differential, (int)fix.Quality);
            Approx.Equal(15 + (41.31258893 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(-(51 + (30.51204125 / 60)), fix.Longitude, Degrees, "longitude");
            Assert.AreEqual(2020, fix.Year);
            Assert.AreEqual(1, fix.Month);
            Assert.AreEqual(14, fix.Day);
            Assert.AreEqual(19, fix.Hour);
            Approx.Equal(0.26, fix.LatitudeErrorMeters, Meters, "latitude error");
            Approx.Equal(0.36, fix.LongitudeErrorMeters, Meters, "longitude error");
            Approx.Equal(0.68, fix.AltitudeErrorMeters, Meters, "altitude error");
            Approx.Equal(Math.Sqrt((0.26 * 0.26) + (0.36 * 0.36)), fix.HorizontalErrorMeters, Meters, "horizontal");
            Assert.AreEqual(12, fix.SatellitesInView(GnssSystem.Gps));
            Assert.AreEqual(8, fix.SatellitesTracked(GnssSystem.Gps));
            Approx.Equal(47, fix.BestSnr(GnssSystem.Gps), 1e-12, "best SNR");
            Approx.Equal(40.0, fix.AverageSnr(GnssSystem.Gps), 1e-9, "average SNR");
        }

        [TestMethod]
        public void SkyTraqDgpsEpochWithBeiDou()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.SkyTraqDgps, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(13L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(1L, parser.Counters.SentencesUnsupported, "$PSTI");
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.IsTrue(fix.IsValid);
            Assert.AreEqual((int)GpsFixQuality.Differential, (int)fix.Quality);
            Approx.Equal(44 + (4.1296473 / 60), fix.Latitude, Degrees, "latitude");
            Approx.Equal(-(121 + (18.8685846 / 60)), fix.Longitude, Degrees, "longitude");
            Assert.AreEqual(new DateTime(2016, 4, 7, 21, 31, 23, 0).Ticks, fix.UtcDateTime.Ticks);
            Approx.Equal(2.4, fix.Pdop, 1e-12, "PDOP");
            Assert.AreEqual(13, fix.SatellitesInView(GnssSystem.Gps), "QZSS 193 and SBAS 51 listed with GPS");
            Assert.AreEqual(9, fix.SatellitesTracked(GnssSystem.Gps));
            Approx.Equal(31, fix.BestSnr(GnssSystem.Gps), 1e-12, "GPS best");
            Approx.Equal(218.0 / 9, fix.AverageSnr(GnssSystem.Gps), 1e-9, "GPS average");
            Assert.AreEqual(3, fix.SatellitesInView(GnssSystem.BeiDou));
            Assert.AreEqual(2, fix.SatellitesTracked(GnssSystem.BeiDou));
            Approx.Equal(25.5, fix.AverageSnr(GnssSystem.BeiDou), 1e-9, "BeiDou average");
            Assert.AreEqual(16, fix.TotalSatellitesInView);
            Approx.Equal(Math.Sqrt((0.4 * 0.4) + (0.6 * 0.6)), fix.HorizontalErrorMeters, Meters, "horizontal");
            Approx.Equal(1.3, fix.AltitudeErrorMeters, Meters, "altitude error");
        }

        [TestMethod]
        public void GarminWithoutFixTracksSomeSatellites()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.GarminNoFix, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(7L, parser.Counters.SentencesAccepted, "GLL, RMC, GGA, GSA, three GSV");
            Assert.AreEqual(3L, parser.Counters.SentencesIgnored, "BOD, RTE, RMB");
            Assert.AreEqual(2L, parser.Counters.SentencesUnsupported, "PGRME, PGRMZ");
            Assert.IsFalse(fix.IsValid);
            Assert.IsFalse(fix.HasPosition);
            Assert.IsFalse(fix.HasTime, "the receiver knows only the date");
            Assert.AreEqual(2010, fix.Year);
            Assert.AreEqual(12, fix.SatellitesInView(GnssSystem.Gps));
            Assert.AreEqual(3, fix.SatellitesTracked(GnssSystem.Gps), "SNR 00 means not tracked");
            Approx.Equal(41, fix.BestSnr(GnssSystem.Gps), 1e-12, "best");
            Approx.Equal(122.0 / 3, fix.AverageSnr(GnssSystem.Gps), 1e-9, "average");
            Assert.IsFalse(fix.FixWithoutSatellites, "quality 0 with 00 satellites is simply no fix");
        }

        [TestMethod]
        public void ZdaSetsDateAndTimeWithTheFullYear()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.UbloxGstZda, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(2L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(new DateTime(2002, 9, 16, 8, 27, 10, 0).Ticks, fix.UtcDateTime.Ticks);
            Assert.IsFalse(fix.HasPosition, "neither sentence carries a position");
            Approx.Equal(1.7, fix.LatitudeErrorMeters, Meters, "latitude error");
            Approx.Equal(1.3, fix.LongitudeErrorMeters, Meters, "longitude error");
            Approx.Equal(2.2, fix.AltitudeErrorMeters, Meters, "altitude error");
            Approx.Equal(Math.Sqrt((1.7 * 1.7) + (1.3 * 1.3)), fix.HorizontalErrorMeters, Meters, "horizontal");
        }

        [TestMethod]
        public void UbloxGllGstAndZdaThenRmc()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            NmeaFeed.All(parser, NmeaSamples.UbloxGnGllGstZda.Substring(0, NmeaSamples.UbloxGnGllGstZda.IndexOf("$GNRMC")));
            GpsFix fix = NmeaFeed.FixOf(parser);
            Assert.IsTrue(fix.IsValid, "GLL status A, mode D");
            Approx.Equal(46 + (46.13762 / 60), fix.Latitude, Degrees, "GLL latitude");
            Approx.Equal(7 + (37.21678 / 60), fix.Longitude, Degrees, "GLL longitude");
            Assert.AreEqual(new DateTime(2016, 2, 23, 14, 7, 59, 750).Ticks, fix.UtcDateTime.Ticks);
            Approx.Equal(Math.Sqrt((0.46 * 0.46) + (0.29 * 0.29)), fix.HorizontalErrorMeters, Meters, "horizontal");

            NmeaParser all = NmeaFeed.AllWays(NmeaSamples.UbloxGnGllGstZda, 0);
            fix = NmeaFeed.FixOf(all);
            Assert.AreEqual(4L, all.Counters.SentencesAccepted);
            Approx.Equal(15.370, fix.SpeedKnots, 1e-12, "speed of the RMC");
            Assert.AreEqual(8, fix.Minute);
            Assert.AreEqual(0, fix.Second);
        }

        [TestMethod]
        public void AccuracyComesFromGstAndFallsBackToHdop()
        {
            NmeaParser parser = new NmeaParser(new ManualClock());
            GpsFix fix = NmeaFeed.FixOf(parser);
            Assert.IsTrue(double.IsNaN(fix.EstimatedAccuracyMeters), "nothing known");

            NmeaFeed.All(parser, NmeaSamples.UbloxNeoM8n);
            parser.CopyFixTo(fix);
            Approx.Equal(0.91 * GpsFix.MetersPerHdop, fix.EstimatedAccuracyMeters, 1e-9, "HDOP x 5 m without GST");

            NmeaFeed.All(parser, NmeaSamples.HemisphereVs100);
            parser.CopyFixTo(fix);
            Approx.Equal(fix.HorizontalErrorMeters, fix.EstimatedAccuracyMeters, 1e-12, "GST when known");
            Approx.Equal(0.444, fix.EstimatedAccuracyMeters, 1e-3, "sqrt(0.26^2 + 0.36^2)");
        }

        [TestMethod]
        [DataRow("GPZDA,082710.00,32,09,2002,00,00")]
        [DataRow("GPZDA,082710.00,16,13,2002,00,00")]
        [DataRow("GPZDA,082710.00,16,09,02,00,00")]
        [DataRow("GPZDA,082710.00,16,09,1970,00,00")]
        [DataRow("GPZDA,082710.00,16,,2002,00,00")]
        public void ZdaWithACorruptDateKeepsTheTime(string body)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body), 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.SentencesAccepted, body);
            Assert.AreEqual(1L, parser.Counters.DatesDropped, body);
            Assert.IsFalse(fix.HasDate, body);
            Assert.AreEqual(8, fix.Hour);
            Assert.AreEqual(27, fix.Minute);
        }

        [TestMethod]
        public void FurunoBeforeTheFirstFix()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.FurunoNoFix, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(7L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(1L, parser.Counters.SentencesUnsupported, "$PERDCRV");
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.IsFalse(fix.IsValid);
            Assert.IsFalse(fix.HasPosition, "the zero position of a receiver without fix is not taken");
            Assert.AreEqual(1999, fix.Year, "ZDA and RMC agree on the receiver's (rolled-over) date");
            Assert.AreEqual(8, fix.Month);
            Assert.AreEqual(22, fix.Day);
            Assert.AreEqual(916, fix.Millisecond);
            Assert.IsTrue(double.IsNaN(fix.HorizontalErrorMeters), "empty GST");
            Assert.AreEqual(0, fix.SatellitesInView(GnssSystem.Gps));
            Assert.AreEqual(0, fix.SatellitesInView(GnssSystem.Glonass));
            Assert.AreEqual(0, fix.SatellitesTracked(GnssSystem.Glonass));
            Assert.AreEqual((int)GpsFixQuality.Invalid, (int)fix.Quality);
        }

        [TestMethod]
        public void DoubleDollarLineParsesAsOneLine()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.DoubleDollarGga, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.LinesStarted);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
            Assert.AreEqual(0L, parser.Counters.TruncatedLines);
            Assert.AreEqual(0L, parser.Counters.DiscardedBytes);
            Approx.Equal(48 + (36.5375 / 60), fix.Latitude, Degrees, "latitude");
            Assert.AreEqual(4, fix.SatellitesInUse);
        }

        [TestMethod]
        public void ProprietaryAddressesAreUnsupportedNotMalformed()
        {
            NmeaParser parser = NmeaFeed.AllWays(
                NmeaSamples.SixLetterProprietary + NmeaSamples.Skipped + "$PERDCRV,0.00,0,0.00,0.00,0.00,44.0,13368000*49\r\n",
                0);

            Assert.AreEqual(3L, parser.Counters.SentencesUnsupported, "GYOACC, PUBX, PERDCRV");
            Assert.AreEqual(2L, parser.Counters.SentencesAccepted, "GLL and GSV");
            Assert.AreEqual(0L, parser.Counters.MalformedLines);
            Assert.AreEqual(0L, parser.Counters.SentencesIgnored);
            Assert.AreEqual(0L, NmeaFeed.FixOf(parser).SentenceAgeMilliseconds, "they show the receiver is alive");
        }

        [TestMethod]
        [DataRow("GYOACCX,1.0")]
        [DataRow("GYoACC,1.0")]
        public void AddressesOfOtherLengthsOrCaseAreMalformed(string body)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body), 0);
            Assert.AreEqual(1L, parser.Counters.MalformedLines, body);
            Assert.AreEqual(0L, parser.Counters.SentencesUnsupported, body);
        }

        [TestMethod]
        public void OverlongProprietarySentenceIsCountedApartFromBrokenLines()
        {
            string body = OverlongBody("PSTMSAT");
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body) + NmeaSamples.GnsRtk, 0);

            Assert.AreEqual(1L, parser.Counters.OverlongProprietarySentences);
            Assert.AreEqual(0L, parser.Counters.OverlongLines);
            Assert.AreEqual(0L, parser.Counters.LinesDropped);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted, "the GNS after it");
            Assert.AreEqual((long)(body.Length + 4 - NmeaParser.MaxSentenceLength), parser.Counters.DiscardedBytes, "the tail");
        }

        [TestMethod]
        public void OverlongSixLetterSentenceIsProprietaryToo()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(OverlongBody("GYOACC")), 0);
            Assert.AreEqual(1L, parser.Counters.OverlongProprietarySentences);
        }

        [TestMethod]
        public void OverlongProprietarySentenceWithABadChecksumIsBroken()
        {
            string sentence = NmeaFeed.Frame(OverlongBody("PSTMSAT"));
            string corrupted = sentence.Substring(0, 130) + "X" + sentence.Substring(131);
            NmeaParser parser = NmeaFeed.AllWays(corrupted, 0);

            Assert.AreEqual(1L, parser.Counters.ChecksumErrors);
            Assert.AreEqual(0L, parser.Counters.OverlongProprietarySentences);
        }

        [TestMethod]
        [DataRow("*4")]
        [DataRow("*4G")]
        [DataRow("*444")]
        [DataRow("")]
        public void OverlongProprietarySentenceWithoutAValidChecksumFieldIsBroken(string tail)
        {
            NmeaParser parser = NmeaFeed.AllWays("$" + OverlongBody("PSTMSAT") + tail + "\r\n", 0);

            Assert.AreEqual(1L, parser.Counters.LinesDropped, tail);
            Assert.AreEqual(0L, parser.Counters.OverlongProprietarySentences, tail);
        }

        [TestMethod]
        public void OverlongProprietarySentenceCutByTheNextIsTruncated()
        {
            string sentence = NmeaFeed.Frame(OverlongBody("PSTMSAT"));
            NmeaParser parser = NmeaFeed.AllWays(sentence.Substring(0, 140) + NmeaSamples.GnsRtk, 0);

            Assert.AreEqual(1L, parser.Counters.TruncatedLines);
            Assert.AreEqual(1L, parser.Counters.SentencesAccepted);
        }

        [TestMethod]
        public void FixWithoutSatellitesIsFlagged()
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaSamples.FixWithoutSatellites, 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.IsTrue(fix.IsValid, "the receiver claims a fix");
            Assert.IsTrue(fix.FixWithoutSatellites, "with 00 satellites in use");
            Assert.AreEqual(0, fix.SatellitesInUse);

            NmeaFeed.All(parser, NmeaFeed.Frame("GPGGA,113437.000,5419.6637,N,00951.3958,E,1,05,1.2,0000.0,M,0.0,M,,0000"));
            parser.CopyFixTo(fix);
            Assert.IsFalse(fix.FixWithoutSatellites, "satellites again");

            NmeaFeed.All(parser, NmeaFeed.Frame("GNGNS,113438.000,5419.6637,N,00951.3958,E,E,00,,0.0,0.0,,"));
            parser.CopyFixTo(fix);
            Assert.IsTrue(fix.FixWithoutSatellites, "GNS dead reckoning with 00 satellites");
            Assert.AreEqual((int)GpsFixQuality.Estimated, (int)fix.Quality);

            NmeaFeed.All(parser, NmeaFeed.Frame("GPRMC,113439.000,V,5419.6637,N,00951.3958,E,0.00,0.00,291126,,,N"));
            parser.CopyFixTo(fix);
            Assert.IsFalse(fix.IsValid, "RMC status V ends the fix");
            Assert.IsFalse(fix.FixWithoutSatellites, "no fix is no fix without satellites");
        }

        [TestMethod]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,RX,13,0.9,25.63,11.24,,")]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,,13,0.9,25.63,11.24,,")]
        [DataRow("GNGNS,014035.00,4332.69262,S,17235.48549,E,AA,13,0.9,25.63,11.24,,,Q")]
        [DataRow("GNGNS,014035.00,,,,,AA,13,0.9,25.63,11.24,,")]
        [DataRow("GNGLL,4646.13762,N,00737.21678,E,140759.75,X,D")]
        [DataRow("GNGLL,4646.13762,N,00737.21678,E,140759.75,A,DD")]
        [DataRow("GNGLL,,,,,140759.75,A,A")]
        [DataRow("GNZDA,250759.75,23,02,2016,00,00")]
        [DataRow("GPGSV,4,5,13,32,76,331,31")]
        [DataRow("GPGSV,0,0,13,32,76,331,31")]
        [DataRow("GPGSV,10,1,13,32,76,331,31")]
        [DataRow("GPGSV,4,4,13,32,76,331,31,1,2")]
        [DataRow("GPGSV,4,4,13,32,76,331,31,12")]
        [DataRow("GPGSV,4,4,13,32,76,331,311")]
        [DataRow("GPGSV,4,4,13,3A,76,331,31")]
        [DataRow("GPGSV,4,4,13,32,7.6.,331,31")]
        [DataRow("GPGSV,4,4,X,32,76,331,31")]
        [DataRow("GPGSV,1,1,20,01,1,1,1,02,1,1,1,03,1,1,1,04,1,1,1,05,1,1,1")]
        [DataRow("GPGSV,4")]
        [DataRow("GPGST,082356.00,1.8,,,,-1.7,1.3,2.2")]
        [DataRow("GPGST,082356.00,1.8,,,,1.7,1.3")]
        [DataRow("GPGST,082356.00,1.8,,,,1.7,1.3,2.x")]
        [DataRow("GPGSA,A,3,23,29,07,08,09,18,26,28,,,,X,1.94,1.18,1.54")]
        [DataRow("GPGSA,A,3,1234,1.94,1.18,1.54")]
        public void MalformedNewSentencesAreDropped(string body)
        {
            NmeaParser parser = NmeaFeed.AllWays(NmeaFeed.Frame(body), 0);
            GpsFix fix = NmeaFeed.FixOf(parser);

            Assert.AreEqual(1L, parser.Counters.MalformedLines, body);
            Assert.AreEqual(0L, parser.Counters.SentencesAccepted, body);
            Assert.IsFalse(fix.HasPosition, body);
            Assert.IsFalse(fix.HasTime, body);
            Assert.IsTrue(double.IsNaN(fix.LatitudeErrorMeters), body);
            Assert.AreEqual(-1, fix.TotalSatellitesInView, body);
        }

        private static string OverlongBody(string address)
        {
            string body = address;
            int satellite = 1;
            while (body.Length < NmeaParser.MaxSentenceLength + 30)
            {
                body += "," + satellite.ToString() + ",45,180,38";
                satellite++;
            }

            return body;
        }
    }
}
