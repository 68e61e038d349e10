namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes CONNECT (3.1.1 §3.1, 5.0 §3.1): fixed header, Protocol Name "MQTT", Protocol Level, Connect Flags,
    /// Keep Alive, 5.0 properties, then Client Identifier, Will (5.0 Will properties, topic, payload), User Name,
    /// Password. Results are lengths (0 or more) or <see cref="EncodeStatus"/> values.
    /// </summary>
    public static class ConnectEncoder
    {
        private const int UserNameFlag = 0x80;
        private const int PasswordFlag = 0x40;
        private const int WillRetainFlag = 0x20;
        private const int WillFlag = 0x04;
        private const int CleanStartFlag = 0x02;

        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, ConnectPacket packet)
        {
            return Window.PacketSize(RemainingLength(version, packet, out int _, out int _, out int _));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, ConnectPacket packet)
        {
            long remaining = RemainingLength(version, packet, out int clientIdSize, out int willTopicSize, out int userNameSize);
            int size = Window.StartPacket(buffer, offset, count, PacketType.Connect << 4, remaining, out int position);
            if (size < 0)
            {
                return size;
            }

            bool v5 = version == MqttVersion.V500;
            bool will = packet.WillTopic != null;
            buffer[position++] = 0;
            buffer[position++] = 4;
            buffer[position++] = (byte)'M';
            buffer[position++] = (byte)'Q';
            buffer[position++] = (byte)'T';
            buffer[position++] = (byte)'T';
            buffer[position++] = (byte)version;
            int flags = packet.CleanStart ? CleanStartFlag : 0;
            if (will)
            {
                flags |= WillFlag | (packet.WillQos << 3) | (packet.WillRetain ? WillRetainFlag : 0);
            }

            if (packet.UserName != null)
            {
                flags |= UserNameFlag;
            }

            if (packet.Password != null)
            {
                flags |= PasswordFlag;
            }

            buffer[position++] = (byte)flags;
            BigEndian.WriteUInt16(buffer, position, packet.KeepAliveSeconds);
            position += 2;
            if (v5)
            {
                position = OutgoingProperties.WriteBlock(packet.Properties, PropertyScope.Connect, buffer, position);
            }

            position = packet.ClientIdBytes != null
                ? OutgoingProperties.WriteBinary(packet.ClientIdBytes, 0, clientIdSize, buffer, position)
                : OutgoingProperties.WriteString(packet.ClientId, clientIdSize, buffer, position);
            if (will)
            {
                if (v5)
                {
                    position = OutgoingProperties.WriteBlock(packet.WillProperties, PropertyScope.Will, buffer, position);
                }

                position = OutgoingProperties.WriteString(packet.WillTopic, willTopicSize, buffer, position);
                position = OutgoingProperties.WriteBinary(packet.WillPayload, packet.WillPayloadOffset,
                    packet.WillPayloadLength, buffer, position);
            }

            if (packet.UserName != null)
            {
                position = OutgoingProperties.WriteString(packet.UserName, userNameSize, buffer, position);
            }

            if (packet.Password != null)
            {
                position = OutgoingProperties.WriteBinary(packet.Password, packet.PasswordOffset, packet.PasswordLength,
                    buffer, position);
            }

            return position - offset;
        }

        private static long RemainingLength(int version, ConnectPacket packet, out int clientIdSize, out int willTopicSize,
            out int userNameSize)
        {
            clientIdSize = 0;
            willTopicSize = 0;
            userNameSize = 0;
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            if (packet == null)
            {
                return EncodeStatus.InvalidArgument;
            }

            bool v5 = version == MqttVersion.V500;
            if (packet.KeepAliveSeconds < 0 || packet.KeepAliveSeconds > 0xFFFF)
            {
                return EncodeStatus.InvalidKeepAlive;
            }

            clientIdSize = packet.ClientIdBytes == null ? Utf8.Size(packet.ClientId)
                : packet.ClientIdLength < 0 || packet.ClientIdLength > packet.ClientIdBytes.Length ? -1 : packet.ClientIdLength;
            if (clientIdSize < 0 || clientIdSize > Utf8.MaxLength || (!v5 && clientIdSize == 0 && !packet.CleanStart))
            {
                return EncodeStatus.InvalidClientId;
            }

            long remaining = 10 + 2 + clientIdSize;
            if (v5)
            {
                int block = OutgoingProperties.BlockSize(packet.Properties, PropertyScope.Connect);
                if (block < 0)
                {
                    return block;
                }

                remaining += block;
            }

            if (packet.WillTopic != null)
            {
                willTopicSize = TopicName.Size(packet.WillTopic, false);
                if (willTopicSize < 0 || packet.WillQos < 0 || packet.WillQos > 2 || packet.WillPayloadLength > Utf8.MaxLength
                    || !(packet.WillPayload == null
                        ? packet.WillPayloadLength == 0
                        : Window.IsValid(packet.WillPayload, packet.WillPayloadOffset, packet.WillPayloadLength)))
                {
                    return EncodeStatus.InvalidWill;
                }

                remaining += 2 + willTopicSize + 2 + packet.WillPayloadLength;
                if (v5)
                {
                    int block = OutgoingProperties.BlockSize(packet.WillProperties, PropertyScope.Will);
                    if (block < 0)
                    {
                        return block;
                    }

                    remaining += block;
                }
            }
            else if (packet.WillQos != 0 || packet.WillRetain || packet.WillPayloadLength != 0
                || (v5 && packet.WillProperties != null && !packet.WillProperties.IsEmpty))
            {
                return EncodeStatus.InvalidWill;
            }

            if (packet.UserName != null)
            {
                userNameSize = Utf8.Size(packet.UserName);
                if (userNameSize < 0 || userNameSize > Utf8.MaxLength)
                {
                    return EncodeStatus.InvalidUserName;
                }

                remaining += 2 + userNameSize;
            }

            if (packet.Password != null)
            {
                if (!Window.IsValid(packet.Password, packet.PasswordOffset, packet.PasswordLength)
                    || packet.PasswordLength > Utf8.MaxLength || (!v5 && packet.UserName == null))
                {
                    return EncodeStatus.InvalidPassword;
                }

                remaining += 2 + packet.PasswordLength;
            }

            return remaining;
        }
    }
}
