namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Negative results of <see cref="MqttClient.Publish(OutgoingMessage)"/>, <c>Subscribe</c> and <c>Unsubscribe</c>.
    /// Nothing was sent or stored when one of these is returned.
    /// </summary>
    public static class PublishStatus
    {
        /// <summary>Not connected, and the message cannot wait (QoS 0 without <c>QueueQos0WhenOffline</c>, SUBSCRIBE...).</summary>
        public const int NotConnected = -1;

        /// <summary>The outbox has no room (bytes or entries) for the message: the caller keeps it and retries later.</summary>
        public const int OutboxFull = -2;

        /// <summary>The packet is larger than the send buffer, the outbox, or the broker's Maximum Packet Size.</summary>
        public const int TooLarge = -3;

        /// <summary>The topic name is empty, has a wildcard or is not valid UTF-8.</summary>
        public const int InvalidTopic = -4;

        /// <summary>QoS other than 0, 1, 2.</summary>
        public const int InvalidQos = -5;

        /// <summary>The payload window lies outside its array.</summary>
        public const int InvalidPayload = -6;

        /// <summary>A property is not allowed in this packet.</summary>
        public const int InvalidProperty = -7;

        /// <summary>The topic filter is not valid.</summary>
        public const int InvalidFilter = -8;

        /// <summary>The subscription table is full.</summary>
        public const int SubscriptionTableFull = -9;

        /// <summary>All pending SUBSCRIBE/UNSUBSCRIBE slots are in use; retry after the next SUBACK/UNSUBACK.</summary>
        public const int Busy = -10;

        /// <summary>The filter is not in the subscription table.</summary>
        public const int NotSubscribed = -11;

        /// <summary>The connection broke while sending; the QoS 0 message is lost (QoS 1/2 stay in the outbox).</summary>
        public const int SendFailed = -12;

        /// <summary>Any other encoder refusal (argument out of range).</summary>
        public const int InvalidArgument = -13;

        /// <summary>5.0: the packet is larger than the Maximum Packet Size the broker announced in its CONNACK.</summary>
        public const int OverBrokerMaximumPacketSize = -14;

        /// <summary>5.0: the QoS is above the broker's Maximum QoS.</summary>
        public const int QosNotSupported = -15;

        /// <summary>5.0: a retained publish to a broker that announced Retain Available 0.</summary>
        public const int RetainNotSupported = -16;

        /// <summary>5.0: a filter with <c>+</c> or <c>#</c> to a broker without Wildcard Subscription Available.</summary>
        public const int WildcardNotSupported = -17;

        /// <summary>5.0: a subscription identifier to a broker without Subscription Identifier Available.</summary>
        public const int SubscriptionIdentifierNotSupported = -18;

        /// <summary>5.0: a <c>$share/</c> filter to a broker without Shared Subscription Available.</summary>
        public const int SharedSubscriptionNotSupported = -19;

        /// <summary>
        /// 5.0: reported through <c>PublishCompleted</c> (never returned by Publish): the message's Message Expiry Interval
        /// ran out while it waited in the outbox; it was dropped and counted (<c>ExpiredCount</c>).
        /// </summary>
        public const int Expired = -20;

        /// <summary>Only in MQTT 5.0 (AUTH, subscription options other than QoS in 3.1.1).</summary>
        public const int NotSupportedInVersion = -21;
    }
}
