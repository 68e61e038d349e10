namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// The optional reason code and properties that end PUBACK..PUBCOMP (after the Packet Identifier), DISCONNECT and
    /// AUTH in 5.0 (§3.4.2, §3.14.2, §3.15.2): absent (Success), a reason code alone, or a reason code and properties.
    /// </summary>
    internal static class ReasonAndProperties
    {
        /// <summary>
        /// Decodes them from <paramref name="position"/> to <paramref name="end"/> into <paramref name="view"/>'s
        /// properties and <paramref name="reasonCode"/>; Malformed Packet for a code the packet may not carry, Protocol
        /// Error for one only a Client may send (<see cref="ReasonCode.IsAllowedFromServer"/>).
        /// </summary>
        internal static int Decode(byte[] buffer, int position, int end, int packetType, long scope, PacketView view,
            out int reasonCode)
        {
            reasonCode = ReasonCode.Success;
            if (position == end)
            {
                return ReasonCode.Success;
            }

            reasonCode = buffer[position++];
            if (!ReasonCode.IsAllowedIn(packetType, reasonCode))
            {
                return ReasonCode.MalformedPacket;
            }

            if (!ReasonCode.IsAllowedFromServer(packetType, reasonCode))
            {
                return ReasonCode.ProtocolError;
            }

            if (position == end)
            {
                return ReasonCode.Success;
            }

            int status = view.Properties.Decode(buffer, ref position, end, scope, view.RefuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
        }

        /// <summary>
        /// Bytes they take, or the status that refuses them. 3.1.1 has none (so Success only). 5.0: nothing for Success
        /// without properties; the reason code alone for another code without properties (acks and DISCONNECT; AUTH
        /// keeps its Property Length); else the reason code and the property block.
        /// </summary>
        internal static int Size(int version, int packetType, long scope, int reasonCode, OutgoingProperties properties)
        {
            if (version == MqttVersion.V311)
            {
                return reasonCode == ReasonCode.Success ? 0 : EncodeStatus.InvalidReasonCode;
            }

            if (!ReasonCode.IsAllowedFromClient(packetType, reasonCode))
            {
                return EncodeStatus.InvalidReasonCode;
            }

            if (properties == null || properties.IsEmpty)
            {
                if (reasonCode == ReasonCode.Success)
                {
                    return 0;
                }

                if (packetType != PacketType.Auth)
                {
                    return 1;
                }
            }

            int block = OutgoingProperties.BlockSize(properties, scope);
            return block < 0 ? block : 1 + block;
        }

        /// <summary>Writes them at <paramref name="position"/>: the <paramref name="size"/> bytes <see cref="Size"/> gave.</summary>
        internal static void Write(byte[] buffer, int position, int size, int reasonCode, long scope,
            OutgoingProperties properties)
        {
            if (size > 0)
            {
                buffer[position++] = (byte)reasonCode;
            }

            if (size > 1)
            {
                OutgoingProperties.WriteBlock(properties, scope, buffer, position);
            }
        }

        /// <summary>
        /// Writes a DISCONNECT or AUTH of <paramref name="remainingLength"/> (a status refuses it): the fixed header,
        /// then the reason code and properties. Returns the packet length or a status, writing nothing on error.
        /// </summary>
        internal static int Encode(byte[] buffer, int offset, int count, int packetType, long scope, int reasonCode,
            OutgoingProperties properties, long remainingLength)
        {
            int size = Window.StartPacket(buffer, offset, count, packetType << 4, remainingLength, out int position);
            if (size >= 0)
            {
                Write(buffer, position, (int)remainingLength, reasonCode, scope, properties);
            }

            return size;
        }
    }
}
