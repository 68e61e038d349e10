namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Topic Filters (5.0 §4.7) and matching. A filter is 1..65535 bytes of valid UTF-8; <c>#</c> stands alone as the
    /// last level, <c>+</c> stands alone in its level. In 5.0 a shared subscription is <c>$share/{ShareName}/{filter}</c>
    /// (§4.8.2). Matching allocates nothing: a filter starting with a wildcard does not match a topic starting with
    /// <c>$</c>, <c>sport/#</c> also matches <c>sport</c>, and a <c>$share/{ShareName}/</c> prefix is skipped.
    /// </summary>
    public static class TopicFilter
    {
        private const string SharePrefix = "$share/";

        /// <summary>
        /// Bytes of the UTF-8 form of <paramref name="filter"/>, or <see cref="Utf8.Invalid"/> when it is not a valid
        /// Topic Filter. With <paramref name="sharedSubscriptions"/> (5.0) a <c>$share/</c> filter must also be a
        /// valid shared subscription.
        /// </summary>
        public static int Size(string filter, bool sharedSubscriptions)
        {
            if (filter == null || filter.Length == 0)
            {
                return Utf8.Invalid;
            }

            int start = 0;
            if (sharedSubscriptions && IsShared(filter))
            {
                start = SharedFilterStart(filter);
                if (start < 0)
                {
                    return Utf8.Invalid;
                }
            }

            if (!LevelsAreValid(filter, start))
            {
                return Utf8.Invalid;
            }

            int size = Utf8.Size(filter);
            return size > Utf8.MaxLength ? Utf8.Invalid : size;
        }

        /// <summary>True when <paramref name="filter"/> is a valid Topic Filter (5.0 rules, shared subscriptions included).</summary>
        public static bool IsValid(string filter)
        {
            return Size(filter, true) >= 0;
        }

        /// <summary>True when <paramref name="filter"/> starts with <c>$share/</c>.</summary>
        public static bool IsShared(string filter)
        {
            if (filter == null || filter.Length < SharePrefix.Length)
            {
                return false;
            }

            for (int i = 0; i < SharePrefix.Length; i++)
            {
                if (filter[i] != SharePrefix[i])
                {
                    return false;
                }
            }

            return true;
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
            if (slash <= nameStart || slash == filter.Length - 1)
            {
                return -1;
            }

            for (int i = nameStart; i < slash; i++)
            {
                char c = filter[i];
                if (c == '+' || c == '#')
                {
                    return -1;
                }
            }

            return slash + 1;
        }

        /// <summary>True when the Topic Name <paramref name="topic"/> matches <paramref name="filter"/>.</summary>
        public static bool Matches(string filter, string topic)
        {
            if (filter == null || topic == null || filter.Length == 0)
            {
                return false;
            }

            int f = SharedFilterStart(filter);
            if (f < 0)
            {
                return false;
            }

            int filterLength = filter.Length;
            int topicLength = topic.Length;
            if (topicLength > 0 && topic[0] == '$' && (filter[f] == '+' || filter[f] == '#'))
            {
                return false;
            }

            int t = 0;
            while (true)
            {
                if (f < filterLength && filter[f] == '#')
                {
                    return true;
                }

                int filterEnd = LevelEnd(filter, f);
                int topicEnd = LevelEnd(topic, t);

                if (!(filterEnd - f == 1 && filter[f] == '+') && !SameLevel(filter, f, filterEnd, topic, t, topicEnd))
                {
                    return false;
                }

                bool filterDone = filterEnd == filterLength;
                bool topicDone = topicEnd == topicLength;
                if (filterDone || topicDone)
                {
                    return (filterDone && topicDone) || (topicDone && IsParentWildcard(filter, filterEnd));
                }

                f = filterEnd + 1;
                t = topicEnd + 1;
            }
        }

        /// <summary>
        /// True when the Topic Name held as UTF-8 in <paramref name="topicLength"/> bytes at <paramref name="topicOffset"/>
        /// (a received PUBLISH view) matches <paramref name="filter"/>. Allocates nothing.
        /// </summary>
        public static bool Matches(string filter, byte[] buffer, int topicOffset, int topicLength)
        {
            if (filter == null || buffer == null || filter.Length == 0)
            {
                return false;
            }

            int f = SharedFilterStart(filter);
            if (f < 0)
            {
                return false;
            }

            int filterLength = filter.Length;
            int topicEndAll = topicOffset + topicLength;
            if (topicLength > 0 && buffer[topicOffset] == (byte)'$' && (filter[f] == '+' || filter[f] == '#'))
            {
                return false;
            }

            int t = topicOffset;
            while (true)
            {
                if (f < filterLength && filter[f] == '#')
                {
                    return true;
                }

                int filterEnd = LevelEnd(filter, f);
                int topicEnd = t;
                while (topicEnd < topicEndAll && buffer[topicEnd] != (byte)'/')
                {
                    topicEnd++;
                }

                if (!(filterEnd - f == 1 && filter[f] == '+')
                    && !Utf8.RangeEquals(filter, f, filterEnd, buffer, t, topicEnd - t))
                {
                    return false;
                }

                bool filterDone = filterEnd == filterLength;
                bool topicDone = topicEnd == topicEndAll;
                if (filterDone || topicDone)
                {
                    return (filterDone && topicDone) || (topicDone && IsParentWildcard(filter, filterEnd));
                }

                f = filterEnd + 1;
                t = topicEnd + 1;
            }
        }

        private static int LevelEnd(string text, int start)
        {
            int length = text.Length;
            while (start < length && text[start] != '/')
            {
                start++;
            }

            return start;
        }

        // "sport/#" matches "sport": the rest of the filter is exactly "/#".
        private static bool IsParentWildcard(string filter, int levelEnd)
        {
            return levelEnd + 2 == filter.Length && filter[levelEnd] == '/' && filter[levelEnd + 1] == '#';
        }

        private static bool SameLevel(string filter, int f, int filterEnd, string topic, int t, int topicEnd)
        {
            if (filterEnd - f != topicEnd - t)
            {
                return false;
            }

            for (; f < filterEnd; f++, t++)
            {
                if (filter[f] != topic[t])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool LevelsAreValid(string filter, int start)
        {
            int length = filter.Length;
            if (start >= length)
            {
                return false;
            }

            int levelStart = start;
            for (int i = start; i < length; i++)
            {
                char c = filter[i];
                if (c == '/')
                {
                    levelStart = i + 1;
                }
                else if (c == '+')
                {
                    if (i != levelStart || (i + 1 < length && filter[i + 1] != '/'))
                    {
                        return false;
                    }
                }
                else if (c == '#')
                {
                    if (i != levelStart || i + 1 != length)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
