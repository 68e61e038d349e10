using System.Text;
using Telemetry.Mqtt.Codec;
using Xunit;

namespace Telemetry.HostTests.Protocol;

/// <summary>Differential and property tests: our UTF-8 and topic matching against independent references.</summary>
public class CodecPropertyTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Fact]
    public void Utf8ValidationAgreesWithTheStrictDotNetDecoder()
    {
        var random = new Random(11);
        byte[] interesting = [0x00, 0x01, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90];
        for (int i = 0; i < 200_000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 7)];
            for (int j = 0; j < bytes.Length; j++)
            {
                bytes[j] = random.Next(3) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)];
            }

            bool expected = IsStrictUtf8(bytes) && Array.IndexOf(bytes, (byte)0) < 0;
            Assert.Equal(expected ? ReasonCode.Success : ReasonCode.MalformedPacket, Utf8.Validate(bytes, 0, bytes.Length, false));
        }
    }

    [Fact]
    public void Utf8EncodingAgreesWithDotNet()
    {
        var random = new Random(12);
        char[] interesting = ['a', '/', '\0', '\u007F', '\u0080', '\u07FF', '\u0800', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFF', '\u00E9', '\uFFFD', '+'];
        byte[] buffer = new byte[64];
        for (int i = 0; i < 100_000; i++)
        {
            char[] chars = new char[random.Next(0, 8)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0x10000) : interesting[random.Next(interesting.Length)];
            }

            string text = new(chars);
            int size = Utf8.Size(text);
            byte[]? expected = TryStrictBytes(text);

            // A prepared topic is valid exactly when the string is a valid Topic Name, and holds the same bytes.
            var prepared = new PreparedTopic(text);
            Assert.True(TopicName.Size(text, false) >= 0 == prepared.IsValid, "topic " + string.Join(' ', text.Select(c => ((int)c).ToString("X4"))));
            Assert.Equal(prepared.IsValid, expected != null && expected.Length > 0 && !text.Contains('\0') && !text.Contains('+') && !text.Contains('#'));
            if (prepared.IsValid)
            {
                Assert.True(expected.AsSpan().SequenceEqual(prepared.Bytes.AsSpan(0, prepared.Length)));
            }

            if (expected == null || text.Contains('\0', StringComparison.Ordinal))
            {
                Assert.Equal(Utf8.Invalid, size);
                continue;
            }

            Assert.Equal(expected.Length, size);
            Assert.Equal(size, Utf8.Write(text, buffer, 3));
            Assert.True(expected.AsSpan().SequenceEqual(buffer.AsSpan(3, size)));
            Assert.True(Utf8.AreEqual(text, buffer, 3, size));
            Assert.Equal(ReasonCode.Success, Utf8.Validate(buffer, 3, size, false));
            if (size > 0)
            {
                Assert.False(Utf8.AreEqual(text, buffer, 3, size - 1));
            }
        }
    }

    [Fact]
    public void TopicMatchingAgreesWithASplitBasedReference()
    {
        var random = new Random(13);
        const string filterAlphabet = "ab/+#$";
        const string topicAlphabet = "ab/$";
        int compared = 0;
        byte[] buffer = new byte[32];
        while (compared < 100_000)
        {
            string filter = RandomText(random, filterAlphabet, 7);
            if (random.Next(8) == 0)
            {
                filter = "$share/g/" + filter;
            }

            if (!TopicFilter.IsValid(filter))
            {
                continue;
            }

            string topic = RandomText(random, topicAlphabet, 7);
            bool expected = ReferenceMatch(filter, topic);
            Assert.True(expected == TopicFilter.Matches(filter, topic), $"'{filter}' vs '{topic}'");
            int length = Utf8.Write(topic, buffer, 5);
            Assert.True(expected == TopicFilter.Matches(filter, buffer, 5, length), $"bytes: '{filter}' vs '{topic}'");
            compared++;
        }
    }

    [Fact]
    public void FilterValidationAgreesWithTheLevelRules()
    {
        var random = new Random(14);
        for (int i = 0; i < 100_000; i++)
        {
            string filter = RandomText(random, "ab/+#", 6);
            string[] levels = filter.Split('/');
            bool expected = filter.Length > 0;
            for (int l = 0; l < levels.Length && expected; l++)
            {
                string level = levels[l];
                if (level.Contains('#', StringComparison.Ordinal))
                {
                    expected = level == "#" && l == levels.Length - 1;
                }
                else if (level.Contains('+', StringComparison.Ordinal))
                {
                    expected = level == "+";
                }
            }

            Assert.True(expected == TopicFilter.IsValid(filter), filter);
        }
    }

    private static bool ReferenceMatch(string filter, string topic)
    {
        if (filter.StartsWith("$share/", StringComparison.Ordinal))
        {
            filter = filter[(filter.IndexOf('/', 7) + 1)..];
        }

        string[] f = filter.Split('/');
        string[] t = topic.Split('/');
        if (topic.StartsWith('$') && (f[0] == "+" || f[0] == "#"))
        {
            return false;
        }

        for (int i = 0; i < f.Length; i++)
        {
            if (f[i] == "#")
            {
                return true;
            }

            if (i >= t.Length || (f[i] != "+" && f[i] != t[i]))
            {
                return false;
            }
        }

        return f.Length == t.Length;
    }

    private static string RandomText(Random random, string alphabet, int maxLength)
    {
        char[] chars = new char[random.Next(0, maxLength + 1)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static bool IsStrictUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[]? TryStrictBytes(string text)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
