using System.Diagnostics;
using Telemetry.Mqtt.Codec;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// Fuzzes every decoder with random and mutated packets. Each input is decoded (a) from an array of exactly its size,
/// so any read past the window throws IndexOutOfRangeException, and (b) from the middle of a larger buffer between
/// random guard bytes, twice with different guards: the results must match (a), so no decoder reads outside its
/// window or depends on what lies around it, and none may throw. A fixed-seed slice runs in CI; a longer campaign:
/// <c>MQTT_FUZZ_ITERATIONS=10000000 MQTT_FUZZ_SEED=12345 dotnet test host/HostTests --filter DecoderFuzzTests</c>.
/// </summary>
public class DecoderFuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 100_000;
    private const int DefaultSeed = 20_240_611;

    [Fact]
    public void SeedsAreValidPackets()
    {
        var harness = new DecoderHarness();
        foreach (byte[] sample in PacketSamples.All())
        {
            long before = harness.Successes.Sum() - harness.Successes[0];
            harness.Run(sample, 0, sample.Length, MqttVersion.V311);
            harness.Run(sample, 0, sample.Length, MqttVersion.V500);
            long after = harness.Successes.Sum() - harness.Successes[0];
            Assert.True(after > before, "no decoder accepts seed " + Convert.ToHexString(sample));
        }
    }

    [Fact]
    public void DecodersNeverThrowNorReadOutsideTheirWindow()
    {
        int iterations = ReadSetting("MQTT_FUZZ_ITERATIONS", DefaultIterations);
        int seed = ReadSetting("MQTT_FUZZ_SEED", DefaultSeed);
        var random = new Random(seed);
        var seeds = PacketSamples.All();
        var harness = new DecoderHarness();
        byte[] large = new byte[8192];
        var stopwatch = Stopwatch.StartNew();
        long decodes = 0;
        for (int i = 0; i < iterations; i++)
        {
            byte[] input = NextInput(random, seeds);
            int version = (i & 1) == 0 ? MqttVersion.V500 : MqttVersion.V311;
            long exact;
            try
            {
                exact = harness.Run(input, 0, input.Length, version);
                int offset = 1 + random.Next(64);
                for (int guard = 0; guard < 2; guard++)
                {
                    random.NextBytes(large.AsSpan(0, offset + input.Length + 64));
                    Buffer.BlockCopy(input, 0, large, offset, input.Length);
                    long placed = harness.Run(large, offset, input.Length, version);
                    if (placed != exact)
                    {
                        Assert.Fail($"decoding depends on bytes outside the window (seed {seed}, iteration {i}, "
                            + $"version {version}): {Convert.ToHexString(input)}");
                    }
                }
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"decoder threw {exception.GetType().Name} (seed {seed}, iteration {i}, version {version}): "
                    + $"{Convert.ToHexString(input)}\n{exception}");
                return;
            }

            decodes += 3 * 9;
        }

        stopwatch.Stop();
        output.WriteLine($"{iterations} inputs, {decodes} decoder calls, seed {seed}, {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("successes (framer, CONNACK, PUBLISH, ack, SUBACK, UNSUBACK, PINGRESP, DISCONNECT, AUTH): "
            + string.Join(", ", harness.Successes));
        // The mutations keep many inputs valid: every decoder's success path is exercised.
        Assert.All(harness.Successes, count => Assert.True(count > 0));
    }

    [Fact]
    public void FramerAgreesWithEveryPrefixOfAValidPacket()
    {
        foreach (byte[] sample in PacketSamples.All())
        {
            for (int length = 0; length <= sample.Length; length++)
            {
                byte[] prefix = sample.AsSpan(0, length).ToArray();
                int status = FixedHeader.Read(prefix, 0, prefix.Length, 0, out int packetLength);
                int expected = length == sample.Length ? ReasonCode.Success : FixedHeader.NeedMoreData;
                Assert.Equal(expected, status);
                if (packetLength != 0)
                {
                    Assert.Equal(sample.Length, packetLength);
                }
            }
        }
    }

    private static byte[] NextInput(Random random, List<byte[]> seeds)
    {
        int kind = random.Next(10);
        if (kind == 0)
        {
            byte[] noise = new byte[random.Next(0, 48)];
            random.NextBytes(noise);
            return noise;
        }

        if (kind == 1)
        {
            // Random body behind a consistent fixed header: reaches deeper than pure noise.
            byte[] body = new byte[random.Next(0, 40)];
            random.NextBytes(body);
            byte[] packet = new byte[2 + body.Length];
            packet[0] = (byte)random.Next(256);
            packet[1] = (byte)body.Length;
            body.CopyTo(packet, 2);
            return packet;
        }

        var bytes = new List<byte>(seeds[random.Next(seeds.Count)]);
        int mutations = kind == 2 ? 0 : 1 + random.Next(4);
        for (int m = 0; m < mutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 3:
                    bytes.RemoveAt(at);
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5:
                    bytes.Add((byte)random.Next(256));
                    break;
                case 6:
                    bytes[at] = random.Next(4) switch { 0 => 0x00, 1 => 0xFF, 2 => 0x7F, _ => 0x80 };
                    break;
                default:
                    // Re-aim the Remaining Length after a length-changing mutation, so the body gets decoded.
                    if (bytes.Count >= 2 && bytes.Count - 2 < 128)
                    {
                        bytes[1] = (byte)(bytes.Count - 2);
                    }

                    break;
            }
        }

        if (random.Next(3) == 0 && bytes.Count >= 2 && bytes.Count - 2 < 128)
        {
            bytes[1] = (byte)(bytes.Count - 2);
        }

        return bytes.ToArray();
    }

    private static int ReadSetting(string name, int fallback)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        return int.TryParse(text, out int value) && value > 0 ? value : fallback;
    }
}
