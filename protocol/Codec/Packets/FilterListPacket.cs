namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of a SUBSCRIBE or UNSUBSCRIBE, reused: a Packet Identifier, a bounded list of Topic Filters (in
    /// SUBSCRIBE each with its Subscription Options) and 5.0 properties. Encoded by <see cref="FilterListEncoder"/>.
    /// </summary>
    public abstract class FilterListPacket
    {
        /// <summary>Topic Filters an instance holds unless told otherwise.</summary>
        public const int DefaultCapacity = 8;

        /// <summary>Packet Identifier, 1..65535.</summary>
        public int PacketId;

        /// <summary>The packet's properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        /// <summary>The Subscription Options byte of each Topic Filter (SUBSCRIBE), or null (UNSUBSCRIBE).</summary>
        internal readonly int[] Options;

        /// <summary>UTF-8 sizes measured by the encoder, so strings are walked once per pass.</summary>
        internal readonly int[] Sizes;

        private readonly string[] filters;
        private int count;

        internal FilterListPacket(int capacity, OutgoingProperties properties, bool withOptions)
        {
            if (capacity < 1)
            {
                capacity = 1;
            }

            filters = new string[capacity];
            Sizes = new int[capacity];
            Options = withOptions ? new int[capacity] : null;
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

        /// <summary>The Topic Filter at <paramref name="index"/>.</summary>
        public string GetFilter(int index)
        {
            return filters[index];
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

        /// <summary>Appends a Topic Filter (checked when encoding); returns its index, or -1 when full or null.</summary>
        internal int Append(string filter)
        {
            if (count >= filters.Length || filter == null)
            {
                return -1;
            }

            filters[count] = filter;
            return count++;
        }
    }
}
