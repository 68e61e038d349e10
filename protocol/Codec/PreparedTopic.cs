using System;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// A Topic Name encoded once, at start-up, for a topic the application publishes to again and again: the UTF-8
    /// bytes are checked as a Topic Name (valid UTF-8, no U+0000, no <c>+</c> or <c>#</c>, 1..65535 bytes) when the
    /// object is made, and <see cref="PublishEncoder"/> copies them with one <see cref="Array.Copy(Array, int, Array, int, int)"/>
    /// (set <see cref="PublishPacket.TopicBytes"/> or call <see cref="PublishPacket.SetTopic(PreparedTopic)"/>).
    /// Construction allocates the byte array; using the object allocates nothing.
    /// </summary>
    public sealed class PreparedTopic
    {
        private static readonly byte[] NoBytes = new byte[0];

        private string topic;
        private byte[] bytes;
        private int length;
        private int status;
        private bool empty;

        /// <summary>
        /// Encodes and checks <paramref name="topic"/>. An invalid topic gives an object with <see cref="IsValid"/>
        /// false and <see cref="Status"/> <see cref="EncodeStatus.InvalidTopicName"/>; encoding a packet with it is
        /// refused with that status. Never throws.
        /// </summary>
        public PreparedTopic(string topic)
        {
            bytes = NoBytes;
            status = EncodeStatus.InvalidTopicName;
            if (topic != null)
            {
                bytes = new byte[topic.Length * Utf8.MaxBytesPerChar];
                Prepare(topic);
            }
        }

        /// <summary>An empty cache for a packet's <see cref="PublishPacket.Topic"/> string.</summary>
        internal PreparedTopic(int capacity)
        {
            bytes = new byte[capacity];
            status = EncodeStatus.InvalidTopicName;
        }

        /// <summary>The topic as given.</summary>
        public string Topic
        {
            get { return topic; }
        }

        /// <summary>
        /// The UTF-8 form of the topic in its first <see cref="Length"/> bytes (do not change them). The array may be
        /// longer than the topic.
        /// </summary>
        public byte[] Bytes
        {
            get { return bytes; }
        }

        /// <summary>Bytes of the UTF-8 form of the topic (without the length prefix); 0 when invalid.</summary>
        public int Length
        {
            get { return length; }
        }

        /// <summary>True when the topic is a valid, non-empty Topic Name.</summary>
        public bool IsValid
        {
            get { return status == 0; }
        }

        /// <summary>0 when valid, else <see cref="EncodeStatus.InvalidTopicName"/>.</summary>
        public int Status
        {
            get { return status; }
        }

        /// <summary>True when the topic is the empty string (valid only with a Topic Alias, as a packet's own topic).</summary>
        internal bool IsEmpty
        {
            get { return empty; }
        }

        /// <summary>True when the received topic bytes equal this topic (one byte comparison, no encoding).</summary>
        public bool EqualsBytes(byte[] buffer, int offset, int count)
        {
            return status == 0 && count == length && buffer != null && offset >= 0 && offset <= buffer.Length - count
                && Utf8.BytesEqual(bytes, 0, buffer, offset, count);
        }

        /// <summary>
        /// Makes this object hold <paramref name="text"/> unless it already does (same string object): the cache behind
        /// <see cref="PublishPacket.Topic"/>. Grows the array only for a topic longer than any before.
        /// </summary>
        internal void Update(string text)
        {
            if ((object)text == (object)topic && topic != null)
            {
                return;
            }

            if (text == null)
            {
                topic = null;
                empty = false;
                length = 0;
                status = EncodeStatus.InvalidTopicName;
                return;
            }

            int characters = text.Length;
            if (bytes.Length < characters * Utf8.MaxBytesPerChar)
            {
                bytes = new byte[characters * Utf8.MaxBytesPerChar];
            }

            Prepare(text);
        }

        private void Prepare(string text)
        {
            topic = text;
            length = 0;
            empty = false;
            status = EncodeStatus.InvalidTopicName;
            int size = Utf8.Encode(text, 0, text.Length, bytes, 0);
            empty = size == 0;
            if (size <= 0 || size > Utf8.MaxLength || TopicName.ContainsWildcard(bytes, 0, size))
            {
                return;
            }

            length = size;
            status = 0;
        }
    }
}
