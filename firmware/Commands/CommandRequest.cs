using System;
using Telemetry.Firmware.Messaging;

namespace Telemetry.Firmware.Commands
{
    /// <summary>
    /// A command copied out of a received message into fixed buffers (allocated once): its name, payload, MQTT 5
    /// Response Topic and Correlation Data, DUP flag and packet id.
    /// </summary>
    public sealed class CommandRequest
    {
        /// <summary>Longest command name kept.</summary>
        public const int MaxNameLength = 32;

        /// <summary>Creates a request with room for <paramref name="maxPayload"/> payload bytes and <paramref name="maxTopic"/> response-topic bytes.</summary>
        public CommandRequest(int maxPayload, int maxTopic, int maxCorrelation)
        {
            Name = new byte[MaxNameLength];
            Payload = new byte[maxPayload];
            ResponseTopic = new byte[maxTopic];
            CorrelationData = new byte[maxCorrelation];
        }

        /// <summary>Command name bytes (the last topic level).</summary>
        public readonly byte[] Name;

        /// <summary>Bytes used in <see cref="Name"/>.</summary>
        public int NameLength;

        /// <summary>True when the name was longer than <see cref="MaxNameLength"/> (it is then unknown).</summary>
        public bool NameTooLong;

        /// <summary>Payload bytes.</summary>
        public readonly byte[] Payload;

        /// <summary>Bytes used in <see cref="Payload"/>.</summary>
        public int PayloadLength;

        /// <summary>True when the payload did not fit (the command is refused).</summary>
        public bool PayloadTooLong;

        /// <summary>MQTT 5 Response Topic bytes.</summary>
        public readonly byte[] ResponseTopic;

        /// <summary>Bytes used in <see cref="ResponseTopic"/>; 0 when the request had none (or it did not fit).</summary>
        public int ResponseTopicLength;

        /// <summary>MQTT 5 Correlation Data bytes.</summary>
        public readonly byte[] CorrelationData;

        /// <summary>Bytes used in <see cref="CorrelationData"/>; 0 when none.</summary>
        public int CorrelationDataLength;

        /// <summary>True when the correlation data did not fit (duplicates then go by packet id only).</summary>
        public bool CorrelationDataTooLong;

        /// <summary>DUP flag of the delivery.</summary>
        public bool Dup;

        /// <summary>Packet id of the delivery (0 at QoS 0).</summary>
        public int PacketId;

        /// <summary>Copies the message whose command name sits at <paramref name="nameOffset"/> in its buffer.</summary>
        public void CopyFrom(InboundMessage message, int nameOffset, int nameLength)
        {
            byte[] buffer = message.Buffer;
            NameTooLong = nameLength > Name.Length;
            NameLength = NameTooLong ? 0 : nameLength;
            Array.Copy(buffer, nameOffset, Name, 0, NameLength);

            PayloadTooLong = message.PayloadLength > Payload.Length;
            PayloadLength = PayloadTooLong ? 0 : message.PayloadLength;
            Array.Copy(buffer, message.PayloadOffset, Payload, 0, PayloadLength);

            ResponseTopicLength = 0;
            if (message.ResponseTopicOffset >= 0 && message.ResponseTopicLength <= ResponseTopic.Length)
            {
                ResponseTopicLength = message.ResponseTopicLength;
                Array.Copy(buffer, message.ResponseTopicOffset, ResponseTopic, 0, ResponseTopicLength);
            }

            CorrelationDataLength = 0;
            CorrelationDataTooLong = false;
            if (message.CorrelationDataOffset >= 0)
            {
                CorrelationDataTooLong = message.CorrelationDataLength > CorrelationData.Length;
                if (!CorrelationDataTooLong)
                {
                    CorrelationDataLength = message.CorrelationDataLength;
                    Array.Copy(buffer, message.CorrelationDataOffset, CorrelationData, 0, CorrelationDataLength);
                }
            }

            Dup = message.Dup;
            PacketId = message.PacketId;
        }

        /// <summary>Copies another request.</summary>
        public void CopyFrom(CommandRequest other)
        {
            NameLength = other.NameLength;
            NameTooLong = other.NameTooLong;
            Array.Copy(other.Name, Name, NameLength);
            PayloadLength = Math.Min(other.PayloadLength, Payload.Length);
            PayloadTooLong = other.PayloadTooLong || other.PayloadLength > Payload.Length;
            Array.Copy(other.Payload, Payload, PayloadLength);
            ResponseTopicLength = Math.Min(other.ResponseTopicLength, ResponseTopic.Length);
            Array.Copy(other.ResponseTopic, ResponseTopic, ResponseTopicLength);
            CorrelationDataLength = Math.Min(other.CorrelationDataLength, CorrelationData.Length);
            CorrelationDataTooLong = other.CorrelationDataTooLong;
            Array.Copy(other.CorrelationData, CorrelationData, CorrelationDataLength);
            Dup = other.Dup;
            PacketId = other.PacketId;
        }
    }
}
