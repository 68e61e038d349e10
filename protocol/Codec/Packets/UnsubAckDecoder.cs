namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes UNSUBACK (3.1.1 §3.11, 5.0 §3.11) from a window holding exactly one packet. 3.1.1: just the Packet
    /// Identifier. 5.0: Packet Identifier, properties, at least one reason code. Returns
    /// <see cref="ReasonCode.Success"/> or Malformed Packet / Protocol Error as for <see cref="SubAckDecoder"/>.
    /// </summary>
    public static class UnsubAckDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, UnsubAckView view)
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

            if (first >> 4 != PacketType.UnsubAck)
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

            if (version == MqttVersion.V311)
            {
                view.ReasonCodeOffset = position;
                return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
            }

            status = view.Properties.Decode(buffer, ref position, end, PropertyScope.Acknowledgment,
                view.RefuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (position >= end)
            {
                return ReasonCode.MalformedPacket;
            }

            for (int i = position; i < end; i++)
            {
                if (!ReasonCode.IsAllowedIn(PacketType.UnsubAck, buffer[i]))
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
