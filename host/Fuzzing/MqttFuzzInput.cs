using Telemetry.HostTests.Protocol;

namespace Telemetry.Fuzzing;

/// <summary>Random and mutated MQTT packets built from valid seeds (<see cref="PacketSamples"/>).</summary>
public static class MqttFuzzInput
{
    /// <summary>One input: noise, a random body behind a consistent fixed header, or a seed with 0..4 mutations.</summary>
    public static byte[] Next(Random random, List<byte[]> seeds)
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
            Mutate(random, bytes);
        }

        if (random.Next(3) == 0)
        {
            ReaimRemainingLength(bytes);
        }

        return bytes.ToArray();
    }

    private static void Mutate(Random random, List<byte> bytes)
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
                ReaimRemainingLength(bytes);
                break;
        }
    }

    private static void ReaimRemainingLength(List<byte> bytes)
    {
        if (bytes.Count >= 2 && bytes.Count - 2 < 128)
        {
            bytes[1] = (byte)(bytes.Count - 2);
        }
    }
}
