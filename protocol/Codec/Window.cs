namespace Telemetry.Mqtt.Codec
{
    /// <summary>Checks that a window (offset, count) lies inside its buffer, without overflow.</summary>
    internal static class Window
    {
        internal static bool IsValid(byte[] buffer, int offset, int count)
        {
            return buffer != null && offset >= 0 && count >= 0 && offset <= buffer.Length - count;
        }

        /// <summary>
        /// For encoders: <paramref name="sizeOrStatus"/> when it is a status or fits in the window, else
        /// <see cref="EncodeStatus.BufferTooSmall"/>; <see cref="EncodeStatus.InvalidArgument"/> for a window outside
        /// the buffer.
        /// </summary>
        internal static int Fit(byte[] buffer, int offset, int count, int sizeOrStatus)
        {
            if (sizeOrStatus < 0)
            {
                return sizeOrStatus;
            }

            if (!IsValid(buffer, offset, count))
            {
                return EncodeStatus.InvalidArgument;
            }

            return sizeOrStatus > count ? EncodeStatus.BufferTooSmall : sizeOrStatus;
        }

        /// <summary>
        /// For encoders: fits a packet of <paramref name="remainingLength"/> (or the status it holds) in the window and
        /// writes its fixed header. Returns the packet size, with <paramref name="position"/> after the fixed header, or
        /// a status, writing nothing.
        /// </summary>
        internal static int StartPacket(byte[] buffer, int offset, int count, int firstByte, long remainingLength,
            out int position)
        {
            position = offset;
            int size = Fit(buffer, offset, count, PacketSize(remainingLength));
            if (size >= 0)
            {
                position += FixedHeader.Write(buffer, offset, firstByte, (int)remainingLength);
            }

            return size;
        }

        /// <summary>Total packet size for a Remaining Length (or status), or <see cref="EncodeStatus.PacketTooLarge"/>.</summary>
        internal static int PacketSize(long remainingLengthOrStatus)
        {
            if (remainingLengthOrStatus < 0)
            {
                return (int)remainingLengthOrStatus;
            }

            if (remainingLengthOrStatus > VariableByteInteger.MaxValue)
            {
                return EncodeStatus.PacketTooLarge;
            }

            return FixedHeader.Size((int)remainingLengthOrStatus) + (int)remainingLengthOrStatus;
        }
    }
}
