namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// The client's subscriptions (filter, QoS, state, packet id of the pending SUBSCRIBE/UNSUBSCRIBE) in a fixed
    /// table: what the client restores after a reconnect when the broker has no session.
    /// </summary>
    public sealed class SubscriptionTable
    {
        private readonly string[] filters;
        private readonly int[] qosLevels;
        private readonly int[] states;
        private readonly int[] packetIds;

        /// <summary>A table of <paramref name="capacity"/> subscriptions.</summary>
        public SubscriptionTable(int capacity)
        {
            if (capacity < 1)
            {
                capacity = 1;
            }

            filters = new string[capacity];
            qosLevels = new int[capacity];
            states = new int[capacity];
            packetIds = new int[capacity];
        }

        /// <summary>Entries the table holds at most (iterate 0 .. Capacity-1, skipping <see cref="SubscriptionState.Free"/>).</summary>
        public int Capacity
        {
            get { return states.Length; }
        }

        /// <summary>Entries in use.</summary>
        public int Count
        {
            get
            {
                int count = 0;
                for (int i = 0; i < states.Length; i++)
                {
                    if (states[i] != SubscriptionState.Free)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>Filter of an entry.</summary>
        public string GetFilter(int index)
        {
            return filters[index];
        }

        /// <summary>Requested QoS of an entry.</summary>
        public int GetQos(int index)
        {
            return qosLevels[index];
        }

        /// <summary>State of an entry (<see cref="SubscriptionState"/>).</summary>
        public int GetState(int index)
        {
            return states[index];
        }

        /// <summary>Packet id of the SUBSCRIBE/UNSUBSCRIBE in flight for an entry (0 when none).</summary>
        public int GetPacketId(int index)
        {
            return packetIds[index];
        }

        /// <summary>The entry of <paramref name="filter"/> (same string), or -1.</summary>
        public int Find(string filter)
        {
            for (int i = 0; i < states.Length; i++)
            {
                if (states[i] != SubscriptionState.Free && string.Equals(filters[i], filter))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The entry waiting for SUBACK/UNSUBACK <paramref name="packetId"/>, or -1.</summary>
        public int FindPending(int packetId)
        {
            for (int i = 0; i < states.Length; i++)
            {
                if (packetIds[i] == packetId && packetId != 0
                    && (states[i] == SubscriptionState.Subscribing || states[i] == SubscriptionState.Unsubscribing))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The entry of <paramref name="filter"/>, added as <see cref="SubscriptionState.Pending"/> if new; -1 when full.</summary>
        public int Put(string filter, int qos)
        {
            int index = Find(filter);
            if (index < 0)
            {
                for (int i = 0; i < states.Length && index < 0; i++)
                {
                    if (states[i] == SubscriptionState.Free)
                    {
                        index = i;
                    }
                }

                if (index < 0)
                {
                    return -1;
                }

                filters[index] = filter;
                Set(index, SubscriptionState.Pending, 0);
            }

            qosLevels[index] = qos;
            return index;
        }

        /// <summary>Sets the state and pending packet id of an entry.</summary>
        public void Set(int index, int state, int packetId)
        {
            states[index] = state;
            packetIds[index] = packetId;
        }

        /// <summary>Frees an entry.</summary>
        public void Remove(int index)
        {
            Set(index, SubscriptionState.Free, 0);
            filters[index] = null;
        }
    }
}
