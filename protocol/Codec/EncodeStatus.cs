namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// What an encoder returns instead of a length when it writes nothing. Every status is negative, so
    /// <c>result &gt;= 0</c> always means "this many bytes were written". The name says which field was refused.
    /// </summary>
    public static class EncodeStatus
    {
        /// <summary>The packet does not fit in the window (offset, count) given.</summary>
        public const int BufferTooSmall = -1;

        /// <summary>
        /// The packet is larger than the protocol allows (Remaining Length over 268,435,455) or than the maximum
        /// packet size checked with <see cref="PacketLimit.Check"/>.
        /// </summary>
        public const int PacketTooLarge = -2;

        /// <summary>The version is neither <see cref="MqttVersion.V311"/> nor <see cref="MqttVersion.V500"/>.</summary>
        public const int InvalidVersion = -3;

        /// <summary>The window is not inside the buffer, or a required argument is null.</summary>
        public const int InvalidArgument = -4;

        /// <summary>The Client Identifier is not a valid UTF-8 string, or is empty without Clean Session in 3.1.1.</summary>
        public const int InvalidClientId = -5;

        /// <summary>The Topic Name is empty (without a Topic Alias), contains a wildcard or is not valid UTF-8.</summary>
        public const int InvalidTopicName = -6;

        /// <summary>A Topic Filter is empty, misplaces a wildcard, is a malformed shared subscription or invalid UTF-8.</summary>
        public const int InvalidTopicFilter = -7;

        /// <summary>A QoS is not 0, 1 or 2.</summary>
        public const int InvalidQos = -8;

        /// <summary>A Packet Identifier is 0 or over 65535 where one is required, or non-zero on a QoS 0 PUBLISH.</summary>
        public const int InvalidPacketId = -9;

        /// <summary>The Will Topic, Will QoS, Will Retain or Will Payload is invalid (QoS or Retain without a Will Topic).</summary>
        public const int InvalidWill = -10;

        /// <summary>The User Name is not a valid UTF-8 string.</summary>
        public const int InvalidUserName = -11;

        /// <summary>The Password window is invalid, over 65535 bytes, or (3.1.1) given without a User Name.</summary>
        public const int InvalidPassword = -12;

        /// <summary>A property is not allowed in this packet, or its value is invalid.</summary>
        public const int InvalidProperty = -13;

        /// <summary>The reason code is not one this packet may carry.</summary>
        public const int InvalidReasonCode = -14;

        /// <summary>
        /// Subscription options are invalid: No Local on a shared subscription, or (3.1.1) options other than QoS.
        /// </summary>
        public const int InvalidSubscriptionOptions = -15;

        /// <summary>A SUBSCRIBE or UNSUBSCRIBE carries no Topic Filter.</summary>
        public const int NoTopicFilter = -16;

        /// <summary>The payload window is not inside the payload array, or is negative.</summary>
        public const int InvalidPayload = -17;

        /// <summary>The Keep Alive is outside 0..65535 seconds.</summary>
        public const int InvalidKeepAlive = -18;

        /// <summary>True when <paramref name="result"/> is a length (0 or more), false for a status.</summary>
        public static bool IsSuccess(int result)
        {
            return result >= 0;
        }
    }
}
