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

            if (version == MqttVersion.V311)
            {
                return ReasonCode.MalformedPacket;
            }

            if (first >> 4 != PacketType.Auth)
            {
                return ReasonCode.ProtocolError;
            }

            return ReasonAndProperties.Decode(buffer, position, offset + count, PacketType.Auth, PropertyScope.Auth,
                view.Properties, view.RefuseControlCharacters, out view.ReasonCode);
        }
    }
}
