using System.Text;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;
using Telemetry.Drivers.Gps.Simulated;
using Xunit;

namespace Telemetry.HostTests.Drivers;

/// <summary>The simulated GPS twin drives the same parser as the UART: route, outages, time.</summary>
public class SimulatedGpsTests
{
    private static SimulatedGpsOptions LakeRoute()
    {
        var options = new SimulatedGpsOptions { SpeedMetersPerSecond = 10, StartUtc = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc) };
        options.Route.Add(new GpsWaypoint(47.3769, 8.5417, 408));
        options.Route.Add(new GpsWaypoint(47.3800, 8.5480, 420));
        options.Route.Add(new GpsWaypoint(47.3740, 8.5520, 410));
        options.Outages.Add(new GpsOutage(20000, 30000));
        return options;
    }

    [Fact]
    public void FollowsTheRouteAndLosesTheFixDuringTheOutage()
    {
        var clock = new ManualClock(5000);
        var source = new SimulatedNmeaSource(clock, LakeRoute());
        var receiver = new GpsReceiver(source, clock, new GpsConfiguration());
        var fix = new GpsFix();

        for (long elapsed = 0; elapsed <= 60000; elapsed += 1000)
        {
            bool valid = receiver.Read(fix);
            if (source.HasFixAt(elapsed))
            {
                GpsWaypoint truth = source.PositionAt(elapsed, out double course, out _);
                Assert.True(valid, $"fix at {elapsed} ms");
                Assert.Equal(0, fix.FixAgeMilliseconds);
                double error = GpsRoute.DistanceMeters(truth, new GpsWaypoint(fix.Latitude, fix.Longitude, 0));
                Assert.True(error < 0.05, $"{error} m off at {elapsed} ms");
                Assert.Equal(truth.AltitudeMeters, fix.AltitudeMeters, 1);
                Assert.Equal(10, fix.SpeedMetersPerSecond, 2);
                Assert.Equal(course, fix.CourseDegrees, 2);
                Assert.Equal(9, fix.SatellitesInUse);
                Assert.Equal(GpsFixType.Fix3D, fix.FixType);
                Assert.Equal(1.5, fix.HorizontalErrorMeters, 9);
                Assert.Equal(2.1, fix.AltitudeErrorMeters, 9);
                Assert.Equal(11, fix.SatellitesTracked(GnssSystem.Gps));
                Assert.Equal(44, fix.BestSnr(GnssSystem.Gps));
                Assert.Equal(454.0 / 11, fix.AverageSnr(GnssSystem.Gps), 9);
            }
            else
            {
                Assert.False(valid, $"no fix at {elapsed} ms");
                Assert.Equal(elapsed - 19000, fix.FixAgeMilliseconds);
                Assert.True(fix.HasPosition, "last known position");
                Assert.Equal(GpsFixType.None, fix.FixType);
                Assert.True(double.IsNaN(fix.HorizontalErrorMeters), "empty GST");
                Assert.Equal(0, fix.SatellitesTracked(GnssSystem.Gps));
            }

            Assert.Equal(11, fix.SatellitesInView(GnssSystem.Gps));
            Assert.Equal(0, fix.SkyAgeMilliseconds(GnssSystem.Gps));

            Assert.Equal(new DateTime(2025, 6, 1, 12, 0, 0).AddMilliseconds(elapsed), fix.UtcDateTime);
            clock.Advance(1000);
        }

        Assert.Equal(0, receiver.Counters.LinesDropped);
        Assert.Equal(61 * 8, receiver.Counters.SentencesAccepted); // RMC, VTG, GGA, GSA, three GSV, GST
    }

    [Fact]
    public void CrossesMidnightAndTheYearInTheSouthWest()
    {
        var options = new SimulatedGpsOptions { Talker = "GP", StartUtc = new DateTime(2024, 12, 31, 23, 59, 55, DateTimeKind.Utc), SpeedMetersPerSecond = 3 };
        options.Route.Add(new GpsWaypoint(-34.6037, -58.3816, 25));
        options.Route.Add(new GpsWaypoint(-34.6100, -58.3900, 25));
        var clock = new ManualClock();
        var source = new SimulatedNmeaSource(clock, options);
        var receiver = new GpsReceiver(source, clock, new GpsConfiguration());
        var fix = new GpsFix();

        clock.Advance(10000);
        Assert.True(receiver.Read(fix));
        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 5), fix.UtcDateTime);
        Assert.True(fix.Latitude < -34.6 && fix.Longitude < -58.38, "south and west are negative");
    }

    [Fact]
    public void ClockJumpEmitsOnlyTheLatestEpochs()
    {
        var options = LakeRoute();
        options.Outages.Clear();
        var clock = new ManualClock();
        var source = new SimulatedNmeaSource(clock, options);
        var receiver = new GpsReceiver(source, clock, new GpsConfiguration());
        var fix = new GpsFix();

        clock.Advance(3600000);
        receiver.Read(fix);
        Assert.Equal(options.MaxEpochsPerRead, source.EpochsEmitted);
        Assert.Equal(new DateTime(2025, 6, 1, 13, 0, 0), fix.UtcDateTime);
        Assert.True(source.Route.LengthMeters > 1000 && source.Route.Loop);
    }

    [Fact]
    public void RouteThatDoesNotLoopStopsAtItsEnd()
    {
        var options = LakeRoute();
        options.Loop = false;
        options.Outages.Clear();
        var clock = new ManualClock();
        var source = new SimulatedNmeaSource(clock, options);
        var receiver = new GpsReceiver(source, clock, new GpsConfiguration());
        var fix = new GpsFix();

        clock.Advance(3600000);
        receiver.Read(fix);
        Assert.Equal(47.3740, fix.Latitude, 6);
        Assert.Equal(8.5520, fix.Longitude, 6);
        Assert.Equal(0, fix.SpeedKnots);
    }

    [Fact]
    public void GeneratedSentencesAreShortAndCarryValidChecksums()
    {
        var utc = new DateTime(2025, 3, 9, 8, 7, 6, 540, DateTimeKind.Utc);
        string[] sentences =
        [
            NmeaSentenceWriter.Rmc("GN", utc, -89.9999999, -179.9999999, 123.456, 359.99),
            NmeaSentenceWriter.RmcNoFix("GN", utc),
            NmeaSentenceWriter.Vtg("GN", 0.5, 12.3),
            NmeaSentenceWriter.VtgNoFix("GN"),
            NmeaSentenceWriter.Gga("GN", utc, 0.00001, 0.00001, -12.5, 12, 0.75),
            NmeaSentenceWriter.GgaNoFix("GN", utc),
            NmeaSentenceWriter.Gsa("GN", true, 1.5, 0.9, 1.2),
            NmeaSentenceWriter.Gsa("GN", false, 0, 0, 0),
            NmeaSentenceWriter.GstNoFix("GN", utc),
            NmeaSentenceWriter.Gst("GN", utc, 1.5, 12.25, 0.5, 123.45),
            .. NmeaSentenceWriter.Gsv("GP", [1, 12, 130, 193, 32], [45, 0, 9, 99, 38]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line + "\r\n"),
            .. NmeaSentenceWriter.Gsv("GL", [], []).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line + "\r\n"),
        ];

        var parser = new NmeaParser(new ManualClock());
        foreach (string sentence in sentences)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(sentence);
            Assert.True(NmeaChecksum.Verify(bytes, 0, bytes.Length), sentence);
            Assert.True(bytes.Length <= 82, $"{bytes.Length} bytes: {sentence}");
            parser.Feed(bytes, 0, bytes.Length);
        }

        Assert.Equal(sentences.Length, parser.Counters.SentencesAccepted);
        var fix = new GpsFix();
        parser.CopyFixTo(fix);
        Assert.Equal(5, fix.SatellitesInView(GnssSystem.Gps));
        Assert.Equal(4, fix.SatellitesTracked(GnssSystem.Gps));
        Assert.Equal(99, fix.BestSnr(GnssSystem.Gps));
        Assert.Equal(0, fix.SatellitesInView(GnssSystem.Glonass));
        Assert.Equal(Math.Sqrt((12.25 * 12.25) + (0.5 * 0.5)), fix.HorizontalErrorMeters, 9);
        Assert.StartsWith("$GNRMC,080706.54,A,8959.99999,S,17959.99999,W,", sentences[0], StringComparison.Ordinal);
    }
}
