namespace Telemetry.Mqtt.Codec
{
    /// <summary>How every decoder with a view starts: arguments, view reset, fixed header, packet type.</summary>
    internal static class ReceivedPacket
    {
        /// <summary>
        /// Checks <paramref name="view"/> and <paramref name="version"/>, clears the view, then checks that the window
        /// is exactly one packet of a type from <paramref name="firstType"/> to <paramref name="lastType"/>. Returns
        /// <see cref="ReasonCode.Success"/> with the first byte (type and flags) and where the variable header starts;
        /// else Unsupported Protocol Version (no view, unknown version), Malformed Packet (framing, flags, AUTH in
        /// 3.1.1) or Protocol Error (another packet type).
        /// </summary>
        internal static int Open(byte[] buffer, int offset, int count, int version, PacketView view, int firstType,
            int lastType, out int firstByte, out int position)
        {
            firstByte = 0;
            position = 0;
            if (view == null || !MqttVersion.IsSupported(version))
            {
                return ReasonCode.UnsupportedProtocolVersion;
            }

            view.Reset(buffer);
            int status = FixedHeader.Open(buffer, offset, count, out firstByte, out position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (firstType == PacketType.Auth && version == MqttVersion.V311)
            {
                return ReasonCode.MalformedPacket; // type 15 is reserved in 3.1.1
            }

            int type = firstByte >> 4;
            return type < firstType || type > lastType ? ReasonCode.ProtocolError : ReasonCode.Success;
        }
    }
}
