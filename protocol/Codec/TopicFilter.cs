using System;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Topic Filters (5.0 §4.7) and matching. A filter is 1..65535 bytes of valid UTF-8; <c>#</c> stands alone as the
    /// last level, <c>+</c> stands alone in its level. In 5.0 a shared subscription is <c>$share/{ShareName}/{filter}</c>
    /// (§4.8.2). Matching allocates nothing: a filter starting with a wildcard does not match a topic starting with
    /// <c>$</c>, <c>sport/#</c> also matches <c>sport</c>, and a <c>$share/{ShareName}/</c> prefix is skipped.
    /// Every check and match runs on UTF-8 bytes (levels found with the native <see cref="Array.IndexOf(Array, object, int, int)"/>);
    /// string arguments are encoded once per call with the cached encoder into a scratch buffer, never indexed.
    /// </summary>
    public static class TopicFilter
    {
        private const string SharePrefix = "$share/";
        private static readonly byte[] SharePrefixBytes = new byte[] { 0x24, 0x73, 0x68, 0x61, 0x72, 0x65, 0x2F };
        private static readonly object Slash = (byte)'/';
        private static readonly object Plus = (byte)'+';
        private static readonly object Hash = (byte)'#';

        /// <summary>
        /// Bytes of the UTF-8 form of <paramref name="filter"/>, or <see cref="Utf8.Invalid"/> when it is not a valid
        /// Topic Filter. With <paramref name="sharedSubscriptions"/> (5.0) a <c>$share/</c> filter must also be a
        /// valid shared subscription.
        /// </summary>
        public static int Size(string filter, bool sharedSubscriptions)
        {
            if (filter == null)
            {
                return Utf8.Invalid;
            }

            int length = filter.Length;
            lock (Utf8.Lock)
            {
                byte[] bytes = Utf8.Scratch(length);
                int size = Utf8.Encode(filter, 0, length, bytes, 0);
                return IsValid(bytes, 0, size, sharedSubscriptions) ? size : Utf8.Invalid;
            }
        }

        /// <summary>True when <paramref name="filter"/> is a valid Topic Filter (5.0 rules, shared subscriptions included).</summary>
        public static bool IsValid(string filter)
        {
            return Size(filter, true) >= 0;
        }

        /// <summary>
        /// True when the <paramref name="length"/> UTF-8 bytes at <paramref name="offset"/> (encoded by the cached encoder,
        /// so well-formed) are a valid Topic Filter of at most 65535 bytes.
        /// </summary>
        public static bool IsValid(byte[] buffer, int offset, int length, bool sharedSubscriptions)
        {
            if (length <= 0 || length > Utf8.MaxLength)
            {
                return false;
            }

            int start = sharedSubscriptions ? SharedFilterStart(buffer, offset, length) : 0;
            return start >= 0 && LevelsAreValid(buffer, offset + start, offset + length);
        }

        /// <summary>True when <paramref name="filter"/> starts with <c>$share/</c>.</summary>
        public static bool IsShared(string filter)
        {
            // Bytes, not string.StartsWith: that is culture-sensitive on .NET (it skips ignorable characters).
            if (filter == null || filter.Length < SharePrefix.Length)
            {
                return false;
            }

            lock (Utf8.Lock)
            {
                byte[] bytes = Utf8.Scratch(SharePrefix.Length);
                return Utf8.Encode(filter, 0, SharePrefix.Length, bytes, 0) == SharePrefix.Length
                    && Utf8.BytesEqual(bytes, 0, SharePrefixBytes, 0, SharePrefix.Length);
            }
        }

        /// <summary>
        /// Index of the Topic Filter inside a shared subscription <c>$share/{ShareName}/{filter}</c>, 0 for a filter that
        /// is not shared, or -1 for a malformed shared subscription (empty or wildcard ShareName, nothing after it).
        /// </summary>
        public static int SharedFilterStart(string filter)
        {
            if (!IsShared(filter))
            {
                return 0;
            }

            int nameStart = SharePrefix.Length;
            int slash = filter.IndexOf('/', nameStart);
            if (slash <= nameStart || slash == filter.Length - 1 || filter.IndexOf('+', nameStart, slash - nameStart) >= 0
                || filter.IndexOf('#', nameStart, slash - nameStart) >= 0)
            {
                return -1;
            }

            return slash + 1;
        }

        /// <summary>True when the Topic Name <paramref name="topic"/> matches <paramref name="filter"/>.</summary>
        public static bool Matches(string filter, string topic)
        {
            if (filter == null || topic == null)
            {
                return false;
            }

            int filterCharacters = filter.Length;
            int topicCharacters = topic.Length;
            lock (Utf8.Lock)
            {
                byte[] filterBytes = Utf8.Scratch(filterCharacters);
                byte[] topicBytes = Utf8.SecondScratch(topicCharacters);
                int filterLength = Utf8.Encode(filter, 0, filterCharacters, filterBytes, 0);
                int topicLength = Utf8.Encode(topic, 0, topicCharacters, topicBytes, 0);
                return topicLength >= 0 && Matches(filterBytes, 0, filterLength, topicBytes, 0, topicLength);
            }
        }

        /// <summary>
        /// True when the Topic Name held as UTF-8 in <paramref name="topicLength"/> bytes at <paramref name="topicOffset"/>
        /// (a received PUBLISH view) matches <paramref name="filter"/>. Allocates nothing.
        /// </summary>
        public static bool Matches(string filter, byte[] buffer, int topicOffset, int topicLength)
        {
            if (filter == null || buffer == null)
            {
                return false;
            }

            int characters = filter.Length;
            lock (Utf8.Lock)
            {
                byte[] filterBytes = Utf8.Scratch(characters);
                int filterLength = Utf8.Encode(filter, 0, characters, filterBytes, 0);
                return Matches(filterBytes, 0, filterLength, buffer, topicOffset, topicLength);
            }
        }

        /// <summary>
        /// True when the Topic Name in <paramref name="topicLength"/> bytes at <paramref name="topicOffset"/> matches the
        /// Topic Filter in <paramref name="filterLength"/> bytes at <paramref name="filterOffset"/>, both UTF-8: the form
        /// for filters encoded once at start-up. No string, no lock, no allocation.
        /// </summary>
        public static bool Matches(byte[] filter, int filterOffset, int filterLength, byte[] topic, int topicOffset,
            int topicLength)
        {
            if (filter == null || topic == null || filterLength <= 0 || topicLength < 0)
            {
                return false;
            }

            int start = SharedFilterStart(filter, filterOffset, filterLength);
            if (start < 0)
            {
                return false;
            }

            int f = filterOffset + start;
            int filterEndAll = filterOffset + filterLength;
            int topicEndAll = topicOffset + topicLength;
            if (topicLength > 0 && topic[topicOffset] == (byte)'$' && (filter[f] == (byte)'+' || filter[f] == (byte)'#'))
            {
                return false;
            }

            int t = topicOffset;
            while (true)
            {
                if (f < filterEndAll && filter[f] == (byte)'#')
                {
                    return true;
                }

                int filterEnd = LevelEnd(filter, f, filterEndAll);
                int topicEnd = LevelEnd(topic, t, topicEndAll);
                if (!(filterEnd - f == 1 && filter[f] == (byte)'+')
                    && (filterEnd - f != topicEnd - t || !Utf8.BytesEqual(filter, f, topic, t, filterEnd - f)))
                {
                    return false;
                }

                bool filterDone = filterEnd == filterEndAll;
                bool topicDone = topicEnd == topicEndAll;
                if (filterDone || topicDone)
                {
                    // "sport/#" matches "sport": the rest of the filter is exactly "/#".
                    return (filterDone && topicDone) || (topicDone && filterEnd + 2 == filterEndAll
                        && filter[filterEnd] == (byte)'/' && filter[filterEnd + 1] == (byte)'#');
                }

                f = filterEnd + 1;
                t = topicEnd + 1;
            }
        }

        /// <summary>Offset of the filter after a <c>$share/{ShareName}/</c> prefix in the bytes (0 if none), or -1.</summary>
        private static int SharedFilterStart(byte[] buffer, int offset, int length)
        {
            int nameStart = SharePrefixBytes.Length;
            if (length < nameStart || !Utf8.BytesEqual(buffer, offset, SharePrefixBytes, 0, nameStart))
            {
                return 0;
            }

            int slash = Array.IndexOf(buffer, Slash, offset + nameStart, length - nameStart) - offset;
            if (slash <= nameStart || slash == length - 1
                || Array.IndexOf(buffer, Plus, offset + nameStart, slash - nameStart) >= 0
                || Array.IndexOf(buffer, Hash, offset + nameStart, slash - nameStart) >= 0)
            {
                return -1;
            }

            return slash + 1;
        }

        private static int LevelEnd(byte[] buffer, int start, int end)
        {
            int slash = start < end ? Array.IndexOf(buffer, Slash, start, end - start) : -1;
            return slash < 0 ? end : slash;
        }

        // Subscribe-time only: one managed pass over the filter's bytes.
        private static bool LevelsAreValid(byte[] buffer, int start, int end)
        {
            if (start >= end)
            {
                return false;
            }

            int levelStart = start;
            for (int i = start; i < end; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'/')
                {
                    levelStart = i + 1;
                }
                else if (b == (byte)'+')
                {
                    if (i != levelStart || (i + 1 < end && buffer[i + 1] != (byte)'/'))
                    {
                        return false;
                    }
                }
                else if (b == (byte)'#')
                {
                    if (i != levelStart || i + 1 != end)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
