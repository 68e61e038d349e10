namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Checks a packet size against a Maximum Packet Size (the broker's, from CONNACK, 5.0 §3.2.2.3.6) before anything
    /// is sent: the Client MUST NOT send a larger packet [MQTT-3.1.2-24].
    /// </summary>
    public static class PacketLimit
    {
        /// <summary>
        /// Passes through <paramref name="sizeOrStatus"/> (what an encoder's <c>Size</c> returned) when it is a status
        /// or fits in <paramref name="maximumPacketSize"/> (0 or less = no limit); otherwise returns
        /// <see cref="EncodeStatus.PacketTooLarge"/>.
        /// </summary>
        public static int Check(int sizeOrStatus, long maximumPacketSize)
        {
            if (sizeOrStatus >= 0 && maximumPacketSize > 0 && sizeOrStatus > maximumPacketSize)
            {
                return EncodeStatus.PacketTooLarge;
            }

            return sizeOrStatus;
        }
    }
}
