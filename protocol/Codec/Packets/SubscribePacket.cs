namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of a SUBSCRIBE (5.0 §3.8), reused: a Packet Identifier, a bounded list of Topic Filters with their
    /// Subscription Options, and 5.0 properties (Subscription Identifier, User Properties).
    /// </summary>
    public sealed class SubscribePacket : FilterListPacket
    {
        /// <summary>Creates a packet for up to <see cref="FilterListPacket.DefaultCapacity"/> Topic Filters.</summary>
        public SubscribePacket()
            : this(DefaultCapacity, new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet for up to <paramref name="capacity"/> Topic Filters using the given property set.</summary>
        public SubscribePacket(int capacity, OutgoingProperties properties)
            : base(capacity, properties, true)
        {
        }

        /// <summary>Adds a Topic Filter with a maximum QoS and default options. False when full or QoS is not 0..2.</summary>
        public bool Add(string filter, int qos)
        {
            return Add(filter, qos, false, false, SubscriptionOptions.SendRetainedAtSubscribe);
        }

        /// <summary>
        /// Adds a Topic Filter with all 5.0 options. False when full or an option is out of range; the filter itself is
        /// checked when encoding (the rules depend on the version).
        /// </summary>
        public bool Add(string filter, int qos, bool noLocal, bool retainAsPublished, int retainHandling)
        {
            int composed = SubscriptionOptions.Compose(qos, noLocal, retainAsPublished, retainHandling);
            if (composed < 0)
            {
                return false;
            }

            int index = Append(filter);
            if (index < 0)
            {
                return false;
            }

            Options[index] = composed;
            return true;
        }

        /// <summary>The Subscription Options byte at <paramref name="index"/>.</summary>
        public int GetOptions(int index)
        {
            return Options[index];
        }
    }
}
