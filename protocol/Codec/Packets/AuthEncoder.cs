namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Encodes AUTH (5.0 §3.15, 5.0 only): a reason code (Success, Continue authentication, Re-authenticate) and
    /// properties (Authentication Method and Data, Reason String, User Properties). Remaining Length 0 for Success
    /// without properties.
    /// </summary>
    public static class AuthEncoder
    {
        /// <summary>Bytes the packet needs, or the status that would refuse it.</summary>
        public static int Size(int version, int reasonCode, OutgoingProperties properties)
        {
            return Window.PacketSize(RemainingLength(version, reasonCode, properties));
        }

        /// <summary>
        /// Writes the packet at <paramref name="offset"/> using at most <paramref name="count"/> bytes; returns its length
        /// or a status (<see cref="EncodeStatus.InvalidVersion"/> in 3.1.1), writing nothing on error.
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

            int position = offset + FixedHeader.Write(buffer, offset, PacketType.Auth << 4, (int)remaining);
            if (remaining > 0)
            {
                buffer[position++] = (byte)reasonCode;
                OutgoingProperties.WriteBlock(properties, PropertyScope.Auth, buffer, position);
            }

            return size;
        }

        private static long RemainingLength(int version, int reasonCode, OutgoingProperties properties)
        {
            if (version != MqttVersion.V500)
            {
                return EncodeStatus.InvalidVersion;
            }

            if (!ReasonCode.IsAllowedIn(PacketType.Auth, reasonCode))
            {
                return EncodeStatus.InvalidReasonCode;
            }

            if ((properties == null || properties.IsEmpty) && reasonCode == ReasonCode.Success)
            {
                return 0;
            }

            int block = OutgoingProperties.BlockSize(properties, PropertyScope.Auth);
            return block < 0 ? block : 1 + block;
        }
    }
}
