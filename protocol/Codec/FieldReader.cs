namespace Telemetry.Mqtt.Codec
{
    /// <summary>Bounds-checked reads of variable-header fields for the decoders; never reads at or past <c>end</c>.</summary>
    internal static class FieldReader
    {
        /// <summary>
        /// Reads a Packet Identifier: <see cref="ReasonCode.MalformedPacket"/> when fewer than 2 bytes remain,
        /// <see cref="ReasonCode.ProtocolError"/> when it is 0.
        /// </summary>
        internal static int ReadPacketId(byte[] buffer, ref int position, int end, out int packetId)
        {
            if (end - position < 2)
            {
                packetId = 0;
                return ReasonCode.MalformedPacket;
            }

            packetId = BigEndian.ReadUInt16(buffer, position);
            position += 2;
            return packetId == 0 ? ReasonCode.ProtocolError : ReasonCode.Success;
        }

        /// <summary>
        /// Reads a length-prefixed field (UTF-8 string or Binary Data) as a view. With <paramref name="utf8"/> the bytes
        /// must be valid UTF-8. Returns <see cref="ReasonCode.Success"/> or <see cref="ReasonCode.MalformedPacket"/>.
        /// </summary>
        internal static int ReadData(byte[] buffer, ref int position, int end, bool utf8, bool refuseControlCharacters,
            out int offset, out int length)
        {
            offset = 0;
            length = 0;
            if (end - position < 2)
            {
                return ReasonCode.MalformedPacket;
            }

            int size = BigEndian.ReadUInt16(buffer, position);
            if (size > end - position - 2)
            {
                return ReasonCode.MalformedPacket;
            }

            if (utf8 && Utf8.Validate(buffer, position + 2, size, refuseControlCharacters) != ReasonCode.Success)
            {
                return ReasonCode.MalformedPacket;
            }

            offset = position + 2;
            length = size;
            position += 2 + size;
            return ReasonCode.Success;
        }
    }
}
