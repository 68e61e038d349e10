using System;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes PUBLISH (3.1.1 §3.3, 5.0 §3.3): fixed header (DUP, QoS, RETAIN), Topic Name, Packet Identifier (QoS 1
    /// and 2), 5.0 properties, payload. <see cref="EncodeHeader"/> writes everything but the payload, so a caller can
    /// send the payload straight from its own buffer. Results are lengths (0 or more) or <see cref="EncodeStatus"/>
    /// values.
    /// </summary>
    public static class PublishEncoder
    {
        /// <summary>Bytes the whole packet needs, payload included, or the status that would refuse it.</summary>
        public static int Size(int version, PublishPacket packet)
        {
            return Window.PacketSize(RemainingLength(version, packet, true, out PreparedTopic _, out int _));
        }

        /// <summary>
        /// Writes the whole packet (the payload copied with <see cref="Array.Copy(Array, int, Array, int, int)"/>) at
        /// <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length or a status,
        /// writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, PublishPacket packet)
        {
            long remaining = RemainingLength(version, packet, true, out PreparedTopic topic, out int propertiesSize);
            int size = Window.Fit(buffer, offset, count, Window.PacketSize(remaining));
            if (size < 0)
            {
                return size;
            }

            int position = WriteHeader(buffer, offset, version, packet, (int)remaining, topic);
            if (packet.PayloadLength > 0)
            {
                Array.Copy(packet.Payload, packet.PayloadOffset, buffer, position, packet.PayloadLength);
            }

            return size;
        }

        /// <summary>
        /// Bytes of the fixed and variable headers alone (what <see cref="EncodeHeader"/> writes), or a status. The
        /// payload array is not looked at, only <see cref="PublishPacket.PayloadLength"/>.
        /// </summary>
        public static int HeaderSize(int version, PublishPacket packet)
        {
            long remaining = RemainingLength(version, packet, false, out PreparedTopic _, out int _);
            int size = Window.PacketSize(remaining);
            return size < 0 ? size : size - packet.PayloadLength;
        }

        /// <summary>
        /// Writes the fixed header and variable header of a packet whose payload of
        /// <see cref="PublishPacket.PayloadLength"/> bytes the caller sends next from its own buffer. Returns the header
        /// length or a status, writing nothing on error; the payload array is neither read nor needed.
        /// </summary>
        public static int EncodeHeader(byte[] buffer, int offset, int count, int version, PublishPacket packet)
        {
            long remaining = RemainingLength(version, packet, false, out PreparedTopic topic, out int propertiesSize);
            int size = Window.PacketSize(remaining);
            if (size >= 0)
            {
                size -= packet.PayloadLength;
            }

            size = Window.Fit(buffer, offset, count, size);
            if (size < 0)
            {
                return size;
            }

            return WriteHeader(buffer, offset, version, packet, (int)remaining, topic) - offset;
        }

        private static int WriteHeader(byte[] buffer, int offset, int version, PublishPacket packet, int remaining,
            PreparedTopic topic)
        {
            int first = (PacketType.Publish << 4) | (packet.Dup ? 0x08 : 0) | (packet.Qos << 1) | (packet.Retain ? 0x01 : 0);
            int position = offset + FixedHeader.Write(buffer, offset, first, remaining);
            int topicSize = topic == null ? 0 : topic.Length;
            BigEndian.WriteUInt16(buffer, position, topicSize);
            position += 2;
            if (topicSize > 0)
            {
                Array.Copy(topic.Bytes, 0, buffer, position, topicSize);
                position += topicSize;
            }

            if (packet.Qos > 0)
            {
                BigEndian.WriteUInt16(buffer, position, packet.PacketId);
                position += 2;
            }

            if (version == MqttVersion.V500)
            {
                position = OutgoingProperties.WriteBlock(packet.Properties, PropertyScope.PublishSent, buffer, position);
            }

            return position;
        }

        private static long RemainingLength(int version, PublishPacket packet, bool withPayloadArray, out PreparedTopic topic,
            out int propertiesSize)
        {
            topic = null;
            propertiesSize = 0;
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            if (packet == null)
            {
                return EncodeStatus.InvalidArgument;
            }

            if (packet.Qos < 0 || packet.Qos > 2 || (packet.Dup && packet.Qos == 0))
            {
                return EncodeStatus.InvalidQos;
            }

            if (packet.Qos == 0 ? packet.PacketId != 0 : packet.PacketId < 1 || packet.PacketId > 0xFFFF)
            {
                return EncodeStatus.InvalidPacketId;
            }

            bool v5 = version == MqttVersion.V500;
            bool alias = v5 && packet.Properties != null && packet.Properties.Has(PropertyId.TopicAlias);
            topic = packet.TopicBytes;
            if (topic == null)
            {
                topic = packet.TopicCache;
                topic.Update(packet.Topic);
                if (alias && (packet.Topic == null || topic.IsEmpty))
                {
                    topic = null;
                }
            }

            if (topic != null && !topic.IsValid)
            {
                return EncodeStatus.InvalidTopicName;
            }

            int topicSize = topic == null ? 0 : topic.Length;

            if (packet.PayloadLength < 0 || (withPayloadArray && !(packet.Payload == null
                ? packet.PayloadLength == 0
                : Window.IsValid(packet.Payload, packet.PayloadOffset, packet.PayloadLength))))
            {
                return EncodeStatus.InvalidPayload;
            }

            if (v5)
            {
                propertiesSize = OutgoingProperties.BlockSize(packet.Properties, PropertyScope.PublishSent);
                if (propertiesSize < 0)
                {
                    return propertiesSize;
                }
            }

            return 2L + topicSize + (packet.Qos > 0 ? 2 : 0) + propertiesSize + packet.PayloadLength;
        }
    }
}
