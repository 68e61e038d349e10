namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// UTF-8 Encoded Strings (5.0 §1.5.4, 3.1.1 §1.5.3) without intermediate arrays: sizes and writes a
    /// <see cref="string"/> straight into a buffer, validates received bytes, and compares bytes with a string.
    /// Refused everywhere: U+0000, surrogate code points (lone surrogates in a string, ED A0..ED BF in bytes),
    /// overlong forms, code points over U+10FFFF, truncated sequences. U+0001..U+001F and U+007F..U+009F are allowed
    /// unless the caller asks to refuse them (the spec lets a receiver treat them as a Malformed Packet).
    /// </summary>
    public static class Utf8
    {
        /// <summary>Longest string in bytes: the length prefix is a Two Byte Integer.</summary>
        public const int MaxLength = 65535;

        /// <summary>Returned by <see cref="Size"/> for a null string, U+0000 or a lone surrogate.</summary>
        public const int Invalid = -1;

        /// <summary>Bytes of the UTF-8 form of <paramref name="text"/> (without the length prefix), or <see cref="Invalid"/>.</summary>
        public static int Size(string text)
        {
            if (text == null)
            {
                return Invalid;
            }

            int size = 0;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    if (c == 0)
                    {
                        return Invalid;
                    }

                    size++;
                }
                else if (c < 0x800)
                {
                    size += 2;
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c > 0xDBFF || i + 1 >= length || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF)
                    {
                        return Invalid;
                    }

                    size += 4;
                    i++;
                }
                else
                {
                    size += 3;
                }
            }

            return size;
        }

        /// <summary>
        /// Writes the UTF-8 form of <paramref name="text"/> at <paramref name="position"/> and returns the bytes written.
        /// The caller has checked the text with <see cref="Size"/> and the room in the buffer.
        /// </summary>
        public static int Write(string text, byte[] buffer, int position)
        {
            int start = position;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    buffer[position++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    buffer[position++] = (byte)(0xC0 | (c >> 6));
                    buffer[position++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length)
                {
                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                    buffer[position++] = (byte)(0xF0 | (codePoint >> 18));
                    buffer[position++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    buffer[position++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    buffer[position++] = (byte)(0x80 | (codePoint & 0x3F));
                }
                else
                {
                    buffer[position++] = (byte)(0xE0 | (c >> 12));
                    buffer[position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[position++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return position - start;
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
            int position = offset;
            int limit = offset + length;
            for (int i = start; i < end; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    if (position >= limit || buffer[position] != c)
                    {
                        return false;
                    }

                    position++;
                }
                else if (c < 0x800)
                {
                    if (limit - position < 2 || buffer[position] != (0xC0 | (c >> 6))
                        || buffer[position + 1] != (0x80 | (c & 0x3F)))
                    {
                        return false;
                    }

                    position += 2;
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c > 0xDBFF || i + 1 >= end || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF
                        || limit - position < 4)
                    {
                        return false;
                    }

                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                    if (buffer[position] != (0xF0 | (codePoint >> 18))
                        || buffer[position + 1] != (0x80 | ((codePoint >> 12) & 0x3F))
                        || buffer[position + 2] != (0x80 | ((codePoint >> 6) & 0x3F))
                        || buffer[position + 3] != (0x80 | (codePoint & 0x3F)))
                    {
                        return false;
                    }

                    position += 4;
                }
                else
                {
                    if (limit - position < 3 || buffer[position] != (0xE0 | (c >> 12))
                        || buffer[position + 1] != (0x80 | ((c >> 6) & 0x3F))
                        || buffer[position + 2] != (0x80 | (c & 0x3F)))
                    {
                        return false;
                    }

                    position += 3;
                }
            }

            return position == limit;
        }

        private static bool IsContinuation(byte b, int low, int high)
        {
            return b >= low && b <= high;
        }
    }
}
