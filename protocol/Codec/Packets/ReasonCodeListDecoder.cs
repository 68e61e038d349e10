namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes SUBACK and UNSUBACK (5.0 §3.9, §3.11), which share their layout: Packet Identifier, 5.0 properties, one
    /// reason code per Topic Filter. A 3.1.1 SUBACK has return codes 0, 1, 2 and 0x80; a 3.1.1 UNSUBACK ends after the
    /// Packet Identifier.
    /// </summary>
    internal static class ReasonCodeListDecoder
    {
        /// <summary>Decodes a <paramref name="packetType"/> (SUBACK or UNSUBACK) into <paramref name="view"/>.</summary>
        internal static int Decode(byte[] buffer, int offset, int count, int version, int packetType,
            ReasonCodeListView view)
        {
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, packetType, packetType,
                out int _, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            int end = offset + count;
            status = FieldReader.ReadPacketId(buffer, ref position, end, out int packetId);
            view.PacketId = packetId;
            if (status != ReasonCode.Success)
            {
                return status;
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
            else if (packetType == PacketType.UnsubAck)
            {
                // A 3.1.1 UNSUBACK ends after the Packet Identifier.
                view.ReasonCodeOffset = position;
                return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
            }

            if (position >= end)
            {
                return ReasonCode.MalformedPacket;
            }

            for (int i = position; i < end; i++)
            {
                int code = buffer[i];
                if (v5 ? !ReasonCode.IsAllowedIn(packetType, code) : code > 2 && code != 0x80)
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
