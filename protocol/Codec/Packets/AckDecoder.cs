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
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, PacketType.PubAck, PacketType.PubComp,
                out int first, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            int type = first >> 4;
            view.PacketType = type;
            int end = offset + count;
            status = FieldReader.ReadPacketId(buffer, ref position, end, out int packetId);
            view.PacketId = packetId;
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (version == MqttVersion.V311)
            {
                return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
            }

            return ReasonAndProperties.Decode(buffer, position, end, type, PropertyScope.Acknowledgment, view,
                out view.ReasonCode);
        }
    }
}
