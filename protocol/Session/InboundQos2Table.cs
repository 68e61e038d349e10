namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Packet ids of incoming QoS 2 messages delivered to the application and awaiting PUBREL, oldest first: a
    /// retransmitted PUBLISH (DUP) whose id is here is not delivered again (exactly once). Fixed size. Ids carried over a
    /// reconnect stay "unconfirmed" until the broker resends their PUBREL or PUBLISH; a broker that lost that state
    /// (mosquitto restarted from its database) never will, so those are the first to go when the table is full.
    /// </summary>
    public sealed class InboundQos2Table
    {
        private readonly int[] ids;
        private readonly bool[] confirmed;
        private int count;

        /// <summary>A table of <paramref name="capacity"/> ids.</summary>
        public InboundQos2Table(int capacity)
        {
            if (capacity < 1)
            {
                capacity = 1;
            }

            ids = new int[capacity];
            confirmed = new bool[capacity];
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

        /// <summary>Adds an id (newest); false when the table is full.</summary>
        public bool Add(int packetId)
        {
            if (count >= ids.Length)
            {
                return false;
            }

            ids[count] = packetId;
            confirmed[count] = true;
            count++;
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

            RemoveAt(index);
            return true;
        }

        /// <summary>The broker still knows this id (it sent its PUBLISH again or its PUBREL).</summary>
        public void Confirm(int packetId)
        {
            int index = IndexOf(packetId);
            if (index >= 0)
            {
                confirmed[index] = true;
            }
        }

        /// <summary>A new connection resumed the session: every id waits for the broker to confirm it.</summary>
        public void Unconfirm()
        {
            for (int i = 0; i < count; i++)
            {
                confirmed[i] = false;
            }
        }

        /// <summary>Removes the oldest unconfirmed id; false when every id was confirmed on this connection.</summary>
        public bool EvictUnconfirmed()
        {
            for (int i = 0; i < count; i++)
            {
                if (!confirmed[i])
                {
                    RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Removes the oldest id.</summary>
        public void EvictOldest()
        {
            if (count > 0)
            {
                RemoveAt(0);
            }
        }

        /// <summary>Forgets every id (the broker has no session).</summary>
        public void Clear()
        {
            count = 0;
        }

        private void RemoveAt(int index)
        {
            count--;
            for (int i = index; i < count; i++)
            {
                ids[i] = ids[i + 1];
                confirmed[i] = confirmed[i + 1];
            }
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
