namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes PUBACK, PUBREC, PUBREL and PUBCOMP (3.1.1 §3.4-§3.7, 5.0 §3.4-§3.7) from a window holding exactly one
    /// packet, short forms included. Returns <see cref="ReasonCode.Success"/> or the reason code for the fault:
    /// Malformed Packet (wrong flags or length, a reason code the packet may not carry), Protocol Error (Packet
    /// Identifier 0, property rules, a packet of another type).
    /// </summary>
    public static class AckDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, AckView view)
        {
            if (view == null || !MqttVersion.IsSupported(version))
            {
                return ReasonCode.UnsupportedProtocolVersion;
            }

            view.Reset();
            int status = FixedHeader.Open(buffer, offset, count, out int first, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            int type = first >> 4;
            if (type < PacketType.PubAck || type > PacketType.PubComp)
            {
                return ReasonCode.ProtocolError;
            }

            view.PacketType = type;
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

            if (position == end)
            {
                return ReasonCode.Success;
            }

            if (version == MqttVersion.V311)
            {
                return ReasonCode.MalformedPacket;
            }

            int code = buffer[position++];
            view.ReasonCode = code;
            if (!ReasonCode.IsAllowedIn(type, code))
            {
                return ReasonCode.MalformedPacket;
            }

            if (position == end)
            {
                return ReasonCode.Success;
            }

            status = view.Properties.Decode(buffer, ref position, end, PropertyScope.Acknowledgment,
                view.RefuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
        }
    }
}
