namespace Telemetry.Mqtt.Codec
{
    /// <summary>Decodes PINGRESP (5.0 §3.13): exactly 0xD0 0x00 in both versions.</summary>
    public static class PingRespDecoder
    {
        /// <summary>
        /// Returns <see cref="ReasonCode.Success"/> when the window is exactly one PINGRESP, Malformed Packet for wrong
        /// flags or length, Protocol Error for another packet type.
        /// </summary>
        public static int Decode(byte[] buffer, int offset, int count)
        {
            int status = FixedHeader.Open(buffer, offset, count, out int first, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (first >> 4 != PacketType.PingResp)
            {
                return ReasonCode.ProtocolError;
            }

            return position == offset + count ? ReasonCode.Success : ReasonCode.MalformedPacket;
        }
    }
}
