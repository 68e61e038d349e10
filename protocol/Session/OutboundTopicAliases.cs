using System;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// 5.0 topic aliases the client assigns to its most used topics (§3.3.2.3.4), in fixed memory: entries of
    /// <c>topicBytes</c> bytes, a use count each, at most the broker's Topic Alias Maximum in use per connection.
    /// Replacement rule (frequent-items counting): a topic in the table adds 1 to its count; a topic outside a full table
    /// takes 1 from the least-counted entry (lowest alias on ties) and takes over that alias when its count reaches 0.
    /// A topic used more often than the least used aliased one thus ends up aliased; a one-off topic never displaces a
    /// busy one. Rewrites encoded PUBLISH packets (stored with their full topic) into their aliased form when sent.
    /// </summary>
    internal sealed class OutboundTopicAliases
    {
        /// <summary>Bytes of the Topic Alias property (identifier + Two Byte Integer).</summary>
        public const int PropertySize = 3;

        private readonly byte[] topics;
        private readonly int[] lengths;
        private readonly int[] counts;
        private readonly bool[] established;
        private readonly int slot;
        private int limit;

        public OutboundTopicAliases(int capacity, int topicBytes)
        {
            capacity = capacity < 0 ? 0 : capacity > 65535 ? 65535 : capacity;
            slot = topicBytes < 1 ? 1 : topicBytes;
            topics = new byte[capacity * slot];
            lengths = new int[capacity];
            counts = new int[capacity];
            established = new bool[capacity];
        }

        /// <summary>Aliases usable on this connection: our capacity capped by the broker's Topic Alias Maximum.</summary>
        public int Limit
        {
            get { return limit; }
        }

        /// <summary>New connection: the broker knows no alias; entries keep their topics and counts.</summary>
        public void Reset(int brokerMaximum)
        {
            limit = brokerMaximum < lengths.Length ? brokerMaximum : lengths.Length;
            for (int i = 0; i < established.Length; i++)
            {
                established[i] = false;
            }
        }

        /// <summary>
        /// The alias for the topic at <paramref name="offset"/> (0: send without alias) and whether the topic must go
        /// with it (the alias is new or re-mapped on this connection).
        /// </summary>
        public int Use(byte[] buffer, int offset, int length, out bool withTopic)
        {
            withTopic = false;
            if (limit == 0 || length == 0 || length > slot)
            {
                return 0;
            }

            int least = -1;
            for (int i = 0; i < limit; i++)
            {
                if (lengths[i] == length && Utf8.BytesEqual(topics, i * slot, buffer, offset, length))
                {
                    counts[i]++;
                    withTopic = !established[i];
                    established[i] = true;
                    return i + 1;
                }

                if (least < 0 || counts[i] < counts[least])
                {
                    least = i;
                }
            }

            if (counts[least] > 0)
            {
                counts[least]--;
            }

            if (counts[least] > 0)
            {
                return 0;
            }

            Array.Copy(buffer, offset, topics, least * slot, length);
            lengths[least] = length;
            counts[least] = 1;
            established[least] = true;
            withTopic = true;
            return least + 1;
        }

        /// <summary>The topic bytes of <paramref name="alias"/> (for tests and diagnostics): offset in <see cref="Topics"/>.</summary>
        public int Find(int alias, out int length)
        {
            length = lengths[alias - 1];
            return (alias - 1) * slot;
        }

        public byte[] Topics
        {
            get { return topics; }
        }

        /// <summary>
        /// Writes the PUBLISH in <paramref name="source"/> (full topic, no alias) into <paramref name="destination"/>
        /// with a Topic Alias property, and the topic only when <paramref name="withTopic"/>. Returns the new size, or
        /// -1 when it does not fit in <paramref name="limitSize"/>.
        /// </summary>
        public static int Rewrite(byte[] source, int length, int alias, bool withTopic, byte[] destination, int limitSize)
        {
            int used = VariableByteInteger.Read(source, 1, length - 1, out int _);
            int position = 1 + used;
            int topicLength = BigEndian.ReadUInt16(source, position);
            int topicStart = position + 2;
            position = topicStart + topicLength;
            int qos = (source[0] >> 1) & 0x03;
            int idStart = position;
            position += qos > 0 ? 2 : 0;
            int propertiesUsed = VariableByteInteger.Read(source, position, length - position, out int propertiesLength);
            int propertiesStart = position + propertiesUsed;
            int payloadStart = propertiesStart + propertiesLength;
            int payloadLength = length - payloadStart;
            int newProperties = propertiesLength + PropertySize;
            int sentTopic = withTopic ? topicLength : 0;
            int remaining = 2 + sentTopic + (qos > 0 ? 2 : 0) + VariableByteInteger.Size(newProperties) + newProperties
                + payloadLength;
            int size = 1 + VariableByteInteger.Size(remaining) + remaining;
            if (size > limitSize || size > destination.Length)
            {
                return -1;
            }

            destination[0] = source[0];
            int at = 1 + VariableByteInteger.Write(remaining, destination, 1, VariableByteInteger.MaxSize);
            BigEndian.WriteUInt16(destination, at, sentTopic);
            at += 2;
            if (sentTopic > 0)
            {
                Array.Copy(source, topicStart, destination, at, sentTopic);
                at += sentTopic;
            }

            if (qos > 0)
            {
                destination[at++] = source[idStart];
                destination[at++] = source[idStart + 1];
            }

            at += VariableByteInteger.Write(newProperties, destination, at, VariableByteInteger.MaxSize);
            destination[at++] = PropertyId.TopicAlias;
            BigEndian.WriteUInt16(destination, at, alias);
            at += 2;
            Array.Copy(source, propertiesStart, destination, at, propertiesLength + payloadLength);
            return size;
        }

        /// <summary>Offset and length of the topic name in an encoded PUBLISH.</summary>
        public static int TopicOffset(byte[] packet, int length, out int topicLength)
        {
            int used = VariableByteInteger.Read(packet, 1, length - 1, out int _);
            topicLength = BigEndian.ReadUInt16(packet, 1 + used);
            return 3 + used;
        }
    }
}
