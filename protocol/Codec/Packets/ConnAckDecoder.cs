namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes CONNACK (3.1.1 §3.2, 5.0 §3.2) from a window holding exactly one packet. Returns
    /// <see cref="ReasonCode.Success"/> or the reason code for the fault: Malformed Packet for reserved bits, a wrong
    /// length, an unknown return or reason code; Protocol Error for Session Present with a failure code
    /// [MQTT-3.2.2-6] or property rule violations.
    /// </summary>
    public static class ConnAckDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, ConnAckView view)
        {
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, PacketType.ConnAck, PacketType.ConnAck,
                out int _, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            int end = offset + count;
            if (end - position < 2 || (buffer[position] & 0xFE) != 0)
            {
                return ReasonCode.MalformedPacket;
            }

            view.SessionPresent = buffer[position] != 0;
            int code = buffer[position + 1];
            view.ReasonCode = code;
            position += 2;
            if (version == MqttVersion.V311)
            {
                if (position != end || code > ConnectReturnCode.NotAuthorized)
                {
                    return ReasonCode.MalformedPacket;
                }

                return view.SessionPresent && code != ConnectReturnCode.Accepted
                    ? ReasonCode.ProtocolError
                    : ReasonCode.Success;
            }

            if (!ReasonCode.IsAllowedIn(PacketType.ConnAck, code))
            {
                return ReasonCode.MalformedPacket;
            }

            if (view.SessionPresent && ReasonCode.IsError(code))
            {
                return ReasonCode.ProtocolError;
            }

            status = view.Properties.Decode(buffer, ref position, end, PropertyScope.ConnAck, view.RefuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
        }
    }
}
