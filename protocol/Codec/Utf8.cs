using System;
using System.Text;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// UTF-8 Encoded Strings (5.0 §1.5.4, 3.1.1 §1.5.3). Outgoing strings are encoded by one cached
    /// <see cref="UTF8Encoding"/> (native on the device, right for every character, U+10000 and above included) and
    /// checked on the bytes it wrote; received bytes are validated by one managed pass. No string is ever indexed per
    /// character: the device runtime keeps strings as UTF-8 and walks them on every <c>s[i]</c>.
    /// Refused everywhere: U+0000, surrogate code points (lone surrogates in a string, ED A0..ED BF in bytes),
    /// overlong forms, code points over U+10FFFF, truncated sequences. U+0001..U+001F and U+007F..U+009F are allowed
    /// unless the caller asks to refuse them (the spec lets a receiver treat them as a Malformed Packet).
    /// A lone surrogate is found after encoding: the encoder writes U+FFFD (EF BF BD) for it, so the string is refused
    /// when its bytes hold more U+FFFD than the string itself (a genuine U+FFFD stays valid). On the device a lone
    /// surrogate cannot reach a string (the runtime already turns it into U+FFFD), nor can U+0000.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Longest string in bytes: the length prefix is a Two Byte Integer.</summary>
        public const int MaxLength = 65535;

        /// <summary>Returned by <see cref="Size"/> for a null string, U+0000 or a lone surrogate.</summary>
        public const int Invalid = -1;

        /// <summary>Bytes per UTF-16 code unit at most (a surrogate pair, two units, takes four bytes).</summary>
        internal const int MaxBytesPerChar = 3;

        /// <summary>The one encoder: <c>Encoding.UTF8</c> makes a new object per call on the device.</summary>
        internal static readonly UTF8Encoding Encoder = new UTF8Encoding();

        private const int ScratchSize = 192;
        private static readonly object ScratchLock = new object();
        private static readonly object ZeroByte = (byte)0;
        private static readonly object ReplacementLead = (byte)0xEF;
        private static byte[] scratch = new byte[ScratchSize];
        private static byte[] secondScratch = new byte[ScratchSize];

        /// <summary>
        /// Bytes of the UTF-8 form of <paramref name="text"/> (without the length prefix), or <see cref="Invalid"/>.
        /// Encodes into a shared scratch buffer under a lock (which grows, once, for a string over 64 characters).
        /// </summary>
        public static int Size(string text)
        {
            if (text == null)
            {
                return Invalid;
            }

            int length = text.Length;
            lock (ScratchLock)
            {
                return Encode(text, 0, length, Scratch(length), 0);
            }
        }

        /// <summary>
        /// Writes the UTF-8 form of <paramref name="text"/> at <paramref name="position"/> and returns the bytes written.
        /// The caller has checked the text with <see cref="Size"/> and the room in the buffer.
        /// </summary>
        public static int Write(string text, byte[] buffer, int position)
        {
            return Encoder.GetBytes(text, 0, text.Length, buffer, position);
        }

        /// <summary>
        /// Encodes <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/> at
        /// <paramref name="position"/>, which has room for <see cref="MaxBytesPerChar"/> bytes per character, and checks
        /// the bytes: returns how many were written, or <see cref="Invalid"/> for U+0000 or a lone surrogate (the bytes
        /// are written either way). All native calls but the U+FFFD count, which runs only when EF occurs.
        /// </summary>
        internal static int Encode(string text, int start, int count, byte[] buffer, int position)
        {
            if (count == 0)
            {
                return 0;
            }

            int size = Encoder.GetBytes(text, start, count, buffer, position);
            if (Array.IndexOf(buffer, ZeroByte, position, size) >= 0)
            {
                return Invalid;
            }

            if (Array.IndexOf(buffer, ReplacementLead, position, size) >= 0
                && CountReplacements(buffer, position, size) != CountReplacements(text, start, count))
            {
                return Invalid;
            }

            return size;
        }

        /// <summary>
        /// The shared scratch buffer with room for <paramref name="characters"/> characters; call inside
        /// <c>lock (ScratchLock)</c> only (through <see cref="Size"/>, <see cref="RangeEquals"/> or the topic helpers).
        /// </summary>
        internal static byte[] Scratch(int characters)
        {
            if (scratch.Length < characters * MaxBytesPerChar)
            {
                scratch = new byte[characters * MaxBytesPerChar];
            }

            return scratch;
        }

        /// <summary>A second scratch buffer, for helpers that encode two strings at once.</summary>
        internal static byte[] SecondScratch(int characters)
        {
            if (secondScratch.Length < characters * MaxBytesPerChar)
            {
                secondScratch = new byte[characters * MaxBytesPerChar];
            }

            return secondScratch;
        }

        /// <summary>The lock that guards the scratch buffers.</summary>
        internal static object Lock
        {
            get { return ScratchLock; }
        }

        /// <summary>True when two byte ranges of the same length hold the same bytes.</summary>
        internal static bool BytesEqual(byte[] a, int aOffset, byte[] b, int bOffset, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int CountReplacements(byte[] buffer, int offset, int length)
        {
            int found = 0;
            int end = offset + length;
            int i = Array.IndexOf(buffer, ReplacementLead, offset, length);
            while (i >= 0)
            {
                if (i + 2 < end && buffer[i + 1] == 0xBF && buffer[i + 2] == 0xBD)
                {
                    found++;
                }

                i = i + 1 < end ? Array.IndexOf(buffer, ReplacementLead, i + 1, end - i - 1) : -1;
            }

            return found;
        }

        private static int CountReplacements(string text, int start, int count)
        {
            int found = 0;
            int end = start + count;
            int i = text.IndexOf('\uFFFD', start, count);
            while (i >= 0)
            {
                found++;
                i = i + 1 < end ? text.IndexOf('\uFFFD', i + 1, end - i - 1) : -1;
            }

            return found;
        }

        /// <summary>
        /// Checks that <paramref name="length"/> bytes at <paramref name="offset"/> are well-formed UTF-8 without U+0000
        /// (and, if asked, without control characters). Returns <see cref="ReasonCode.Success"/> or
        /// <see cref="ReasonCode.MalformedPacket"/>. The caller guarantees the range lies inside the buffer.
        /// </summary>
        public static int Validate(byte[] buffer, int offset, int length, bool refuseControlCharacters)
        {
            int end = offset + length;
            int i = offset;
            while (i < end)
            {
                int b = buffer[i];
                if (b < 0x80)
                {
                    if (b == 0 || (refuseControlCharacters && (b < 0x20 || b == 0x7F)))
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    i++;
                    continue;
                }

                if (b < 0xC2 || b > 0xF4)
                {
                    return ReasonCode.MalformedPacket;
                }

                if (b < 0xE0)
                {
                    if (i + 1 >= end || !IsContinuation(buffer[i + 1], 0x80, 0xBF))
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    if (refuseControlCharacters && b == 0xC2 && buffer[i + 1] <= 0x9F)
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    i += 2;
                }
                else if (b < 0xF0)
                {
                    int low = b == 0xE0 ? 0xA0 : 0x80;
                    int high = b == 0xED ? 0x9F : 0xBF;
                    if (i + 2 >= end || !IsContinuation(buffer[i + 1], low, high)
                        || !IsContinuation(buffer[i + 2], 0x80, 0xBF))
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    i += 3;
                }
                else
                {
                    int low = b == 0xF0 ? 0x90 : 0x80;
                    int high = b == 0xF4 ? 0x8F : 0xBF;
                    if (i + 3 >= end || !IsContinuation(buffer[i + 1], low, high)
                        || !IsContinuation(buffer[i + 2], 0x80, 0xBF) || !IsContinuation(buffer[i + 3], 0x80, 0xBF))
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    i += 4;
                }
            }

            return ReasonCode.Success;
        }

        /// <summary>True when the UTF-8 form of <paramref name="text"/> is exactly the given bytes. Allocates nothing.</summary>
        public static bool AreEqual(string text, byte[] buffer, int offset, int length)
        {
            return text != null && RangeEquals(text, 0, text.Length, buffer, offset, length);
        }

        /// <summary>
        /// True when the UTF-8 form of the characters <paramref name="start"/>..<paramref name="end"/> (exclusive) of
        /// <paramref name="text"/> is exactly the given bytes. A lone surrogate never compares equal.
        /// </summary>
        public static bool RangeEquals(string text, int start, int end, byte[] buffer, int offset, int length)
        {
            int count = end - start;
            if (count > length || length > count * MaxBytesPerChar)
            {
                return false;
            }

            lock (ScratchLock)
            {
                byte[] bytes = Scratch(count);
                return Encode(text, start, count, bytes, 0) == length && BytesEqual(bytes, 0, buffer, offset, length);
            }
        }

        private static bool IsContinuation(byte b, int low, int high)
        {
            return b >= low && b <= high;
        }
    }
}
