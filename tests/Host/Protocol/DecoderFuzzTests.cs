using Telemetry.Fuzzing;
using Telemetry.Mqtt.Codec;
using Xunit;
using Xunit.Abstractions;

namespace Telemetry.HostTests.Protocol;

/// <summary>
/// Fuzzes every decoder with random and mutated packets. Each input is decoded (a) from an array of exactly its size,
/// so any read past the window throws IndexOutOfRangeException, and (b) from the middle of a larger buffer between
/// random guard bytes, twice with different guards: the results must match (a), so no decoder reads outside its
/// window or depends on what lies around it, and none may throw (<see cref="DecoderFuzzer"/>, shared with the reliability
/// campaign of host/Evidence). A fixed-seed slice runs in CI; a longer campaign:
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
        DecoderFuzzReport report = DecoderFuzzer.Run(seed, iterations, TimeSpan.MaxValue);
        Assert.Null(report.Failure);
        Assert.Equal(iterations, report.Inputs);
        output.WriteLine($"{report.Inputs} inputs, {report.DecoderCalls} decoder calls, seed {seed}, {report.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("successes (framer, CONNACK, PUBLISH, ack, SUBACK, UNSUBACK, PINGRESP, DISCONNECT, AUTH): "
            + string.Join(", ", report.Successes));
        // The mutations keep many inputs valid: every decoder's success path is exercised.
        Assert.All(report.Successes, count => Assert.True(count > 0));
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

    private static int ReadSetting(string name, int fallback)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        return int.TryParse(text, out int value) && value > 0 ? value : fallback;
    }
}
