namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes SUBACK (3.1.1 §3.9, 5.0 §3.9) from a window holding exactly one packet. Returns
    /// <see cref="ReasonCode.Success"/> or the reason code for the fault: Malformed Packet (no reason code, a code
    /// SUBACK may not carry, lengths past the end), Protocol Error (Packet Identifier 0, property rules).
    /// </summary>
    public static class SubAckDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, SubAckView view)
        {
            if (view == null || !MqttVersion.IsSupported(version))
            {
                return ReasonCode.UnsupportedProtocolVersion;
            }

            view.Reset(buffer);
            int status = FixedHeader.Open(buffer, offset, count, out int first, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (first >> 4 != PacketType.SubAck)
            {
                return ReasonCode.ProtocolError;
            }

            int end = offset + count;
            status = FieldReader.ReadUInt16(buffer, ref position, end, out int packetId);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            view.PacketId = packetId;
            if (packetId == 0)
            {
                return ReasonCode.ProtocolError;
            }

            bool v5 = version == MqttVersion.V500;
            if (v5)
            {
                status = view.Properties.Decode(buffer, ref position, end, PropertyScope.Acknowledgment,
                    view.RefuseControlCharacters);
                if (status != ReasonCode.Success)
                {
                    return status;
                }
            }

            if (position >= end)
            {
                return ReasonCode.MalformedPacket;
            }

            for (int i = position; i < end; i++)
            {
                int code = buffer[i];
                if (v5 ? !ReasonCode.IsAllowedIn(PacketType.SubAck, code) : code > 2 && code != 0x80)
                {
                    return ReasonCode.MalformedPacket;
                }
            }

            view.ReasonCodeOffset = position;
            view.ReasonCodeCount = end - position;
            return ReasonCode.Success;
        }
    }
}
