namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Packet ids of incoming QoS 2 messages delivered to the application and awaiting PUBREL: a PUBLISH whose id is
    /// here is a retransmission and is not delivered again (exactly once). Fixed size.
    /// </summary>
    public sealed class InboundQos2Table
    {
        private readonly int[] ids;
        private int count;

        /// <summary>A table of <paramref name="capacity"/> ids.</summary>
        public InboundQos2Table(int capacity)
        {
            ids = new int[capacity < 1 ? 1 : capacity];
        }

        /// <summary>Ids held.</summary>
        public int Count
        {
            get { return count; }
        }

        /// <summary>Ids the table holds at most.</summary>
        public int Capacity
        {
            get { return ids.Length; }
        }

        /// <summary>True when <paramref name="packetId"/> awaits its PUBREL.</summary>
        public bool Contains(int packetId)
        {
            return IndexOf(packetId) >= 0;
        }

        /// <summary>Adds an id; false when the table is full.</summary>
        public bool Add(int packetId)
        {
            if (count >= ids.Length)
            {
                return false;
            }

            ids[count++] = packetId;
            return true;
        }

        /// <summary>Removes an id; false when it was not there.</summary>
        public bool Remove(int packetId)
        {
            int index = IndexOf(packetId);
            if (index < 0)
            {
                return false;
            }

            ids[index] = ids[--count];
            return true;
        }

        /// <summary>Forgets every id (the broker has no session).</summary>
        public void Clear()
        {
            count = 0;
        }

        private int IndexOf(int packetId)
        {
            for (int i = 0; i < count; i++)
            {
                if (ids[i] == packetId)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
