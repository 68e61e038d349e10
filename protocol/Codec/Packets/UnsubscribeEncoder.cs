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
            return Window.PacketSize(RemainingLength(version, packet));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, UnsubscribePacket packet)
        {
            long remaining = RemainingLength(version, packet);
            int size = Window.Fit(buffer, offset, count, Window.PacketSize(remaining));
            if (size < 0)
            {
                return size;
            }

            int position = offset + FixedHeader.Write(buffer, offset, (PacketType.Unsubscribe << 4) | 0x02, (int)remaining);
            BigEndian.WriteUInt16(buffer, position, packet.PacketId);
            position += 2;
            if (version == MqttVersion.V500)
            {
                position = OutgoingProperties.WriteBlock(packet.Properties, PropertyScope.Unsubscribe, buffer, position);
            }

            int[] sizes = packet.Sizes;
            for (int i = 0; i < packet.Count; i++)
            {
                position = OutgoingProperties.WriteString(packet.GetFilter(i), sizes[i], buffer, position);
            }

            return size;
        }

        private static long RemainingLength(int version, UnsubscribePacket packet)
        {
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            if (packet == null)
            {
                return EncodeStatus.InvalidArgument;
            }

            if (packet.PacketId < 1 || packet.PacketId > 0xFFFF)
            {
                return EncodeStatus.InvalidPacketId;
            }

            if (packet.Count == 0)
            {
                return EncodeStatus.NoTopicFilter;
            }

            bool v5 = version == MqttVersion.V500;
            long remaining = 2;
            if (v5)
            {
                int block = OutgoingProperties.BlockSize(packet.Properties, PropertyScope.Unsubscribe);
                if (block < 0)
                {
                    return block;
                }

                remaining += block;
            }

            int[] sizes = packet.Sizes;
            for (int i = 0; i < packet.Count; i++)
            {
                int size = TopicFilter.Size(packet.GetFilter(i), v5);
                if (size < 0)
                {
                    return EncodeStatus.InvalidTopicFilter;
                }

                sizes[i] = size;
                remaining += 2 + size;
            }

            return remaining;
        }
    }
}
