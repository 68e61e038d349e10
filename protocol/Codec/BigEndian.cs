namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Two Byte and Four Byte Integers (5.0 §1.5.2, §1.5.3), most significant byte first. No bounds checks: callers
    /// check the window once per packet.
    /// </summary>
    public static class BigEndian
    {
        /// <summary>Writes the low 16 bits of <paramref name="value"/> at <paramref name="position"/>.</summary>
        public static void WriteUInt16(byte[] buffer, int position, int value)
        {
            buffer[position] = (byte)(value >> 8);
            buffer[position + 1] = (byte)value;
        }

        /// <summary>Reads a Two Byte Integer (0..65535) at <paramref name="position"/>.</summary>
        public static int ReadUInt16(byte[] buffer, int position)
        {
            return (buffer[position] << 8) | buffer[position + 1];
        }

        /// <summary>Writes the low 32 bits of <paramref name="value"/> at <paramref name="position"/>.</summary>
        public static void WriteUInt32(byte[] buffer, int position, long value)
        {
            buffer[position] = (byte)(value >> 24);
            buffer[position + 1] = (byte)(value >> 16);
            buffer[position + 2] = (byte)(value >> 8);
            buffer[position + 3] = (byte)value;
        }

        /// <summary>Reads a Four Byte Integer (0..4,294,967,295) at <paramref name="position"/>.</summary>
        public static long ReadUInt32(byte[] buffer, int position)
        {
            return ((long)buffer[position] << 24) | ((long)buffer[position + 1] << 16)
                | ((long)buffer[position + 2] << 8) | buffer[position + 3];
        }
    }
}
