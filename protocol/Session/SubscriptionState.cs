namespace Telemetry.Mqtt.Session
{
    /// <summary>Where a <see cref="SubscriptionTable"/> entry is.</summary>
    public static class SubscriptionState
    {
        /// <summary>Unused.</summary>
        public const int Free = 0;

        /// <summary>To be subscribed when connected.</summary>
        public const int Pending = 1;

        /// <summary>SUBSCRIBE sent, waiting for SUBACK.</summary>
        public const int Subscribing = 2;

        /// <summary>Granted by the broker.</summary>
        public const int Active = 3;

        /// <summary>To be unsubscribed when connected (the broker may still hold it in its session).</summary>
        public const int UnsubscribePending = 4;

        /// <summary>UNSUBSCRIBE sent, waiting for UNSUBACK.</summary>
        public const int Unsubscribing = 5;
    }
}
