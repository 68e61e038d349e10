using System.Text;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>Records every event a client raises (copies, since the client's views are reused).</summary>
    internal sealed class ClientProbe
    {
        public const int Capacity = 256;

        public readonly string[] Topics = new string[Capacity];
        public readonly string[] Payloads = new string[Capacity];
        public readonly int[] MessageQos = new int[Capacity];
        public readonly bool[] MessageDup = new bool[Capacity];
        public readonly bool[] MessageRetain = new bool[Capacity];
        public int Messages;

        public readonly int[] CompletedIds = new int[Capacity];
        public readonly int[] CompletedCodes = new int[Capacity];
        public int Completions;

        public readonly int[] SubscribedIds = new int[Capacity];
        public readonly int[] SubscribedCodes = new int[Capacity];
        public int Subscribes;

        public readonly int[] UnsubscribedIds = new int[Capacity];
        public readonly int[] UnsubscribedCodes = new int[Capacity];
        public int Unsubscribes;

        public readonly bool[] Connected = new bool[Capacity];
        public readonly int[] Reasons = new int[Capacity];
        public readonly int[] Codes = new int[Capacity];
        public readonly bool[] SessionPresent = new bool[Capacity];
        public readonly long[] RetryIn = new long[Capacity];
        public int Changes;

        public ClientProbe(MqttClient client)
        {
            client.MessageReceived += OnMessage;
            client.PublishCompleted += OnCompleted;
            client.SubscribeCompleted += OnSubscribed;
            client.UnsubscribeCompleted += OnUnsubscribed;
            client.ConnectionChanged += OnConnectionChanged;
        }

        public int LastReason
        {
            get { return Changes == 0 ? -1 : Reasons[Changes - 1]; }
        }

        public int LastCode
        {
            get { return Changes == 0 ? -1 : Codes[Changes - 1]; }
        }

        private void OnMessage(MqttClient client, ReceivedMessage message)
        {
            int i = Messages++ % Capacity;
            Topics[i] = Encoding.UTF8.GetString(message.Buffer, message.TopicOffset, message.TopicLength);
            Payloads[i] = Encoding.UTF8.GetString(message.Buffer, message.PayloadOffset, message.PayloadLength);
            MessageQos[i] = message.Qos;
            MessageDup[i] = message.Dup;
            MessageRetain[i] = message.Retain;
        }

        private void OnCompleted(MqttClient client, int packetId, int reasonCode)
        {
            int i = Completions++ % Capacity;
            CompletedIds[i] = packetId;
            CompletedCodes[i] = reasonCode;
        }

        private void OnSubscribed(MqttClient client, int packetId, int index, int reasonCode)
        {
            int i = Subscribes++ % Capacity;
            SubscribedIds[i] = packetId;
            SubscribedCodes[i] = reasonCode;
        }

        private void OnUnsubscribed(MqttClient client, int packetId, int index, int reasonCode)
        {
            int i = Unsubscribes++ % Capacity;
            UnsubscribedIds[i] = packetId;
            UnsubscribedCodes[i] = reasonCode;
        }

        private void OnConnectionChanged(MqttClient client, ConnectionEvent e)
        {
            int i = Changes++ % Capacity;
            Connected[i] = e.Connected;
            Reasons[i] = e.Reason;
            Codes[i] = e.Code;
            SessionPresent[i] = e.SessionPresent;
            RetryIn[i] = e.RetryInMilliseconds;
        }
    }
}
