namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of a SUBSCRIBE (5.0 §3.8), reused: a Packet Identifier, a bounded list of Topic Filters with their
    /// Subscription Options, and 5.0 properties (Subscription Identifier, User Properties).
    /// </summary>
    public sealed class SubscribePacket
    {
        /// <summary>Topic Filters an instance holds unless told otherwise.</summary>
        public const int DefaultCapacity = 8;

        /// <summary>Packet Identifier, 1..65535.</summary>
        public int PacketId;

        /// <summary>SUBSCRIBE properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        private readonly string[] filters;
        private readonly int[] options;
        private readonly int[] sizes;
        private int count;

        /// <summary>Creates a packet for up to <see cref="DefaultCapacity"/> Topic Filters.</summary>
        public SubscribePacket()
            : this(DefaultCapacity, new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet for up to <paramref name="capacity"/> Topic Filters using the given property set.</summary>
        public SubscribePacket(int capacity, OutgoingProperties properties)
        {
            if (capacity < 1)
            {
                capacity = 1;
            }

            filters = new string[capacity];
            options = new int[capacity];
            sizes = new int[capacity];
            Properties = properties;
        }

        /// <summary>Topic Filters added.</summary>
        public int Count
        {
            get { return count; }
        }

        /// <summary>Most Topic Filters this packet holds.</summary>
        public int Capacity
        {
            get { return filters.Length; }
        }

        /// <summary>Removes the Topic Filters (the properties stay).</summary>
        public void Clear()
        {
            for (int i = 0; i < count; i++)
            {
                filters[i] = null;
            }

            count = 0;
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
            if (composed < 0 || count >= filters.Length || filter == null)
            {
                return false;
            }

            filters[count] = filter;
            options[count] = composed;
            count++;
            return true;
        }

        /// <summary>The Topic Filter at <paramref name="index"/>.</summary>
        public string GetFilter(int index)
        {
            return filters[index];
        }

        /// <summary>The Subscription Options byte at <paramref name="index"/>.</summary>
        public int GetOptions(int index)
        {
            return options[index];
        }

        /// <summary>UTF-8 sizes measured by the encoder, so strings are walked once per pass.</summary>
        internal int[] Sizes
        {
            get { return sizes; }
        }
    }
}
