namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes SUBSCRIBE and UNSUBSCRIBE (5.0 §3.8, §3.10), which share their layout: fixed header (flags 0b0010),
    /// Packet Identifier, 5.0 properties, then each Topic Filter (in SUBSCRIBE followed by its Subscription Options
    /// byte).
    /// </summary>
    internal static class FilterListEncoder
    {
        /// <summary>
        /// Writes a <paramref name="packetType"/> (SUBSCRIBE or UNSUBSCRIBE) whose properties may be those of
        /// <paramref name="scope"/>; returns its length or a status, writing nothing on error.
        /// </summary>
        internal static int Encode(byte[] buffer, int offset, int count, int version, int packetType, long scope,
            FilterListPacket packet)
        {
            long remaining = RemainingLength(version, scope, packet);
            int size = Window.StartPacket(buffer, offset, count, (packetType << 4) | 0x02, remaining, out int position);
            if (size < 0)
            {
                return size;
            }

            BigEndian.WriteUInt16(buffer, position, packet.PacketId);
            position += 2;
            if (version == MqttVersion.V500)
            {
                position = OutgoingProperties.WriteBlock(packet.Properties, scope, buffer, position);
            }

            int[] sizes = packet.Sizes;
            int[] options = packet.Options;
            for (int i = 0; i < packet.Count; i++)
            {
                position = OutgoingProperties.WriteString(packet.GetFilter(i), sizes[i], buffer, position);
                if (options != null)
                {
                    buffer[position++] = (byte)options[i];
                }
            }

            return size;
        }

        /// <summary>The Remaining Length, or the status that refuses the packet; measures each Topic Filter.</summary>
        internal static long RemainingLength(int version, long scope, FilterListPacket packet)
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
                int block = OutgoingProperties.BlockSize(packet.Properties, scope);
                if (block < 0)
                {
                    return block;
                }

                remaining += block;
            }

            int[] sizes = packet.Sizes;
            int[] options = packet.Options;
            for (int i = 0; i < packet.Count; i++)
            {
                string filter = packet.GetFilter(i);
                int size = TopicFilter.Size(filter, v5);
                if (size < 0)
                {
                    return EncodeStatus.InvalidTopicFilter;
                }

                if (options != null && !SubscriptionOptions.AreAllowed(options[i], filter, v5))
                {
                    return EncodeStatus.InvalidSubscriptionOptions;
                }

                sizes[i] = size;
                remaining += 2 + size + (options != null ? 1 : 0);
            }

            return remaining;
        }
    }
}
