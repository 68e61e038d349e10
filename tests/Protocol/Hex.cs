using nanoFramework.TestFramework;

namespace Telemetry.Tests.Protocol
{
    /// <summary>Hex strings for packet bytes in tests: "30 07 00 03" (spaces ignored).</summary>
    internal static class Hex
    {
        private static readonly char[] Digits = "0123456789ABCDEF".ToCharArray();

        /// <summary>The bytes written as hex pairs in <paramref name="hex"/>.</summary>
        public static byte[] Parse(string text)
        {
            char[] hex = text.ToCharArray();
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits++;
                }
            }

            byte[] bytes = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < hex.Length; i++)
            {
                int value = Value(hex[i]);
                if (value < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    bytes[n++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }

            return bytes;
        }

        /// <summary>The bytes as upper-case hex pairs separated by spaces.</summary>
        public static string Format(byte[] buffer, int offset, int count)
        {
            char[] text = new char[count == 0 ? 0 : (3 * count) - 1];
            for (int i = 0; i < count; i++)
            {
                int b = buffer[offset + i];
                text[3 * i] = Digits[b >> 4];
                text[(3 * i) + 1] = Digits[b & 0x0F];
                if (i < count - 1)
                {
                    text[(3 * i) + 2] = ' ';
                }
            }

            return new string(text);
        }

        /// <summary>Asserts that <paramref name="count"/> bytes at <paramref name="offset"/> are exactly <paramref name="expectedHex"/>.</summary>
        public static void AssertBytes(string expectedHex, byte[] buffer, int offset, int count)
        {
            byte[] expected = Parse(expectedHex);
            Assert.AreEqual(Format(expected, 0, expected.Length), Format(buffer, offset, count));
        }

        /// <summary>A buffer of <paramref name="length"/> bytes, all 0xEE, to show what an encoder touched.</summary>
        public static byte[] Guarded(int length)
        {
            byte[] buffer = new byte[length];
            for (int i = 0; i < length; i++)
            {
                buffer[i] = 0xEE;
            }

            return buffer;
        }

        /// <summary>Asserts that every byte outside offset..offset+count is still the 0xEE guard.</summary>
        public static void AssertGuardsIntact(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                if (i < offset || i >= offset + count)
                {
                    Assert.AreEqual((byte)0xEE, buffer[i], "guard byte " + i.ToString() + " was written");
                }
            }
        }

        private static int Value(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
