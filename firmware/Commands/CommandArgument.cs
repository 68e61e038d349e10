namespace Telemetry.Firmware.Commands
{
    /// <summary>
    /// Finds a command's argument in its payload bytes, without strings: either the whole payload
    /// (<c>30</c>, <c>"telemetry_interval"</c>) or one member of a JSON object (<c>{"seconds": 30}</c>).
    /// </summary>
    public static class CommandArgument
    {
        /// <summary>Found: <c>Offset</c>/<c>Length</c> locate the value (quotes removed).</summary>
        public const int Found = 0;

        /// <summary>The payload is empty, or the object lacks the member.</summary>
        public const int Missing = 1;

        /// <summary>The payload is not a value or a JSON object.</summary>
        public const int Malformed = 2;

        /// <summary>
        /// Looks for the argument named <paramref name="name"/> (UTF-8) in the payload; returns <see cref="Found"/>,
        /// <see cref="Missing"/> or <see cref="Malformed"/>. String values with escapes are refused as malformed.
        /// </summary>
        public static int Find(byte[] payload, int offset, int count, byte[] name, out int valueOffset, out int valueLength)
        {
            valueOffset = offset;
            valueLength = 0;
            int end = Trim(payload, offset, offset + count, out int start);
            if (start == end)
            {
                return Missing;
            }

            if (payload[start] != (byte)'{')
            {
                return ReadValue(payload, start, end, out valueOffset, out valueLength) == end ? Found : Malformed;
            }

            if (payload[end - 1] != (byte)'}')
            {
                return Malformed;
            }

            int position = start + 1;
            int close = end - 1;
            while (true)
            {
                position = SkipSpace(payload, position, close);
                if (position == close)
                {
                    return Missing;
                }

                if (payload[position] != (byte)'"')
                {
                    return Malformed;
                }

                int keyStart = position + 1;
                int keyEnd = keyStart;
                while (keyEnd < close && payload[keyEnd] != (byte)'"')
                {
                    keyEnd++;
                }

                if (keyEnd >= close)
                {
                    return Malformed;
                }

                position = SkipSpace(payload, keyEnd + 1, close);
                if (position == close || payload[position] != (byte)':')
                {
                    return Malformed;
                }

                position = SkipSpace(payload, position + 1, close);
                int next = ReadValue(payload, position, close, out int itemOffset, out int itemLength);
                if (next < 0)
                {
                    return Malformed;
                }

                if (BytesEqual(payload, keyStart, keyEnd - keyStart, name))
                {
                    valueOffset = itemOffset;
                    valueLength = itemLength;
                    return Found;
                }

                position = SkipSpace(payload, next, close);
                if (position < close)
                {
                    if (payload[position] != (byte)',')
                    {
                        return Malformed;
                    }

                    position++;
                }
            }
        }

        /// <summary>True when the bytes equal <paramref name="text"/> (UTF-8 bytes).</summary>
        public static bool BytesEqual(byte[] data, int offset, int length, byte[] text)
        {
            if (length != text.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (data[offset + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        // Reads a scalar (string without escapes, number, true/false/null) at start; returns the position after it or -1.
        private static int ReadValue(byte[] data, int start, int end, out int valueOffset, out int valueLength)
        {
            valueOffset = start;
            valueLength = 0;
            if (start >= end)
            {
                return -1;
            }

            if (data[start] == (byte)'"')
            {
                int i = start + 1;
                while (i < end && data[i] != (byte)'"')
                {
                    if (data[i] == (byte)'\\')
                    {
                        return -1;
                    }

                    i++;
                }

                if (i >= end)
                {
                    return -1;
                }

                valueOffset = start + 1;
                valueLength = i - start - 1;
                return i + 1;
            }

            if (data[start] == (byte)'{' || data[start] == (byte)'[')
            {
                return -1;
            }

            int stop = start;
            while (stop < end && data[stop] != (byte)',' && data[stop] != (byte)'}' && data[stop] > 0x20)
            {
                stop++;
            }

            valueLength = stop - start;
            return valueLength == 0 ? -1 : stop;
        }

        private static int Trim(byte[] data, int start, int end, out int trimmedStart)
        {
            start = SkipSpace(data, start, end);
            while (end > start && data[end - 1] <= 0x20)
            {
                end--;
            }

            trimmedStart = start;
            return end;
        }

        private static int SkipSpace(byte[] data, int position, int end)
        {
            while (position < end && data[position] <= 0x20)
            {
                position++;
            }

            return position;
        }
    }
}
