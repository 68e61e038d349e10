using System;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Topic Names (5.0 §4.7): the topic of a PUBLISH. A valid UTF-8 string of 1..65535 bytes without the wildcards
    /// <c>+</c> and <c>#</c> [MQTT-3.3.2-2]; in 5.0 it may be empty when a Topic Alias stands for it.
    /// </summary>
    public static class TopicName
    {
        private static readonly object Plus = (byte)'+';
        private static readonly object Hash = (byte)'#';

        /// <summary>
        /// Bytes of the UTF-8 form of <paramref name="topic"/>, or <see cref="Utf8.Invalid"/> when it is not a valid
        /// Topic Name. A null or empty topic is valid (size 0) only when <paramref name="allowEmpty"/> is true.
        /// </summary>
        public static int Size(string topic, bool allowEmpty)
        {
            if (topic == null || topic.Length == 0)
            {
                return allowEmpty ? 0 : Utf8.Invalid;
            }

            if (topic.IndexOf('+') >= 0 || topic.IndexOf('#') >= 0)
            {
                return Utf8.Invalid;
            }

            int size = Utf8.Size(topic);
            return size > Utf8.MaxLength ? Utf8.Invalid : size;
        }

        /// <summary>
        /// Checks received Topic Name bytes: <see cref="ReasonCode.MalformedPacket"/> for invalid UTF-8,
        /// <see cref="ReasonCode.TopicNameInvalid"/> for a wildcard, else <see cref="ReasonCode.Success"/>.
        /// Emptiness is the caller's rule (it depends on the Topic Alias).
        /// </summary>
        public static int Validate(byte[] buffer, int offset, int length, bool refuseControlCharacters)
        {
            int status = Utf8.Validate(buffer, offset, length, refuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return ContainsWildcard(buffer, offset, length) ? ReasonCode.TopicNameInvalid : ReasonCode.Success;
        }

        /// <summary>
        /// True when the bytes contain <c>+</c> or <c>#</c> (ASCII, never part of a multi-byte sequence). Two native
        /// searches, no managed loop.
        /// </summary>
        internal static bool ContainsWildcard(byte[] buffer, int offset, int length)
        {
            return Array.IndexOf(buffer, Plus, offset, length) >= 0 || Array.IndexOf(buffer, Hash, offset, length) >= 0;
        }
    }
}
