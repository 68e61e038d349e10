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
            return ReasonCodeListDecoder.Decode(buffer, offset, count, version, PacketType.UnsubAck, view);
        }
    }
}
