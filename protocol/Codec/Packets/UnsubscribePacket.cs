namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of an UNSUBSCRIBE (5.0 §3.10), reused: a Packet Identifier, a bounded list of Topic Filters and 5.0
    /// properties (User Properties).
    /// </summary>
    public sealed class UnsubscribePacket
    {
        /// <summary>Topic Filters an instance holds unless told otherwise.</summary>
        public const int DefaultCapacity = 8;

        /// <summary>Packet Identifier, 1..65535.</summary>
        public int PacketId;

        /// <summary>UNSUBSCRIBE properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        private readonly string[] filters;
        private readonly int[] sizes;
        private int count;

        /// <summary>Creates a packet for up to <see cref="DefaultCapacity"/> Topic Filters.</summary>
        public UnsubscribePacket()
            : this(DefaultCapacity, new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet for up to <paramref name="capacity"/> Topic Filters using the given property set.</summary>
        public UnsubscribePacket(int capacity, OutgoingProperties properties)
        {
            if (capacity < 1)
            {
                capacity = 1;
            }

            filters = new string[capacity];
            sizes = new int[capacity];
            Properties = properties;
        }

        /// <summary>Topic Filters added.</summary>
        public int Count
        {
            get { return count; }
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

        /// <summary>Adds a Topic Filter; false when full or null (validity is checked when encoding).</summary>
        public bool Add(string filter)
        {
            if (count >= filters.Length || filter == null)
            {
                return false;
            }

            filters[count++] = filter;
            return true;
        }

        /// <summary>The Topic Filter at <paramref name="index"/>.</summary>
        public string GetFilter(int index)
        {
            return filters[index];
        }

        /// <summary>UTF-8 sizes measured by the encoder.</summary>
        internal int[] Sizes
        {
            get { return sizes; }
        }
    }
}
