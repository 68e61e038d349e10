using Telemetry.Drivers;
using Telemetry.Drivers.Gps;
using Telemetry.Fuzzing;
using Xunit;

namespace Telemetry.HostTests.Drivers;

/// <summary>Random and mutated input never throws, every line is counted once, and the fix stays plausible.</summary>
public class NmeaFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomBytesInRandomChunks(int seed)
    {
        var random = new Random(seed);
        var parser = new NmeaParser(new ManualClock());
        long fed = NmeaFuzzInput.FeedRandomChunks(random, parser, 2000);

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
        NmeaFuzzInput.FeedAlphabetLines(random, parser, 20000);

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
        for (int round = 0; round < 20; round++)
        {
            NmeaFuzzInput.FeedRandomFieldSentences(random, parser, 1000);
            AssertConsistent(parser);
        }

        NmeaCounters c = parser.Counters;
        Assert.True(c.SentencesAccepted > 500 && c.MalformedLines > 1000, $"{c.SentencesAccepted} accepted, {c.MalformedLines} malformed");
        Assert.True(c.SentencesUnsupported > 100 && c.OverlongProprietarySentences > 10, $"{c.SentencesUnsupported} unsupported, {c.OverlongProprietarySentences} overlong proprietary");
        Assert.True(c.DatesDropped > 10, c.DatesDropped.ToString());
        Assert.Equal(0, c.ChecksumErrors);
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
        byte[] all = NmeaFuzzInput.MutatedStream(random, 3000);
        var whole = new NmeaParser(new ManualClock());
        whole.Feed(all, 0, all.Length);
        var chunked = new NmeaParser(new ManualClock());
        NmeaFuzzInput.FeedInRandomChunks(random, chunked, all);

        Assert.Null(NmeaFuzzInput.CompareCounters(whole, chunked));
        var expected = new NmeaCounters();
        expected.CopyFrom(whole.Counters);
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
        Assert.Null(NmeaFuzzInput.CheckInvariants(parser));
    }
}
