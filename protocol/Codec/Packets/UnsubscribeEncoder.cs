namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes UNSUBSCRIBE (3.1.1 §3.10, 5.0 §3.10): fixed header (flags 0b0010), Packet Identifier, 5.0 properties,
    /// then the Topic Filters. Results are lengths or <see cref="EncodeStatus"/> values.
    /// </summary>
    public static class UnsubscribeEncoder
    {
        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, UnsubscribePacket packet)
        {
            return Window.PacketSize(FilterListEncoder.RemainingLength(version, PropertyScope.Unsubscribe, packet));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, UnsubscribePacket packet)
        {
            return FilterListEncoder.Encode(buffer, offset, count, version, PacketType.Unsubscribe,
                PropertyScope.Unsubscribe, packet);
        }
    }
}
