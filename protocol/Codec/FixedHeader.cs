namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// The fixed header (5.0 §2.1): a type-and-flags byte, then the Remaining Length as a Variable Byte Integer.
    /// <see cref="Read"/> is the receive loop's framer: it says whether a window holds a whole packet, needs more bytes,
    /// or can never become a valid packet.
    /// </summary>
    public static class FixedHeader
    {
        /// <summary>Returned by <see cref="Read"/> when the window ends before the packet does.</summary>
        public const int NeedMoreData = -1;

        /// <summary>Longest fixed header in bytes.</summary>
        public const int MaxSize = 5;

        /// <summary>Largest packet the protocol can express: 1 + 4 + 268,435,455 bytes.</summary>
        public const int MaxPacketSize = 1 + VariableByteInteger.MaxSize + VariableByteInteger.MaxValue;

        /// <summary>Bytes of the fixed header for <paramref name="remainingLength"/>, or 0 when it is out of range.</summary>
        public static int Size(int remainingLength)
        {
            int size = VariableByteInteger.Size(remainingLength);
            return size == 0 ? 0 : 1 + size;
        }

        /// <summary>
        /// Frames the packet that starts at <paramref name="offset"/>. Returns <see cref="ReasonCode.Success"/> when the
        /// window holds the whole packet (<paramref name="packetLength"/> bytes, fixed header included, maybe followed by
        /// more data); <see cref="NeedMoreData"/> when it does not yet (<paramref name="packetLength"/> is the full length
        /// once the fixed header is complete, else 0); <see cref="ReasonCode.MalformedPacket"/> for a reserved type,
        /// invalid flags (QoS 3 included) or a bad Remaining Length; <see cref="ReasonCode.PacketTooLarge"/> when the
        /// packet exceeds <paramref name="maximumPacketSize"/> (0 = no limit but the protocol's).
        /// </summary>
        public static int Read(byte[] buffer, int offset, int count, long maximumPacketSize, out int packetLength)
        {
            packetLength = 0;
            if (!Window.IsValid(buffer, offset, count))
            {
                return ReasonCode.MalformedPacket;
            }

            if (count < 1)
            {
                return NeedMoreData;
            }

            if (!FlagsAreValid(buffer[offset]))
            {
                return ReasonCode.MalformedPacket;
            }

            int used = VariableByteInteger.Read(buffer, offset + 1, count - 1, out int remainingLength);
            if (used == VariableByteInteger.NeedMoreData)
            {
                return NeedMoreData;
            }

            if (used < 0)
            {
                return ReasonCode.MalformedPacket;
            }

            packetLength = 1 + used + remainingLength;
            if (maximumPacketSize > 0 && packetLength > maximumPacketSize)
            {
                return ReasonCode.PacketTooLarge;
            }

            return count >= packetLength ? ReasonCode.Success : NeedMoreData;
        }

        /// <summary>
        /// True when the first byte carries a defined packet type with the flags the spec requires (5.0 §2.1.3): PUBLISH
        /// with a QoS other than 3, PUBREL/SUBSCRIBE/UNSUBSCRIBE with 0b0010, every other type with 0.
        /// </summary>
        public static bool FlagsAreValid(int firstByte)
        {
            int type = (firstByte >> 4) & 0x0F;
            int flags = firstByte & 0x0F;
            if (type == PacketType.Publish)
            {
                return (flags & 0x06) != 0x06;
            }

            int required = PacketType.RequiredFlags(type);
            return required >= 0 && flags == required;
        }

        /// <summary>Writes the fixed header at <paramref name="position"/> (room already checked); returns its size.</summary>
        internal static int Write(byte[] buffer, int position, int firstByte, int remainingLength)
        {
            buffer[position] = (byte)firstByte;
            return 1 + VariableByteInteger.Write(remainingLength, buffer, position + 1, VariableByteInteger.MaxSize);
        }

        /// <summary>
        /// For decoders: checks that the window is exactly one packet with valid flags. Returns
        /// <see cref="ReasonCode.Success"/> with the first byte and where the variable header starts, else
        /// <see cref="ReasonCode.MalformedPacket"/>.
        /// </summary>
        internal static int Open(byte[] buffer, int offset, int count, out int firstByte, out int bodyOffset)
        {
            firstByte = 0;
            bodyOffset = 0;
            if (!Window.IsValid(buffer, offset, count) || count < 2)
            {
                return ReasonCode.MalformedPacket;
            }

            firstByte = buffer[offset];
            if (!FlagsAreValid(firstByte))
            {
                return ReasonCode.MalformedPacket;
            }

            int used = VariableByteInteger.Read(buffer, offset + 1, count - 1, out int remainingLength);
            if (used <= 0 || 1 + used + remainingLength != count)
            {
                return ReasonCode.MalformedPacket;
            }

            bodyOffset = offset + 1 + used;
            return ReasonCode.Success;
        }
    }
}
