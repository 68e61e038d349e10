namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// MQTT Variable Byte Integer (3.1.1 §2.2.3, 5.0 §1.5.5): 7 bits per byte, high bit = more bytes follow,
    /// at most 4 bytes, so values 0..268,435,455. Encodings use the minimum number of bytes [MQTT-1.5.5-1], and
    /// <see cref="Read"/> refuses any other (a last byte of 0 after a continuation byte).
    /// </summary>
    public static class VariableByteInteger
    {
        /// <summary>Largest value four bytes can carry.</summary>
        public const int MaxValue = 268435455;

        /// <summary>Longest encoding in bytes.</summary>
        public const int MaxSize = 4;

        /// <summary>Returned by <see cref="Read"/> when the window ends before the last byte.</summary>
        public const int NeedMoreData = 0;

        /// <summary>Returned by <see cref="Read"/> for a fifth byte or a non-minimal encoding (Malformed Packet).</summary>
        public const int Malformed = -1;

        /// <summary>Returned by <see cref="Write"/> when the value does not fit in the window.</summary>
        public const int BufferTooSmall = -2;

        /// <summary>Returned by <see cref="Write"/> for a value outside 0..<see cref="MaxValue"/>.</summary>
        public const int OutOfRange = -3;

        /// <summary>Bytes needed to encode <paramref name="value"/>, or 0 when it cannot be encoded.</summary>
        public static int Size(int value)
        {
            if (value < 0 || value > MaxValue)
            {
                return 0;
            }

            if (value < 128)
            {
                return 1;
            }

            if (value < 16384)
            {
                return 2;
            }

            return value < 2097152 ? 3 : 4;
        }

        /// <summary>
        /// Writes <paramref name="value"/> at <paramref name="offset"/>, using at most <paramref name="count"/> bytes.
        /// Returns the bytes written, <see cref="BufferTooSmall"/> or <see cref="OutOfRange"/>; nothing is written on error.
        /// </summary>
        public static int Write(int value, byte[] buffer, int offset, int count)
        {
            int size = Size(value);
            if (size == 0)
            {
                return OutOfRange;
            }

            if (buffer == null || offset < 0 || count < size || offset > buffer.Length - size)
            {
                return BufferTooSmall;
            }

            for (int i = 0; i < size; i++)
            {
                int digit = value & 0x7F;
                value >>= 7;
                buffer[offset + i] = (byte)(i < size - 1 ? digit | 0x80 : digit);
            }

            return size;
        }

        /// <summary>
        /// Reads a value from the window <paramref name="offset"/>..<paramref name="offset"/>+<paramref name="count"/>.
        /// Returns the bytes consumed (1..4), <see cref="NeedMoreData"/> when the window ends first,
        /// or <see cref="Malformed"/> when a fourth byte still has its continuation bit set or the encoding is longer
        /// than needed. The caller guarantees the window lies inside the buffer.
        /// </summary>
        public static int Read(byte[] buffer, int offset, int count, out int value)
        {
            value = 0;
            int multiplier = 1;
            for (int i = 0; i < MaxSize; i++)
            {
                if (i >= count)
                {
                    value = 0;
                    return NeedMoreData;
                }

                byte b = buffer[offset + i];
                if (b == 0 && i > 0)
                {
                    value = 0;
                    return Malformed;
                }

                value += (b & 0x7F) * multiplier;
                if ((b & 0x80) == 0)
                {
                    return i + 1;
                }

                multiplier <<= 7;
            }

            value = 0;
            return Malformed;
        }
    }
}
