namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// MQTT 5.0 reason codes (5.0 §2.4, table 2-6). Decoders return these too: <see cref="Success"/> when the packet is
    /// valid, otherwise the code the spec assigns to the fault (<see cref="MalformedPacket"/>, <see cref="ProtocolError"/>,
    /// <see cref="TopicNameInvalid"/>, <see cref="TopicAliasInvalid"/>, <see cref="PacketTooLarge"/>), ready to be sent
    /// in a 5.0 DISCONNECT. Values below 0x80 report success.
    /// </summary>
    public static class ReasonCode
    {
        /// <summary>Success; also Normal disconnection and Granted QoS 0.</summary>
        public const int Success = 0x00;

        /// <summary>DISCONNECT: close normally, do not send the Will Message.</summary>
        public const int NormalDisconnection = 0x00;

        /// <summary>SUBACK: subscription accepted with maximum QoS 0.</summary>
        public const int GrantedQos0 = 0x00;

        /// <summary>SUBACK: subscription accepted with maximum QoS 1.</summary>
        public const int GrantedQos1 = 0x01;

        /// <summary>SUBACK: subscription accepted with maximum QoS 2.</summary>
        public const int GrantedQos2 = 0x02;

        /// <summary>DISCONNECT (Client): disconnect but publish the Will Message.</summary>
        public const int DisconnectWithWillMessage = 0x04;

        /// <summary>PUBACK, PUBREC: accepted, but no subscriber matched.</summary>
        public const int NoMatchingSubscribers = 0x10;

        /// <summary>UNSUBACK: no matching Topic Filter was subscribed.</summary>
        public const int NoSubscriptionExisted = 0x11;

        /// <summary>AUTH: continue the authentication with another step.</summary>
        public const int ContinueAuthentication = 0x18;

        /// <summary>AUTH: initiate a re-authentication.</summary>
        public const int ReAuthenticate = 0x19;

        /// <summary>Unspecified error.</summary>
        public const int UnspecifiedError = 0x80;

        /// <summary>The received packet does not conform to the specification.</summary>
        public const int MalformedPacket = 0x81;

        /// <summary>An unexpected or out of order packet, or data the protocol does not allow.</summary>
        public const int ProtocolError = 0x82;

        /// <summary>The packet is valid but this implementation cannot process it.</summary>
        public const int ImplementationSpecificError = 0x83;

        /// <summary>CONNACK: the requested protocol version is not supported.</summary>
        public const int UnsupportedProtocolVersion = 0x84;

        /// <summary>CONNACK: the Client Identifier is valid but not allowed.</summary>
        public const int ClientIdentifierNotValid = 0x85;

        /// <summary>CONNACK: bad User Name or Password.</summary>
        public const int BadUserNameOrPassword = 0x86;

        /// <summary>Not authorized.</summary>
        public const int NotAuthorized = 0x87;

        /// <summary>CONNACK: the Server is not available.</summary>
        public const int ServerUnavailable = 0x88;

        /// <summary>The Server is busy.</summary>
        public const int ServerBusy = 0x89;

        /// <summary>CONNACK: this Client has been banned.</summary>
        public const int Banned = 0x8A;

        /// <summary>DISCONNECT: the Server is shutting down.</summary>
        public const int ServerShuttingDown = 0x8B;

        /// <summary>CONNACK: the authentication method is not supported or does not match.</summary>
        public const int BadAuthenticationMethod = 0x8C;

        /// <summary>DISCONNECT: no packet received for 1.5 times the Keep Alive.</summary>
        public const int KeepAliveTimeout = 0x8D;

        /// <summary>DISCONNECT: another connection with the same Client Identifier took over.</summary>
        public const int SessionTakenOver = 0x8E;

        /// <summary>The Topic Filter is well formed but not accepted.</summary>
        public const int TopicFilterInvalid = 0x8F;

        /// <summary>The Topic Name is well formed but not accepted (we also use it for wildcards in a Topic Name).</summary>
        public const int TopicNameInvalid = 0x90;

        /// <summary>The Packet Identifier is already in use.</summary>
        public const int PacketIdentifierInUse = 0x91;

        /// <summary>The Packet Identifier is not known.</summary>
        public const int PacketIdentifierNotFound = 0x92;

        /// <summary>More QoS 1/2 PUBLISH in flight than the Receive Maximum.</summary>
        public const int ReceiveMaximumExceeded = 0x93;

        /// <summary>A Topic Alias of 0 or over the Topic Alias Maximum.</summary>
        public const int TopicAliasInvalid = 0x94;

        /// <summary>The packet exceeds the maximum permissible size.</summary>
        public const int PacketTooLarge = 0x95;

        /// <summary>DISCONNECT: the received data rate is too high.</summary>
        public const int MessageRateTooHigh = 0x96;

        /// <summary>An implementation or administrative quota has been exceeded.</summary>
        public const int QuotaExceeded = 0x97;

        /// <summary>DISCONNECT: the connection is closed by administrative action.</summary>
        public const int AdministrativeAction = 0x98;

        /// <summary>The payload does not match the Payload Format Indicator.</summary>
        public const int PayloadFormatInvalid = 0x99;

        /// <summary>The Server does not support retained messages.</summary>
        public const int RetainNotSupported = 0x9A;

        /// <summary>The Server does not support the QoS requested.</summary>
        public const int QosNotSupported = 0x9B;

        /// <summary>The Client should temporarily use another server.</summary>
        public const int UseAnotherServer = 0x9C;

        /// <summary>The Client should permanently use another server.</summary>
        public const int ServerMoved = 0x9D;

        /// <summary>The Server does not support Shared Subscriptions.</summary>
        public const int SharedSubscriptionsNotSupported = 0x9E;

        /// <summary>The connection rate limit has been exceeded.</summary>
        public const int ConnectionRateExceeded = 0x9F;

        /// <summary>DISCONNECT: the maximum connection time has been exceeded.</summary>
        public const int MaximumConnectTime = 0xA0;

        /// <summary>The Server does not support Subscription Identifiers.</summary>
        public const int SubscriptionIdentifiersNotSupported = 0xA1;

        /// <summary>The Server does not support Wildcard Subscriptions.</summary>
        public const int WildcardSubscriptionsNotSupported = 0xA2;

        /// <summary>True for failure codes (0x80 and above).</summary>
        public static bool IsError(int code)
        {
            return code >= 0x80;
        }

        /// <summary>
        /// True when a 5.0 packet of <paramref name="packetType"/> may carry <paramref name="code"/> (5.0 §3.2.2.2,
        /// §3.4.2.1, §3.5.2.1, §3.6.2.1, §3.7.2.1, §3.9.3, §3.11.3, §3.14.2.1, §3.15.2.1).
        /// </summary>
        public static bool IsAllowedIn(int packetType, int code)
        {
            switch (packetType)
            {
                case PacketType.ConnAck:
                    return code == Success || (code >= 0x80 && code <= 0x8A) || code == 0x8C || code == 0x90
                        || code == 0x95 || code == 0x97 || (code >= 0x99 && code <= 0x9D) || code == 0x9F;
                case PacketType.PubAck:
                case PacketType.PubRec:
                    return code == Success || code == 0x10 || code == 0x80 || code == 0x83 || code == 0x87
                        || code == 0x90 || code == 0x91 || code == 0x97 || code == 0x99;
                case PacketType.PubRel:
                case PacketType.PubComp:
                    return code == Success || code == 0x92;
                case PacketType.SubAck:
                    return code == 0x00 || code == 0x01 || code == 0x02 || code == 0x80 || code == 0x83
                        || code == 0x87 || code == 0x8F || code == 0x91 || code == 0x97 || code == 0x9E
                        || code == 0xA1 || code == 0xA2;
                case PacketType.UnsubAck:
                    return code == Success || code == 0x11 || code == 0x80 || code == 0x83 || code == 0x87
                        || code == 0x8F || code == 0x91;
                case PacketType.Disconnect:
                    return code == 0x00 || code == 0x04 || (code >= 0x80 && code <= 0x83) || code == 0x87
                        || code == 0x89 || code == 0x8B || (code >= 0x8D && code <= 0x90)
                        || (code >= 0x93 && code <= 0xA2);
                case PacketType.Auth:
                    return code == Success || code == 0x18 || code == 0x19;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when a Client may send <paramref name="code"/> in <paramref name="packetType"/>: allowed in the packet
        /// and not one of the codes the spec's tables give to the Server alone. DISCONNECT (5.0 §3.14.2.1): not 0x87,
        /// 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x9A..0xA2. AUTH (5.0 §3.15.2.1): not 0x00 Success (only 0x18 and 0x19).
        /// Encoders refuse the others with <see cref="EncodeStatus.InvalidReasonCode"/>.
        /// </summary>
        public static bool IsAllowedFromClient(int packetType, int code)
        {
            if (!IsAllowedIn(packetType, code))
            {
                return false;
            }

            switch (packetType)
            {
                case PacketType.Disconnect:
                    return !(code == NotAuthorized || code == ServerBusy || code == ServerShuttingDown
                        || (code >= KeepAliveTimeout && code <= TopicFilterInvalid)
                        || (code >= RetainNotSupported && code <= WildcardSubscriptionsNotSupported));
                case PacketType.Auth:
                    return code != Success;
                default:
                    return true;
            }
        }

        /// <summary>
        /// True when a Server may send <paramref name="code"/> in <paramref name="packetType"/>: allowed in the packet
        /// and not a code the spec's tables give to the Client alone: DISCONNECT 0x04 Disconnect with Will Message
        /// (5.0 §3.14.2.1), AUTH 0x19 Re-authenticate (5.0 §3.15.2.1). Decoders answer the others with
        /// <see cref="ProtocolError"/>: the packet parses and the code exists in it, but this sender may not use it.
        /// </summary>
        public static bool IsAllowedFromServer(int packetType, int code)
        {
            if (!IsAllowedIn(packetType, code))
            {
                return false;
            }

            switch (packetType)
            {
                case PacketType.Disconnect:
                    return code != DisconnectWithWillMessage;
                case PacketType.Auth:
                    return code != ReAuthenticate;
                default:
                    return true;
            }
        }
    }
}
