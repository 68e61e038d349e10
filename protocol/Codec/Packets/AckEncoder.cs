namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes PUBACK, PUBREC, PUBREL and PUBCOMP (5.0 §3.4-§3.7): Packet Identifier, then in 5.0 a reason code and
    /// properties, using the short forms the spec allows (Remaining Length 2 for Success without properties, 3 for
    /// another reason code without properties). 3.1.1 packets are always 4 bytes; properties are ignored there.
    /// </summary>
    public static class AckEncoder
    {
        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, int packetType, int packetId, int reasonCode, OutgoingProperties properties)
        {
            return Window.PacketSize(RemainingLength(version, packetType, packetId, reasonCode, properties));
        }

        /// <summary>
        /// Writes a <paramref name="packetType"/> (<see cref="PacketType.PubAck"/> .. <see cref="PacketType.PubComp"/>)
        /// at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length or a status,
        /// writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, int packetType, int packetId,
            int reasonCode, OutgoingProperties properties)
        {
            long remaining = RemainingLength(version, packetType, packetId, reasonCode, properties);
            int first = (packetType << 4) | PacketType.RequiredFlags(packetType);
            int size = Window.StartPacket(buffer, offset, count, first, remaining, out int position);
            if (size < 0)
            {
                return size;
            }

            BigEndian.WriteUInt16(buffer, position, packetId);
            ReasonAndProperties.Write(buffer, position + 2, (int)remaining - 2, reasonCode, PropertyScope.Acknowledgment,
                properties);
            return size;
        }

        private static long RemainingLength(int version, int packetType, int packetId, int reasonCode,
            OutgoingProperties properties)
        {
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            if (packetType < PacketType.PubAck || packetType > PacketType.PubComp)
            {
                return EncodeStatus.InvalidArgument;
            }

            if (packetId < 1 || packetId > 0xFFFF)
            {
                return EncodeStatus.InvalidPacketId;
            }

            int tail = ReasonAndProperties.Size(version, packetType, PropertyScope.Acknowledgment, reasonCode, properties);
            return tail < 0 ? tail : 2 + tail;
        }
    }
}
