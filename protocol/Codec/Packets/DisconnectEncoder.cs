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
            return ReasonAndProperties.Encode(buffer, offset, count, PacketType.Disconnect, PropertyScope.DisconnectSent,
                reasonCode, properties, RemainingLength(version, reasonCode, properties));
        }

        private static long RemainingLength(int version, int reasonCode, OutgoingProperties properties)
        {
            if (!MqttVersion.IsSupported(version))
            {
                return EncodeStatus.InvalidVersion;
            }

            return ReasonAndProperties.Size(version, PacketType.Disconnect, PropertyScope.DisconnectSent, reasonCode,
                properties);
        }
    }
}
