using System.Text;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;
using Telemetry.Drivers.Gps.Simulated;
using Xunit;

namespace Telemetry.HostTests.Drivers;

/// <summary>Random and mutated input never throws, every line is counted once, and the fix stays plausible.</summary>
public class NmeaFuzzTests
{
    private static readonly byte[] NmeaAlphabet = HostNmea.Bytes("$$,,,,**..0123456789ABCDEFGNPRMVTSWQLZ-\r\n");

    private static readonly string[] Addresses =
    [
        "GNGNS", "GPGLL", "GNZDA", "GPGSV", "GLGSV", "GAGSV", "GNGST", "GPGSA", "GNRMC", "GNGGA", "GNVTG", "GYOACC", "PSTMSAT",
    ];

    private static readonly string[] FieldValues =
    [
        "", "", "", "0", "1", "2", "3", "4", "9", "12", "00", "99", "-1", "1.5", "0.26", "013", "255", "1234567",
        "2208-1", "311224", "2020", "235959.00", "240000", "4404.14066", "12118.85481", "9107.0", "N", "S", "E", "W",
        "A", "V", "D", "R", "F", "NN", "ANAAA", "X", "M", "K", "T",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomBytesInRandomChunks(int seed)
    {
        var random = new Random(seed);
        var parser = new NmeaParser(new ManualClock());
        long fed = 0;
        for (int round = 0; round < 2000; round++)
        {
            var chunk = new byte[random.Next(1, 200)];
            random.NextBytes(chunk);
            parser.Feed(chunk, 0, chunk.Length);
            fed += chunk.Length;
        }

        Assert.Equal(fed, parser.Counters.BytesReceived);
        AssertConsistent(parser);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void RandomNmeaAlphabetReachesTheFieldParsers(int seed)
    {
        var random = new Random(seed);
        var parser = new NmeaParser(new ManualClock(), acceptMissingChecksum: true);
        for (int round = 0; round < 20000; round++)
        {
            var line = new byte[random.Next(1, 100)];
            line[0] = (byte)'$';
            for (int i = 1; i < line.Length; i++)
            {
                line[i] = NmeaAlphabet[random.Next(NmeaAlphabet.Length)];
            }

            parser.Feed(line, 0, line.Length);
        }

        Assert.True(parser.Counters.MalformedLines > 1000, "the field parsers were exercised");
        AssertConsistent(parser);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void RandomFieldsOfEverySentenceTypeWithValidChecksums(int seed)
    {
        var random = new Random(seed);
        var parser = new NmeaParser(new ManualClock());
        var text = new StringBuilder();
        for (int round = 0; round < 20000; round++)
        {
            text.Clear();
            text.Append(Addresses[random.Next(Addresses.Length)]);
            int fields = random.Next(0, 30);
            for (int i = 0; i < fields; i++)
            {
                text.Append(',').Append(FieldValues[random.Next(FieldValues.Length)]);
            }

            byte[] line = HostNmea.Bytes(NmeaSentenceWriter.Frame(text.ToString()));
            parser.Feed(line, 0, line.Length);
            if (round % 1000 == 0)
            {
                AssertConsistent(parser);
            }
        }

        NmeaCounters c = parser.Counters;
        Assert.True(c.SentencesAccepted > 500 && c.MalformedLines > 1000, $"{c.SentencesAccepted} accepted, {c.MalformedLines} malformed");
        Assert.True(c.SentencesUnsupported > 100 && c.OverlongProprietarySentences > 10, $"{c.SentencesUnsupported} unsupported, {c.OverlongProprietarySentences} overlong proprietary");
        Assert.True(c.DatesDropped > 10, c.DatesDropped.ToString());
        Assert.Equal(0, c.ChecksumErrors);
        AssertConsistent(parser);
    }

    [Fact]
    public void EverySingleByteSubstitutionOfAValidSentenceIsRejected()
    {
        var random = new Random(7);
        int cases = 0;
        foreach (string sentence in HostNmea.ValidSentences)
        {
            byte[] original = HostNmea.Bytes(sentence);
            int star = Array.IndexOf(original, (byte)'*');
            for (int position = 0; position < original.Length; position++)
            {
                for (int trial = 0; trial < 8; trial++)
                {
                    byte replacement = (byte)random.Next(256);
                    if (replacement == original[position] || SameHexDigit(original, position, star, replacement))
                    {
                        continue;
                    }

                    byte[] mutated = (byte[])original.Clone();
                    mutated[position] = replacement;
                    var parser = new NmeaParser(new ManualClock());
                    parser.Feed(mutated, 0, mutated.Length);
                    // The CR ends the line before the LF, and either line end will do in place of the CR.
                    bool stillEnded = position == original.Length - 1
                        || (position == original.Length - 2 && (replacement == '\r' || replacement == '\n'));
                    long expected = stillEnded ? 1 : 0;
                    NmeaCounters c = parser.Counters;
                    Assert.True(
                        expected == c.SentencesAccepted + c.SentencesIgnored + c.SentencesUnsupported + c.OverlongProprietarySentences,
                        $"{sentence.TrimEnd()} with byte {position} = 0x{replacement:X2}");
                    AssertConsistent(parser);
                    cases++;
                }
            }
        }

        Assert.True(cases > 10000);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void MutatedStreamGivesTheSameResultInAnyChunking(int seed)
    {
        var random = new Random(seed);
        var stream = new List<byte>();
        for (int i = 0; i < 3000; i++)
        {
            byte[] sentence = HostNmea.Bytes(HostNmea.ValidSentences[random.Next(HostNmea.ValidSentences.Length)]);
            var bytes = new List<byte>(sentence);
            switch (random.Next(6))
            {
                case 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 1:
                    bytes.Insert(random.Next(bytes.Count), (byte)random.Next(256));
                    break;
                case 2:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(random.Next(bytes.Count / 2), random.Next(bytes.Count / 2));
                    break;
                default:
                    break;
            }

            stream.AddRange(bytes);
        }

        byte[] all = [.. stream];
        var whole = new NmeaParser(new ManualClock());
        whole.Feed(all, 0, all.Length);
        var chunked = new NmeaParser(new ManualClock());
        for (int position = 0; position < all.Length;)
        {
            int size = Math.Min(random.Next(1, 64), all.Length - position);
            chunked.Feed(all, position, size);
            position += size;
        }

        var expected = new NmeaCounters();
        expected.CopyFrom(whole.Counters);
        Assert.Equal(expected.SentencesAccepted, chunked.Counters.SentencesAccepted);
        Assert.Equal(expected.SentencesIgnored, chunked.Counters.SentencesIgnored);
        Assert.Equal(expected.LinesDropped, chunked.Counters.LinesDropped);
        Assert.Equal(expected.DiscardedBytes, chunked.Counters.DiscardedBytes);
        Assert.True(expected.SentencesAccepted > 800 && expected.LinesDropped > 1500, $"both paths exercised: {expected.SentencesAccepted} accepted, {expected.LinesDropped} dropped");
        AssertConsistent(whole);
        AssertConsistent(chunked);
    }

    private static bool SameHexDigit(byte[] original, int position, int star, byte replacement)
    {
        return position > star && position <= star + 2
            && NmeaChecksum.HexValue(replacement) == NmeaChecksum.HexValue(original[position]);
    }

    private static void AssertConsistent(NmeaParser parser)
    {
        NmeaCounters c = parser.Counters;
        long ended = c.SentencesAccepted + c.SentencesIgnored + c.SentencesUnsupported + c.OverlongProprietarySentences + c.LinesDropped;
        Assert.Equal(ended, c.LinesEnded);
        Assert.Equal(c.LinesStarted, ended + (parser.InSentence ? 1 : 0));
        Assert.True(c.DiscardedBytes <= c.BytesReceived);

        var fix = new GpsFix();
        parser.CopyFixTo(fix);
        if (fix.IsValid)
        {
            Assert.True(fix.HasPosition);
        }

        if (fix.HasPosition)
        {
            Assert.InRange(fix.Latitude, -90, 90);
            Assert.InRange(fix.Longitude, -180, 180);
        }

        if (fix.HasTime)
        {
            Assert.InRange(fix.TimeOfDayMilliseconds, 0, 86399999);
        }

        if (fix.HasDate)
        {
            Assert.InRange(fix.Month, 1, 12);
            Assert.InRange(fix.Day, 1, NmeaField.DaysInMonth(fix.Year, fix.Month));
            Assert.InRange(fix.Year, 1980, 2099);
        }

        if (fix.FixWithoutSatellites)
        {
            Assert.True(fix.IsValid && fix.SatellitesInUse == 0);
        }

        AssertErrorEstimate(fix.LatitudeErrorMeters);
        AssertErrorEstimate(fix.LongitudeErrorMeters);
        AssertErrorEstimate(fix.AltitudeErrorMeters);
        for (int i = 0; i < GpsFix.GnssSystemCount; i++)
        {
            var system = (GnssSystem)i;
            int inView = fix.SatellitesInView(system);
            int tracked = fix.SatellitesTracked(system);
            Assert.InRange(tracked, -1, Math.Max(inView, -1));
            Assert.Equal(inView < 0, tracked < 0);
            if (tracked > 0)
            {
                Assert.InRange(fix.BestSnr(system), 1, 99);
                Assert.InRange(fix.AverageSnr(system), 1, fix.BestSnr(system));
            }
            else
            {
                Assert.True(double.IsNaN(fix.BestSnr(system)) && double.IsNaN(fix.AverageSnr(system)));
            }
        }
    }

    private static void AssertErrorEstimate(double meters)
    {
        Assert.True(double.IsNaN(meters) || meters >= 0, meters.ToString());
    }
}
