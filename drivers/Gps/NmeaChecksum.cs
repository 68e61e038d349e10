namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// NMEA 0183 checksum: XOR of every byte between '$' and '*', written after '*' as two hex digits.
    /// </summary>
    public static class NmeaChecksum
    {
        /// <summary>XOR of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static byte Compute(byte[] buffer, int offset, int count)
        {
            byte sum = 0;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                sum ^= buffer[i];
            }

            return sum;
        }

        /// <summary>
        /// True when the sentence in the window ("$...*HH", line ending optional) carries a matching checksum.
        /// </summary>
        public static bool Verify(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 4 || offset > buffer.Length - count || buffer[offset] != (byte)'$')
            {
                return false;
            }

            int end = offset + count;
            while (end > offset && (buffer[end - 1] == (byte)'\r' || buffer[end - 1] == (byte)'\n'))
            {
                end--;
            }

            int star = end - 3;
            if (star <= offset || buffer[star] != (byte)'*')
            {
                return false;
            }

            int high = HexValue(buffer[star + 1]);
            int low = HexValue(buffer[star + 2]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            return Compute(buffer, offset + 1, star - offset - 1) == (byte)((high << 4) | low);
        }

        /// <summary>Value of a hex digit (either case), or -1.</summary>
        public static int HexValue(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9')
            {
                return c - '0';
            }

            if (c >= (byte)'A' && c <= (byte)'F')
            {
                return c - 'A' + 10;
            }

            if (c >= (byte)'a' && c <= (byte)'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
