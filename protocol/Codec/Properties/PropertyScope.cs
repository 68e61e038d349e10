namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Which properties each 5.0 packet may carry, as bit masks over property identifiers (bit <c>1L &lt;&lt; id</c>),
    /// per direction where the spec differs (5.0 §3.x.2.2). A received property that the packet type may not carry at
    /// all is a Malformed Packet (5.0 §2.2.2.2); one the packet type carries only in the other direction is a Protocol
    /// Error (Session Expiry Interval in a Server's DISCONNECT [MQTT-3.14.2-2]). An encoder refuses either with
    /// <see cref="EncodeStatus.InvalidProperty"/> (Subscription Identifier in a Client's PUBLISH [MQTT-3.3.4-6]).
    /// </summary>
    public static class PropertyScope
    {
        /// <summary>CONNECT properties.</summary>
        public const long Connect = (1L << PropertyId.SessionExpiryInterval) | (1L << PropertyId.ReceiveMaximum)
            | (1L << PropertyId.MaximumPacketSize) | (1L << PropertyId.TopicAliasMaximum)
            | (1L << PropertyId.RequestResponseInformation) | (1L << PropertyId.RequestProblemInformation)
            | (1L << PropertyId.UserProperty) | (1L << PropertyId.AuthenticationMethod)
            | (1L << PropertyId.AuthenticationData);

        /// <summary>Will properties in the CONNECT payload.</summary>
        public const long Will = (1L << PropertyId.WillDelayInterval) | (1L << PropertyId.PayloadFormatIndicator)
            | (1L << PropertyId.MessageExpiryInterval) | (1L << PropertyId.ContentType)
            | (1L << PropertyId.ResponseTopic) | (1L << PropertyId.CorrelationData) | (1L << PropertyId.UserProperty);

        /// <summary>CONNACK properties.</summary>
        public const long ConnAck = (1L << PropertyId.SessionExpiryInterval) | (1L << PropertyId.ReceiveMaximum)
            | (1L << PropertyId.MaximumQos) | (1L << PropertyId.RetainAvailable) | (1L << PropertyId.MaximumPacketSize)
            | (1L << PropertyId.AssignedClientIdentifier) | (1L << PropertyId.TopicAliasMaximum)
            | (1L << PropertyId.ReasonString) | (1L << PropertyId.UserProperty)
            | (1L << PropertyId.WildcardSubscriptionAvailable) | (1L << PropertyId.SubscriptionIdentifierAvailable)
            | (1L << PropertyId.SharedSubscriptionAvailable) | (1L << PropertyId.ServerKeepAlive)
            | (1L << PropertyId.ResponseInformation) | (1L << PropertyId.ServerReference)
            | (1L << PropertyId.AuthenticationMethod) | (1L << PropertyId.AuthenticationData);

        /// <summary>PUBLISH sent by the Client: no Subscription Identifier [MQTT-3.3.4-6].</summary>
        public const long PublishSent = (1L << PropertyId.PayloadFormatIndicator)
            | (1L << PropertyId.MessageExpiryInterval) | (1L << PropertyId.TopicAlias) | (1L << PropertyId.ResponseTopic)
            | (1L << PropertyId.CorrelationData) | (1L << PropertyId.UserProperty) | (1L << PropertyId.ContentType);

        /// <summary>PUBLISH received from the Server: Subscription Identifiers allowed, repeated.</summary>
        public const long PublishReceived = PublishSent | (1L << PropertyId.SubscriptionIdentifier);

        /// <summary>PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK: Reason String and User Properties.</summary>
        public const long Acknowledgment = (1L << PropertyId.ReasonString) | (1L << PropertyId.UserProperty);

        /// <summary>SUBSCRIBE properties.</summary>
        public const long Subscribe = (1L << PropertyId.SubscriptionIdentifier) | (1L << PropertyId.UserProperty);

        /// <summary>UNSUBSCRIBE properties.</summary>
        public const long Unsubscribe = 1L << PropertyId.UserProperty;

        /// <summary>DISCONNECT sent by the Client (no Server Reference).</summary>
        public const long DisconnectSent = (1L << PropertyId.SessionExpiryInterval) | (1L << PropertyId.ReasonString)
            | (1L << PropertyId.UserProperty);

        /// <summary>DISCONNECT received from the Server: no Session Expiry Interval [MQTT-3.14.2-2].</summary>
        public const long DisconnectReceived = (1L << PropertyId.ReasonString) | (1L << PropertyId.UserProperty)
            | (1L << PropertyId.ServerReference);

        /// <summary>AUTH properties.</summary>
        public const long Auth = (1L << PropertyId.AuthenticationMethod) | (1L << PropertyId.AuthenticationData)
            | (1L << PropertyId.ReasonString) | (1L << PropertyId.UserProperty);

        /// <summary>DISCONNECT properties in either direction.</summary>
        public const long Disconnect = DisconnectSent | DisconnectReceived;

        /// <summary>
        /// The properties the packet type of <paramref name="scope"/> may carry in either direction: the scope itself,
        /// except for the one-direction scopes of DISCONNECT and PUBLISH.
        /// </summary>
        public static long OfPacketType(long scope)
        {
            if (scope == DisconnectSent || scope == DisconnectReceived)
            {
                return Disconnect;
            }

            return scope == PublishSent ? PublishReceived : scope;
        }

        /// <summary>True when <paramref name="scope"/> allows property <paramref name="id"/>.</summary>
        public static bool Allows(long scope, int id)
        {
            return id >= 0 && id < PropertyId.Limit && (scope & (1L << id)) != 0;
        }
    }
}
