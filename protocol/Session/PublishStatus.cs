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
    }
}
