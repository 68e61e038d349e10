using System.Diagnostics;
using Telemetry.HostTests.Protocol;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Fuzzing;

/// <summary>What a decoder fuzzing run tried and the first failure, if any.</summary>
public sealed record DecoderFuzzReport(long Inputs, long DecoderCalls, int Seed, TimeSpan Elapsed, long[] Successes, string? Failure);

/// <summary>
/// Fuzzes every decoder with random and mutated packets. Each input is decoded (a) from an array of exactly its size,
/// so any read past the window throws IndexOutOfRangeException, and (b) from the middle of a larger buffer between
/// random guard bytes, twice with different guards: the results must match (a), so no decoder reads outside its
/// window or depends on what lies around it, and none may throw.
/// </summary>
public static class DecoderFuzzer
{
    /// <summary>Runs <paramref name="iterations"/> inputs, or fewer when <paramref name="budget"/> runs out first.</summary>
    public static DecoderFuzzReport Run(int seed, long iterations, TimeSpan budget)
    {
        var random = new Random(seed);
        var seeds = PacketSamples.All();
        var harness = new DecoderHarness();
        byte[] large = new byte[8192];
        var stopwatch = Stopwatch.StartNew();
        long i = 0;
        for (; i < iterations; i++)
        {
            if ((i & 1023) == 0 && stopwatch.Elapsed > budget)
            {
                break;
            }

            byte[] input = MqttFuzzInput.Next(random, seeds);
            int version = (i & 1) == 0 ? MqttVersion.V500 : MqttVersion.V311;
            string? failure = RunOne(harness, random, large, input, version);
            if (failure != null)
            {
                return new DecoderFuzzReport(i + 1, (i + 1) * 27, seed, stopwatch.Elapsed, harness.Successes,
                    $"{failure} (seed {seed}, iteration {i}, version {version}): {Convert.ToHexString(input)}");
            }
        }

        return new DecoderFuzzReport(i, i * 27, seed, stopwatch.Elapsed, harness.Successes, null);
    }

    private static string? RunOne(DecoderHarness harness, Random random, byte[] large, byte[] input, int version)
    {
        try
        {
            long exact = harness.Run(input, 0, input.Length, version);
            int offset = 1 + random.Next(64);
            for (int guard = 0; guard < 2; guard++)
            {
                random.NextBytes(large.AsSpan(0, offset + input.Length + 64));
                Buffer.BlockCopy(input, 0, large, offset, input.Length);
                if (harness.Run(large, offset, input.Length, version) != exact)
                {
                    return "decoding depends on bytes outside the window";
                }
            }

            return null;
        }
        catch (Exception exception)
        {
            return $"decoder threw {exception.GetType().Name}: {exception.Message}";
        }
    }
}
