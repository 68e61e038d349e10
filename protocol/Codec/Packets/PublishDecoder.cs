namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Decodes PUBLISH (3.1.1 §3.3, 5.0 §3.3) from a window holding exactly one packet, without copying: the topic and
    /// payload stay in the buffer. Returns <see cref="ReasonCode.Success"/> or the reason code for the fault: Malformed
    /// Packet (QoS 3, DUP on QoS 0, lengths past the end, invalid UTF-8, bad properties), Topic Name invalid (a
    /// wildcard in the topic), Protocol Error (Packet Identifier 0, empty topic without Topic Alias, property rules),
    /// Topic Alias invalid (0 or above <see cref="PublishView.TopicAliasMaximum"/>).
    /// </summary>
    public static class PublishDecoder
    {
        /// <summary>Decodes the window into <paramref name="view"/> (cleared first).</summary>
        public static int Decode(byte[] buffer, int offset, int count, int version, PublishView view)
        {
            int status = ReceivedPacket.Open(buffer, offset, count, version, view, PacketType.Publish, PacketType.Publish,
                out int first, out int position);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            int qos = (first >> 1) & 0x03;
            view.Dup = (first & 0x08) != 0;
            view.Qos = qos;
            view.Retain = (first & 0x01) != 0;
            if (qos == 0 && view.Dup)
            {
                return ReasonCode.MalformedPacket;
            }

            int end = offset + count;
            status = FieldReader.ReadData(buffer, ref position, end, true, view.RefuseControlCharacters,
                out int topicOffset, out int topicLength);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            view.TopicOffset = topicOffset;
            view.TopicLength = topicLength;
            if (TopicName.ContainsWildcard(buffer, topicOffset, topicLength))
            {
                return ReasonCode.TopicNameInvalid;
            }

            if (qos > 0)
            {
                status = FieldReader.ReadPacketId(buffer, ref position, end, out int packetId);
                view.PacketId = packetId;
                if (status != ReasonCode.Success)
                {
                    return status;
                }
            }

            int alias = 0;
            if (version == MqttVersion.V500)
            {
                status = view.Properties.Decode(buffer, ref position, end, PropertyScope.PublishReceived,
                    view.RefuseControlCharacters);
                if (status != ReasonCode.Success)
                {
                    return status;
                }

                alias = view.TopicAlias;
                if (alias > view.TopicAliasMaximum)
                {
                    return ReasonCode.TopicAliasInvalid;
                }
            }

            if (topicLength == 0 && alias == 0)
            {
                return ReasonCode.ProtocolError;
            }

            view.PayloadOffset = position;
            view.PayloadLength = end - position;
            return ReasonCode.Success;
        }
    }
}
