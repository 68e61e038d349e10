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
            return ReasonCodeListDecoder.Decode(buffer, offset, count, version, PacketType.SubAck, view);
        }
    }
}
