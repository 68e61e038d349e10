namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Outgoing messages as encoded packets, oldest first: queued ones (not sent on this connection) and QoS 1/2 ones in
    /// flight (kept until PUBACK / PUBCOMP for retransmission). A fixed table of entries over a byte ring in an
    /// <see cref="IOutboxStore"/>: each packet is stored contiguously after the newest one (wrapping to the start when
    /// the end has no room). An acknowledged entry's bytes are free at once when it is the oldest or the newest; otherwise
    /// when the entries around it are gone (a message stuck in flight delays the reuse of the bytes after it, never a
    /// loss: the new message is refused with OutboxFull).
    /// </summary>
    public sealed class Outbox
    {
        private readonly IOutboxStore store;
        private readonly int[] packetIds;
        private readonly int[] qosLevels;
        private readonly int[] states;
        private readonly int[] positions;
        private readonly int[] lengths;
        private int span;
        private int live;
        private int queued;
        private int inflight;

        /// <summary>An outbox of at most <paramref name="entries"/> messages in <paramref name="store"/>.</summary>
        public Outbox(IOutboxStore store, int entries)
        {
            this.store = store;
            if (entries < 1)
            {
                entries = 1;
            }

            packetIds = new int[entries];
            qosLevels = new int[entries];
            states = new int[entries];
            positions = new int[entries];
            lengths = new int[entries];
        }

        /// <summary>Messages stored (queued and in flight).</summary>
        public int Count
        {
            get { return live; }
        }

        /// <summary>Messages waiting to be sent on this connection.</summary>
        public int QueuedCount
        {
            get { return queued; }
        }

        /// <summary>QoS 1/2 messages sent and not yet completed.</summary>
        public int InflightCount
        {
            get { return inflight; }
        }

        /// <summary>Entries the table holds at most.</summary>
        public int Capacity
        {
            get { return states.Length; }
        }

        /// <summary>
        /// Slots from the oldest entry to the newest (live entries and entries freed since the last
        /// <see cref="Compact"/>): iterate with <see cref="SlotAt"/>.
        /// </summary>
        public int Span
        {
            get { return span; }
        }

        /// <summary>
        /// Slot of the <paramref name="index"/>-th entry, oldest first (0 &lt;= index &lt; <see cref="Span"/>). Slots stay
        /// valid until the next <see cref="Add"/> or <see cref="Compact"/>.
        /// </summary>
        public int SlotAt(int index)
        {
            return index;
        }

        /// <summary>State of a slot (<see cref="OutboxState"/>).</summary>
        public int GetState(int slot)
        {
            return states[slot];
        }

        /// <summary>Packet identifier of a slot (0 for a queued QoS 0 message).</summary>
        public int GetPacketId(int slot)
        {
            return packetIds[slot];
        }

        /// <summary>QoS of a slot.</summary>
        public int GetQos(int slot)
        {
            return qosLevels[slot];
        }

        /// <summary>
        /// Stores a packet as <see cref="OutboxState.Queued"/>, newest; returns its slot, or
        /// <see cref="PublishStatus.OutboxFull"/> (no entry or no contiguous room), or <see cref="PublishStatus.TooLarge"/>
        /// (larger than the whole store).
        /// </summary>
        public int Add(byte[] packet, int offset, int length, int packetId, int qos)
        {
            Compact();
            if (length > store.Capacity)
            {
                return PublishStatus.TooLarge;
            }

            int position = span < states.Length ? Place(length) : -1;
            if (position < 0)
            {
                return PublishStatus.OutboxFull;
            }

            int slot = span++;
            live++;
            queued++;
            store.Write(position, packet, offset, length);
            packetIds[slot] = packetId;
            qosLevels[slot] = qos;
            states[slot] = OutboxState.Queued;
            positions[slot] = position;
            lengths[slot] = length;
            return slot;
        }

        /// <summary>Copies the packet of a slot to <paramref name="destination"/>; returns its length.</summary>
        public int Read(int slot, byte[] destination, int offset)
        {
            store.Read(positions[slot], destination, offset, lengths[slot]);
            return lengths[slot];
        }

        /// <summary>Length of the packet of a slot.</summary>
        public int GetLength(int slot)
        {
            return lengths[slot];
        }

        /// <summary>The live slot holding QoS 1/2 packet <paramref name="packetId"/>, or -1.</summary>
        public int Find(int packetId)
        {
            for (int i = 0; i < span; i++)
            {
                if (states[i] != OutboxState.Free && packetIds[i] == packetId && qosLevels[i] > 0)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Moves a live slot to another state.</summary>
        public void SetState(int slot, int state)
        {
            Tally(states[slot], -1);
            states[slot] = state;
            Tally(state, 1);
        }

        /// <summary>Frees a slot; its entry leaves the table at the next <see cref="Compact"/>.</summary>
        public void Remove(int slot)
        {
            if (states[slot] == OutboxState.Free)
            {
                return;
            }

            Tally(states[slot], -1);
            live--;
            states[slot] = OutboxState.Free;
            packetIds[slot] = 0;
        }

        /// <summary>Every message in flight goes back to <see cref="OutboxState.Queued"/> (the broker lost the session).</summary>
        public void RequeueInflight()
        {
            for (int i = 0; i < span; i++)
            {
                if (states[i] == OutboxState.AwaitingAck || states[i] == OutboxState.AwaitingComplete)
                {
                    SetState(i, OutboxState.Queued);
                }
            }
        }

        /// <summary>Drops freed entries from the table, keeping the order of the others.</summary>
        public void Compact()
        {
            if (live == span)
            {
                return;
            }

            int kept = 0;
            for (int i = 0; i < span; i++)
            {
                if (states[i] == OutboxState.Free)
                {
                    continue;
                }

                if (kept != i)
                {
                    packetIds[kept] = packetIds[i];
                    qosLevels[kept] = qosLevels[i];
                    states[kept] = states[i];
                    positions[kept] = positions[i];
                    lengths[kept] = lengths[i];
                    states[i] = OutboxState.Free;
                }

                kept++;
            }

            span = kept;
        }

        // Live entries lie in allocation order around the ring, from the oldest's start to the newest's end; the
        // free room is after the newest (up to the end of the store, then from its start up to the oldest).
        private int Place(int length)
        {
            if (span == 0)
            {
                return 0;
            }

            int oldest = positions[0];
            int newest = span - 1;
            int end = positions[newest] + lengths[newest];
            if (positions[newest] >= oldest)
            {
                if (store.Capacity - end >= length)
                {
                    return end;
                }

                return oldest >= length ? 0 : -1;
            }

            return oldest - end >= length ? end : -1;
        }

        private void Tally(int state, int delta)
        {
            if (state == OutboxState.Queued)
            {
                queued += delta;
            }
            else if (state == OutboxState.AwaitingAck || state == OutboxState.AwaitingComplete)
            {
                inflight += delta;
            }
        }
    }
}
