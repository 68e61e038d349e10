using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// 5.0 request / response (§4.10) in fixed memory: <see cref="Prepare"/> gives a request its Response Topic and a
    /// 4-byte Correlation Data (a counter) and remembers it; <see cref="Match"/> recognises the reply in the message
    /// handler and returns which request it answers. Subscribe to <see cref="ResponseTopic"/> yourself. Not thread-safe:
    /// use it from one thread (for example prepare and publish from the handler's thread, or lock around it).
    /// </summary>
    public sealed class RequestCorrelator
    {
        /// <summary>Bytes of the Correlation Data this helper sends.</summary>
        public const int CorrelationLength = 4;

        private readonly PreparedTopic responseTopic;
        private readonly int[] pending;
        private readonly byte[] correlation = new byte[CorrelationLength];
        private int last;
        private int count;

        /// <summary>Replies come to <paramref name="responseTopic"/>; at most <paramref name="capacity"/> requests wait at once.</summary>
        public RequestCorrelator(string responseTopic, int capacity)
        {
            this.responseTopic = new PreparedTopic(responseTopic);
            pending = new int[capacity < 1 ? 1 : capacity];
        }

        /// <summary>The topic replies are published to.</summary>
        public string ResponseTopic
        {
            get { return responseTopic.Topic; }
        }

        /// <summary>Requests prepared and not yet matched or cancelled.</summary>
        public int PendingCount
        {
            get { return count; }
        }

        /// <summary>
        /// Sets the Response Topic and Correlation Data of <paramref name="request"/> and returns the request's number
        /// (&gt; 0), or <see cref="PublishStatus.Busy"/> when every slot waits for a reply. Publish the message next
        /// (the correlation bytes are read during that call); cancel the number if the publish is refused.
        /// </summary>
        public int Prepare(OutgoingMessage request)
        {
            int slot = IndexOf(0);
            if (slot < 0 || request == null || !request.Properties.SetString(PropertyId.ResponseTopic, responseTopic.Topic))
            {
                return PublishStatus.Busy;
            }

            last = last >= 0x7FFFFFFF ? 1 : last + 1;
            BigEndian.WriteUInt32(correlation, 0, last);
            request.Properties.SetBinary(PropertyId.CorrelationData, correlation, 0, CorrelationLength);
            pending[slot] = last;
            count++;
            return last;
        }

        /// <summary>
        /// The number of the pending request <paramref name="message"/> answers (on the response topic, with our
        /// Correlation Data), the request then no longer pending; 0 when it is not such a reply.
        /// </summary>
        public int Match(ReceivedMessage message)
        {
            ReceivedProperties properties = message.Properties;
            if (properties == null || properties.GetLength(PropertyId.CorrelationData) != CorrelationLength
                || !message.TopicEquals(responseTopic))
            {
                return 0;
            }

            int number = (int)BigEndian.ReadUInt32(properties.Buffer, properties.GetOffset(PropertyId.CorrelationData));
            int slot = number > 0 ? IndexOf(number) : -1;
            if (slot < 0)
            {
                return 0;
            }

            pending[slot] = 0;
            count--;
            return number;
        }

        /// <summary>Forgets a pending request (no reply expected any more).</summary>
        public void Cancel(int number)
        {
            int slot = number > 0 ? IndexOf(number) : -1;
            if (slot >= 0)
            {
                pending[slot] = 0;
                count--;
            }
        }

        private int IndexOf(int number)
        {
            for (int i = 0; i < pending.Length; i++)
            {
                if (pending[i] == number)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
