namespace Telemetry.Mqtt.Codec
{
    /// <summary>MQTT 5.0 property identifiers (5.0 §2.2.2.2, table 2-4) and their data types.</summary>
    public static class PropertyId
    {
        /// <summary>PUBLISH, Will: 0 = unspecified bytes, 1 = UTF-8 payload. Byte.</summary>
        public const int PayloadFormatIndicator = 0x01;

        /// <summary>PUBLISH, Will: lifetime of the message in seconds. Four Byte Integer.</summary>
        public const int MessageExpiryInterval = 0x02;

        /// <summary>PUBLISH, Will: MIME-like content type. UTF-8 String.</summary>
        public const int ContentType = 0x03;

        /// <summary>PUBLISH, Will: topic for a response. UTF-8 String (a Topic Name).</summary>
        public const int ResponseTopic = 0x08;

        /// <summary>PUBLISH, Will: data matching a response to its request. Binary Data.</summary>
        public const int CorrelationData = 0x09;

        /// <summary>PUBLISH (Server to Client), SUBSCRIBE: 1..268,435,455. Variable Byte Integer.</summary>
        public const int SubscriptionIdentifier = 0x0B;

        /// <summary>CONNECT, CONNACK, DISCONNECT: session lifetime in seconds. Four Byte Integer.</summary>
        public const int SessionExpiryInterval = 0x11;

        /// <summary>CONNACK: the Client Identifier the Server assigned. UTF-8 String.</summary>
        public const int AssignedClientIdentifier = 0x12;

        /// <summary>CONNACK: the Keep Alive the Server imposes. Two Byte Integer.</summary>
        public const int ServerKeepAlive = 0x13;

        /// <summary>CONNECT, CONNACK, AUTH: name of the extended authentication method. UTF-8 String.</summary>
        public const int AuthenticationMethod = 0x15;

        /// <summary>CONNECT, CONNACK, AUTH: authentication data. Binary Data.</summary>
        public const int AuthenticationData = 0x16;

        /// <summary>CONNECT: 0 = no Reason String or User Property on failures. Byte.</summary>
        public const int RequestProblemInformation = 0x17;

        /// <summary>Will: delay in seconds before the Will Message is published. Four Byte Integer.</summary>
        public const int WillDelayInterval = 0x18;

        /// <summary>CONNECT: 1 = ask for Response Information in CONNACK. Byte.</summary>
        public const int RequestResponseInformation = 0x19;

        /// <summary>CONNACK: basis for response topics. UTF-8 String.</summary>
        public const int ResponseInformation = 0x1A;

        /// <summary>CONNACK, DISCONNECT: another server to use. UTF-8 String.</summary>
        public const int ServerReference = 0x1C;

        /// <summary>Acknowledgments, DISCONNECT, AUTH: human readable diagnostics. UTF-8 String.</summary>
        public const int ReasonString = 0x1F;

        /// <summary>CONNECT, CONNACK: QoS 1/2 publications in flight the sender accepts, 1..65535. Two Byte Integer.</summary>
        public const int ReceiveMaximum = 0x21;

        /// <summary>CONNECT, CONNACK: highest Topic Alias the sender accepts. Two Byte Integer.</summary>
        public const int TopicAliasMaximum = 0x22;

        /// <summary>PUBLISH: 1..Topic Alias Maximum, stands for the Topic Name. Two Byte Integer.</summary>
        public const int TopicAlias = 0x23;

        /// <summary>CONNACK: highest QoS the Server supports, 0 or 1 (absent = 2). Byte.</summary>
        public const int MaximumQos = 0x24;

        /// <summary>CONNACK: 0 = retained messages not supported. Byte.</summary>
        public const int RetainAvailable = 0x25;

        /// <summary>Most packets: name/value pair, may repeat. UTF-8 String Pair.</summary>
        public const int UserProperty = 0x26;

        /// <summary>CONNECT, CONNACK: largest packet the sender accepts, 1..4,294,967,295. Four Byte Integer.</summary>
        public const int MaximumPacketSize = 0x27;

        /// <summary>CONNACK: 0 = wildcard subscriptions not supported. Byte.</summary>
        public const int WildcardSubscriptionAvailable = 0x28;

        /// <summary>CONNACK: 0 = Subscription Identifiers not supported. Byte.</summary>
        public const int SubscriptionIdentifierAvailable = 0x29;

        /// <summary>CONNACK: 0 = shared subscriptions not supported. Byte.</summary>
        public const int SharedSubscriptionAvailable = 0x2A;

        /// <summary>One more than the highest identifier: size of tables indexed by identifier.</summary>
        public const int Limit = 0x2B;

        /// <summary>The <see cref="PropertyType"/> of <paramref name="id"/>, or <see cref="PropertyType.Unknown"/>.</summary>
        public static int TypeOf(int id)
        {
            switch (id)
            {
                case PayloadFormatIndicator:
                case RequestProblemInformation:
                case RequestResponseInformation:
                case MaximumQos:
                case RetainAvailable:
                case WildcardSubscriptionAvailable:
                case SubscriptionIdentifierAvailable:
                case SharedSubscriptionAvailable:
                    return PropertyType.Byte;
                case ServerKeepAlive:
                case ReceiveMaximum:
                case TopicAliasMaximum:
                case TopicAlias:
                    return PropertyType.TwoByteInteger;
                case MessageExpiryInterval:
                case SessionExpiryInterval:
                case WillDelayInterval:
                case MaximumPacketSize:
                    return PropertyType.FourByteInteger;
                case SubscriptionIdentifier:
                    return PropertyType.VariableByteInteger;
                case ContentType:
                case ResponseTopic:
                case AssignedClientIdentifier:
                case AuthenticationMethod:
                case ResponseInformation:
                case ServerReference:
                case ReasonString:
                    return PropertyType.Utf8String;
                case CorrelationData:
                case AuthenticationData:
                    return PropertyType.BinaryData;
                case UserProperty:
                    return PropertyType.Utf8StringPair;
                default:
                    return PropertyType.Unknown;
            }
        }

        /// <summary>
        /// True when <paramref name="value"/> is a value the spec allows for the integer property <paramref name="id"/>:
        /// in range for its type, not 0 for Receive Maximum, Maximum Packet Size, Topic Alias and Subscription
        /// Identifier, 0 or 1 for the Byte properties.
        /// </summary>
        public static bool IsValidInteger(int id, long value)
        {
            switch (TypeOf(id))
            {
                case PropertyType.Byte:
                    return value == 0 || value == 1;
                case PropertyType.TwoByteInteger:
                    return value >= (id == ReceiveMaximum || id == TopicAlias ? 1 : 0) && value <= 0xFFFF;
                case PropertyType.FourByteInteger:
                    return value >= (id == MaximumPacketSize ? 1 : 0) && value <= 0xFFFFFFFFL;
                case PropertyType.VariableByteInteger:
                    return value >= 1 && value <= VariableByteInteger.MaxValue;
                default:
                    return false;
            }
        }
    }
}
