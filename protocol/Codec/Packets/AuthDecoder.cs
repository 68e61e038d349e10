namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes AUTH (5.0 §3.15) from a window holding exactly one packet: Remaining Length 0 (Success) or a reason code
    /// (Success, Continue authentication, Re-authenticate) and properties. In 3.1.1 the packet type is reserved:
    /// Malformed Packet.
    /// </summary>
    public static class AuthDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, AuthView view)
        {
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, PacketType.Auth, PacketType.Auth,
                out int _, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return ReasonAndProperties.Decode(buffer, position, offset + count, PacketType.Auth, PropertyScope.Auth, view,
                out view.ReasonCode);
        }
    }
}
