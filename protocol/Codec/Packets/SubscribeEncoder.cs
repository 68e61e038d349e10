namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes SUBSCRIBE (3.1.1 §3.8, 5.0 §3.8): fixed header (flags 0b0010), Packet Identifier, 5.0 properties, then
    /// each Topic Filter followed by its Subscription Options byte. Results are lengths or <see cref="EncodeStatus"/>.
    /// </summary>
    public static class SubscribeEncoder
    {
        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, SubscribePacket packet)
        {
            return Window.PacketSize(FilterListEncoder.RemainingLength(version, PropertyScope.Subscribe, packet));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, SubscribePacket packet)
        {
            return FilterListEncoder.Encode(buffer, offset, count, version, PacketType.Subscribe, PropertyScope.Subscribe,
                packet);
        }
    }
}
