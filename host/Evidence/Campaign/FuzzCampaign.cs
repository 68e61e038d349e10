using System.Diagnostics;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;
using Telemetry.Fuzzing;

namespace Telemetry.Evidence.Campaign;

/// <summary>The long fuzzing parts of the campaign, with the generators and checks of the CI fuzz tests (host/Fuzzing).</summary>
public static class FuzzCampaign
{
    /// <summary>Decoder fuzzing (every decoder and the framer, both versions) until <paramref name="budget"/> runs out.</summary>
    public static CampaignPart Decoders(int seed, TimeSpan budget)
    {
        DecoderFuzzReport report = DecoderFuzzer.Run(seed, long.MaxValue, budget);
        return new CampaignPart("MQTT decoder fuzzing", $"random and mutated packets, seed {seed}; each decoded by all nine decoders and the framer from an exact-size array and twice between random guard bytes")
        {
            Inputs = report.Inputs,
            Elapsed = report.Elapsed,
            Failure = report.Failure,
        };
    }

    /// <summary>NMEA fuzzing: random bytes, NMEA-alphabet lines and mutated sentence streams in random chunkings.</summary>
    public static CampaignPart Nmea(int seed, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        long bytes = 0, rounds = 0;
        string? failure = null;
        while (clock.Elapsed < budget && failure == null)
        {
            int roundSeed = random.Next();
            try
            {
                failure = Round(new Random(roundSeed), ref bytes);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failure = $"parser threw {exception.GetType().Name}: {exception.Message}";
            }

            if (failure != null)
            {
                failure += $" (round seed {roundSeed})";
            }

            rounds++;
        }

        return new CampaignPart("NMEA fuzzing", $"{rounds:N0} rounds from seed {seed} (Inputs: bytes fed): random bytes in random chunks, NMEA-alphabet lines, every sentence type with random fields and valid checksums, mutated sentence streams fed whole and in random chunks; invariants: counters add up, fix plausible, chunking changes nothing")
        {
            Inputs = bytes,
            Elapsed = clock.Elapsed,
            Failure = failure,
        };
    }

    private static string? Round(Random random, ref long bytes)
    {
        var noise = new NmeaParser(new ManualClock());
        bytes += NmeaFuzzInput.FeedRandomChunks(random, noise, 200);
        var lines = new NmeaParser(new ManualClock(), acceptMissingChecksum: true);
        bytes += NmeaFuzzInput.FeedAlphabetLines(random, lines, 2000);
        var fields = new NmeaParser(new ManualClock());
        bytes += NmeaFuzzInput.FeedRandomFieldSentences(random, fields, 500);
        byte[] stream = NmeaFuzzInput.MutatedStream(random, 300);
        var whole = new NmeaParser(new ManualClock());
        whole.Feed(stream, 0, stream.Length);
        var chunked = new NmeaParser(new ManualClock());
        NmeaFuzzInput.FeedInRandomChunks(random, chunked, stream);
        bytes += 2L * stream.Length;
        return NmeaFuzzInput.CheckInvariants(noise) ?? NmeaFuzzInput.CheckInvariants(lines) ?? NmeaFuzzInput.CheckInvariants(fields)
            ?? NmeaFuzzInput.CheckInvariants(whole)
            ?? NmeaFuzzInput.CheckInvariants(chunked) ?? NmeaFuzzInput.CompareCounters(whole, chunked);
    }
}
