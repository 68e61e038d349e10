namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// The Subscription Options byte of SUBSCRIBE (5.0 §3.8.3.1): bits 0-1 maximum QoS, bit 2 No Local, bit 3 Retain As
    /// Published, bits 4-5 Retain Handling, bits 6-7 reserved. 3.1.1 has the QoS bits only.
    /// </summary>
    public static class SubscriptionOptions
    {
        /// <summary>Do not receive one's own publications (not on shared subscriptions).</summary>
        public const int NoLocal = 0x04;

        /// <summary>Keep the RETAIN flag of forwarded messages.</summary>
        public const int RetainAsPublished = 0x08;

        /// <summary>Retain Handling 0: send retained messages at subscribe time.</summary>
        public const int SendRetainedAtSubscribe = 0;

        /// <summary>Retain Handling 1: send retained messages only if the subscription is new.</summary>
        public const int SendRetainedIfNew = 1;

        /// <summary>Retain Handling 2: do not send retained messages.</summary>
        public const int DoNotSendRetained = 2;

        /// <summary>
        /// The options byte, or -1 when <paramref name="qos"/> or <paramref name="retainHandling"/> is out of range.
        /// </summary>
        public static int Compose(int qos, bool noLocal, bool retainAsPublished, int retainHandling)
        {
            if (qos < 0 || qos > 2 || retainHandling < 0 || retainHandling > 2)
            {
                return -1;
            }

            return qos | (noLocal ? NoLocal : 0) | (retainAsPublished ? RetainAsPublished : 0) | (retainHandling << 4);
        }

        /// <summary>
        /// False when the version cannot send <paramref name="options"/> for <paramref name="filter"/>: 3.1.1 has the QoS
        /// bits only; 5.0 forbids No Local on a shared subscription [MQTT-3.8.3-4].
        /// </summary>
        internal static bool AreAllowed(int options, string filter, bool v5)
        {
            return v5 ? (options & NoLocal) == 0 || !TopicFilter.IsShared(filter) : options <= 2;
        }
    }
}
