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
            return ReasonAndProperties.Encode(buffer, offset, count, PacketType.Auth, PropertyScope.Auth, reasonCode,
                properties, RemainingLength(version, reasonCode, properties));
        }

        private static long RemainingLength(int version, int reasonCode, OutgoingProperties properties)
        {
            if (version != MqttVersion.V500)
            {
                return EncodeStatus.InvalidVersion;
            }

            return ReasonAndProperties.Size(version, PacketType.Auth, PropertyScope.Auth, reasonCode, properties);
        }
    }
}
