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
            return Window.PacketSize(RemainingLength(version, packet));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, SubscribePacket packet)
        {
            long remaining = RemainingLength(version, packet);
            int size = Window.Fit(buffer, offset, count, Window.PacketSize(remaining));
            if (size < 0)
            {
                return size;
            }

            int position = offset + FixedHeader.Write(buffer, offset, (PacketType.Subscribe << 4) | 0x02, (int)remaining);
            BigEndian.WriteUInt16(buffer, position, packet.PacketId);
            position += 2;
            if (version == MqttVersion.V500)
            {
                position = OutgoingProperties.WriteBlock(packet.Properties, PropertyScope.Subscribe, buffer, position);
            }

            int[] sizes = packet.Sizes;
            for (int i = 0; i < packet.Count; i++)
            {
                position = OutgoingProperties.WriteString(packet.GetFilter(i), sizes[i], buffer, position);
                buffer[position++] = (byte)packet.GetOptions(i);
            }

            return size;
        }

        private static long RemainingLength(int version, SubscribePacket packet)
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
                int block = OutgoingProperties.BlockSize(packet.Properties, PropertyScope.Subscribe);
                if (block < 0)
                {
                    return block;
                }

                remaining += block;
            }

            int[] sizes = packet.Sizes;
            for (int i = 0; i < packet.Count; i++)
            {
                string filter = packet.GetFilter(i);
                int size = TopicFilter.Size(filter, v5);
                if (size < 0)
                {
                    return EncodeStatus.InvalidTopicFilter;
                }

                int options = packet.GetOptions(i);
                if (v5 ? (options & SubscriptionOptions.NoLocal) != 0 && TopicFilter.IsShared(filter) : options > 2)
                {
                    return EncodeStatus.InvalidSubscriptionOptions;
                }

                sizes[i] = size;
                remaining += 3 + size;
            }

            return remaining;
        }
    }
}
