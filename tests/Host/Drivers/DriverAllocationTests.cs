using System.Runtime.CompilerServices;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Drivers;

/// <summary>
/// After start-up the drivers allocate nothing: measured with GC.GetAllocatedBytesForCurrentThread over thousands of
/// sentences and readings, after a warm-up that lets the JIT and static initialisers run.
/// </summary>
public class DriverAllocationTests(ITestOutputHelper output)
{
    [Fact]
    public void ParsingThousandsOfSentencesAllocatesNothing()
    {
        var clock = new ManualClock();
        var parser = new NmeaParser(clock);
        var fix = new GpsFix();
        byte[] stream = HostNmea.Bytes(HostNmea.Transcript());
        for (int i = 0; i < 20; i++)
        {
            parser.Feed(stream, 0, stream.Length);
            parser.CopyFixTo(fix);
        }

        long linesBefore = parser.Counters.LinesStarted;
        long acceptedBefore = parser.Counters.SentencesAccepted;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++)
        {
            clock.Advance(1000);
            parser.Feed(stream, 0, stream.Length);
            parser.CopyFixTo(fix);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long lines = parser.Counters.LinesStarted - linesBefore;
        long accepted = parser.Counters.SentencesAccepted - acceptedBefore;
        output.WriteLine($"{lines} lines ({accepted} sentences accepted, the rest ignored or dropped), {allocated} bytes allocated");
        Assert.True(lines >= 10000, lines.ToString());
        Assert.Equal(0, allocated);
    }

    // Fully optimized from the start: on-stack replacement of a loop in a Tier-0 method allocates on this thread.
    [Fact]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NewSentenceTypesAllocateNothingPerSentence()
    {
        var clock = new ManualClock();
        var parser = new NmeaParser(clock);
        var fix = new GpsFix();
        byte[] epoch = HostNmea.Bytes(HostNmea.NewSentenceTypes());
        for (int i = 0; i < 200; i++)
        {
            FeedByteByByte(parser, epoch);
            parser.CopyFixTo(fix);
        }

        NmeaCounters before = new NmeaCounters();
        before.CopyFrom(parser.Counters);
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            clock.Advance(1000);
            FeedByteByByte(parser, epoch);
            parser.CopyFixTo(fix);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        NmeaCounters c = parser.Counters;
        long accepted = c.SentencesAccepted - before.SentencesAccepted;
        long unsupported = c.SentencesUnsupported - before.SentencesUnsupported;
        long overlong = c.OverlongProprietarySentences - before.OverlongProprietarySentences;
        output.WriteLine($"{accepted} GNS/GLL/ZDA/GSV/GST/GSA/RMC/$$GGA sentences accepted, {unsupported} unsupported, {overlong} overlong proprietary, fed byte by byte: {allocated} bytes allocated ({(double)allocated / (accepted + unsupported + overlong):F1} per sentence)");
        Assert.Equal(18000, accepted);
        Assert.Equal(1000, unsupported);
        Assert.Equal(1000, overlong);
        Assert.Equal(0, c.LinesDropped - before.LinesDropped);
        Assert.Equal(19, fix.SatellitesInView(GnssSystem.Gps)); // the M8N and F9 GPS sequences merge into one epoch
        Assert.Equal(10, fix.SatellitesInView(GnssSystem.Glonass));
        Assert.False(double.IsNaN(fix.HorizontalErrorMeters));
        Assert.True(fix.HasCurrentGst);
        Assert.Equal(0, allocated);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FeedByteByByte(NmeaParser parser, byte[] stream)
    {
        for (int b = 0; b < stream.Length; b++)
        {
            parser.Feed(stream, b, 1);
        }
    }

    [Fact]
    public void ReceiverReadingSmallChunksAllocatesNothing()
    {
        var clock = new ManualClock();
        var source = new CyclingNmeaSource(HostNmea.Bytes(HostNmea.Transcript()), chunk: 7, chunksPerRead: 40);
        var receiver = new GpsReceiver(source, clock, new GpsConfiguration());
        var fix = new GpsFix();
        for (int i = 0; i < 200; i++)
        {
            source.NextEpoch();
            receiver.Read(fix);
        }

        long accepted = receiver.Counters.SentencesAccepted;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 5000; i++)
        {
            clock.Advance(100);
            source.NextEpoch();
            receiver.Read(fix);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        accepted = receiver.Counters.SentencesAccepted - accepted;
        output.WriteLine($"{accepted} sentences accepted through GpsReceiver, {allocated} bytes allocated");
        Assert.True(accepted >= 5000, accepted.ToString());
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void BatteryReadingsAllocateNothing()
    {
        var clock = new ManualClock();
        var monitor = new BatteryMonitor(new NoisyAdc(5), clock, new BatteryConfiguration());
        var reading = new BatteryReading();
        for (int i = 0; i < 100; i++)
        {
            clock.Advance(1000);
            monitor.Read(reading);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10000; i++)
        {
            clock.Advance(1000);
            monitor.Read(reading);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"10000 battery readings, {allocated} bytes allocated, last {reading.SmoothedVoltage:F3} V {reading.StateOfChargePercent:F1} %");
        Assert.True(reading.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ClimateUpdatesAllocateNothingOnEveryPath()
    {
        var clock = new ManualClock();
        var configuration = new ClimateConfiguration { FailuresBeforeNotResponding = 2, RetryIntervalMilliseconds = 3000 };
        var sensor = new ClimateSensor(new SteadyClimateSource(), clock, configuration);
        var reading = new ClimateReading();
        var states = new int[4];
        for (int i = 0; i < 200; i++)
        {
            clock.Advance(1000);
            sensor.Read(reading);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10000; i++)
        {
            clock.Advance(1000);
            sensor.Read(reading);
            states[(int)reading.State]++;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"10000 climate reads (ready {states[1]}, not responding {states[3]}), {reading.Detections} detections, {allocated} bytes allocated");
        Assert.True(states[(int)ClimateSensorState.Ready] > 0 && states[(int)ClimateSensorState.NotResponding] > 0, "success, failure and re-detection paths all ran");
        Assert.True(reading.Detections > 10);
        Assert.Equal(0, allocated);
    }
}
