namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes a DISCONNECT sent by the Server (5.0 §3.14) from a window holding exactly one packet: Remaining Length 0
    /// (Normal disconnection), 1 (reason code only) or more (reason code and properties). A Server never sends
    /// DISCONNECT in 3.1.1: Protocol Error. Also Protocol Error: a Session Expiry Interval [MQTT-3.14.2-2] and other
    /// property rules; Malformed Packet: flags, lengths, unknown reason codes.
    /// </summary>
    public static class DisconnectDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, DisconnectView view)
        {
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, PacketType.Disconnect,
                PacketType.Disconnect, out int _, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (version == MqttVersion.V311)
            {
                return ReasonCode.ProtocolError;
            }

            return ReasonAndProperties.Decode(buffer, position, offset + count, PacketType.Disconnect,
                PropertyScope.DisconnectReceived, view, out view.ReasonCode);
        }
    }
}
