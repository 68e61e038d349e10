using System;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// 5.0 topic aliases the broker sets (§3.3.2.3.4): alias n (1..capacity) maps to a topic stored in one fixed byte
    /// array, <see cref="TopicBytes"/> bytes per alias. Valid for one connection; cleared on each new one.
    /// </summary>
    internal sealed class InboundTopicAliases
    {
        private const int Unset = -1;
        private const int TooLong = -2;
        private readonly byte[] topics;
        private readonly int[] lengths;
        private readonly int slot;

        public InboundTopicAliases(int capacity, int topicBytes)
        {
            capacity = capacity < 0 ? 0 : capacity > 65535 ? 65535 : capacity;
            slot = topicBytes < 1 ? 1 : topicBytes;
            topics = new byte[capacity * slot];
            lengths = new int[capacity];
            Clear();
        }

        public int Capacity
        {
            get { return lengths.Length; }
        }

        public byte[] Topics
        {
            get { return topics; }
        }

        public void Clear()
        {
            for (int i = 0; i < lengths.Length; i++)
            {
                lengths[i] = Unset;
            }
        }

        /// <summary>Maps <paramref name="alias"/> to the topic bytes; a topic longer than an entry is remembered as unusable.</summary>
        public void Set(int alias, byte[] source, int offset, int length)
        {
            int index = alias - 1;
            if (length > slot)
            {
                lengths[index] = TooLong;
                return;
            }

            Array.Copy(source, offset, topics, index * slot, length);
            lengths[index] = length;
        }

        /// <summary>Offset of the alias's topic in <see cref="Topics"/>, or -1 when the alias is unknown or too long.</summary>
        public int Find(int alias, out int length)
        {
            length = lengths[alias - 1];
            return length < 0 ? -1 : (alias - 1) * slot;
        }
    }
}
