using System.Threading;
using Telemetry.Firmware.Messaging;

namespace Telemetry.Firmware.Commands
{
    /// <summary>
    /// A fixed ring of <see cref="CommandRequest"/>s between the session's thread (which adds) and the main loop
    /// (which takes). When it is full, new commands are dropped and counted.
    /// </summary>
    public sealed class CommandInbox
    {
        private readonly CommandRequest[] _slots;
        private readonly object _lock = new object();
        private int _head;
        private int _count;

        /// <summary>A ring of <paramref name="capacity"/> requests of the given sizes.</summary>
        public CommandInbox(int capacity, int maxPayload, int maxTopic, int maxCorrelation)
        {
            _slots = new CommandRequest[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _slots[i] = new CommandRequest(maxPayload, maxTopic, maxCorrelation);
            }
        }

        /// <summary>Commands dropped because the ring was full.</summary>
        public long Dropped { get; private set; }

        /// <summary>Commands waiting.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Copies the command in; false (and counted) when full.</summary>
        public bool Add(InboundMessage message, int nameOffset, int nameLength)
        {
            Monitor.Enter(_lock);
            try
            {
                if (_count == _slots.Length)
                {
                    Dropped++;
                    return false;
                }

                _slots[(_head + _count) % _slots.Length].CopyFrom(message, nameOffset, nameLength);
                _count++;
                return true;
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }

        /// <summary>Copies the oldest command into <paramref name="target"/> and removes it; false when empty.</summary>
        public bool Take(CommandRequest target)
        {
            Monitor.Enter(_lock);
            try
            {
                if (_count == 0)
                {
                    return false;
                }

                target.CopyFrom(_slots[_head]);
                _head = (_head + 1) % _slots.Length;
                _count--;
                return true;
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }
    }
}
