namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes DISCONNECT (3.1.1 §3.14, 5.0 §3.14). 3.1.1: two bytes, no reason code. 5.0: a reason code and properties
    /// (Session Expiry Interval, Reason String, User Properties) in the shortest form allowed: Remaining Length 0 for
    /// Normal disconnection without properties, 1 for another reason code without properties.
    /// </summary>
    public static class DisconnectEncoder
    {
        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, int reasonCode, OutgoingProperties properties)
        {
            return Window.PacketSize(RemainingLength(version, reasonCode, properties));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status, writing nothing on error.
        /// </summary>
        public static int Encode(byte[] buffer, int offset, int count, int version, int reasonCode,
            OutgoingProperties properties)
        {
            long remaining = RemainingLength(version, reasonCode, properties);
            int size = Window.Fit(buffer, offset, count, Window.PacketSize(remaining));
            if (size < 0)
            {
                return size;
            }

            int position = offset + FixedHeader.Write(buffer, offset, PacketType.Disconnect << 4, (int)remaining);
            if (remaining > 0)
            {
                buffer[position++] = (byte)reasonCode;
            }

            if (remaining > 1)
            {
                OutgoingProperties.WriteBlock(properties, PropertyScope.DisconnectSent, buffer, position);
            }

            return size;
        }

        private static long RemainingLength(int version, int reasonCode, OutgoingProperties properties)
        {
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            if (version == MqttVersion.V311)
            {
                return reasonCode == ReasonCode.NormalDisconnection ? 0 : EncodeStatus.InvalidReasonCode;
            }

            if (!ReasonCode.IsAllowedIn(PacketType.Disconnect, reasonCode))
            {
                return EncodeStatus.InvalidReasonCode;
            }

            if (properties == null || properties.IsEmpty)
            {
                return reasonCode == ReasonCode.NormalDisconnection ? 0 : 1;
            }

            int block = OutgoingProperties.BlockSize(properties, PropertyScope.DisconnectSent);
            return block < 0 ? block : 1 + block;
        }
    }
}
