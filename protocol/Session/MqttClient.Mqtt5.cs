using System;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// MQTT 5 negotiation and extras: the broker's CONNACK limits (Maximum QoS, Retain / Wildcard / Subscription
    /// Identifier / Shared Subscription Available, Topic Alias Maximum, Assigned Client Identifier, Server Keep Alive,
    /// Session Expiry), checks that turn a would-be DISCONNECT into a status, topic aliases both ways, message expiry in
    /// the outbox, the AUTH exchange, and the views that carry reason strings to the application.
    /// </summary>
    public sealed partial class MqttClient
    {
        private readonly InboundTopicAliases inboundAliases;
        private readonly OutboundTopicAliases outboundAliases;
        private readonly byte[] aliasTx;
        private readonly byte[] assignedClientId;
        private readonly IMqttAuthenticator authenticator;
        private readonly byte[] authData;
        private readonly OutgoingProperties authProperties;
        private readonly AuthView authView;

        private int brokerMaximumQos = 2;
        private bool brokerRetainAvailable = true;
        private bool brokerWildcardAvailable = true;
        private bool brokerSubscriptionIdentifiersAvailable = true;
        private bool brokerSharedAvailable = true;
        private int brokerTopicAliasMaximum;
        private int keepAliveSeconds;
        private long sessionExpirySeconds;
        private int assignedClientIdLength;
        private int aliasTopicOffset = -1;
        private int aliasTopicLength;
        private long aliasBytesSaved;
        private int expiredCount;
        private bool reauthenticating;
        private ReceivedProperties completionProperties;
        private ReceivedProperties eventProperties;

        /// <summary>5.0: the broker's Maximum QoS (2 when it did not say, and in 3.1.1).</summary>
        public int BrokerMaximumQos
        {
            get { return brokerMaximumQos; }
        }

        /// <summary>5.0: Retain Available of the last CONNACK.</summary>
        public bool BrokerRetainAvailable
        {
            get { return brokerRetainAvailable; }
        }

        /// <summary>5.0: Wildcard Subscription Available of the last CONNACK.</summary>
        public bool BrokerWildcardSubscriptionAvailable
        {
            get { return brokerWildcardAvailable; }
        }

        /// <summary>5.0: Subscription Identifier Available of the last CONNACK.</summary>
        public bool BrokerSubscriptionIdentifiersAvailable
        {
            get { return brokerSubscriptionIdentifiersAvailable; }
        }

        /// <summary>5.0: Shared Subscription Available of the last CONNACK.</summary>
        public bool BrokerSharedSubscriptionAvailable
        {
            get { return brokerSharedAvailable; }
        }

        /// <summary>5.0: the broker's Topic Alias Maximum (0: no outbound aliases).</summary>
        public int BrokerTopicAliasMaximum
        {
            get { return brokerTopicAliasMaximum; }
        }

        /// <summary>5.0: the broker's Receive Maximum (65535 when it did not say).</summary>
        public int BrokerReceiveMaximum
        {
            get { return brokerReceiveMaximum; }
        }

        /// <summary>5.0: the broker's Maximum Packet Size (0: no limit announced).</summary>
        public long BrokerMaximumPacketSize
        {
            get { return brokerMaximumPacketSize; }
        }

        /// <summary>Keep-alive in force: ours, or the broker's Server Keep Alive (5.0).</summary>
        public int KeepAliveSeconds
        {
            get { return keepAliveSeconds; }
        }

        /// <summary>Session Expiry Interval in force: ours, or the one the broker's CONNACK set (5.0).</summary>
        public long SessionExpirySeconds
        {
            get { return sessionExpirySeconds; }
        }

        /// <summary>5.0: the Client Identifier the broker assigned (UTF-8 in <see cref="AssignedClientId"/>), 0 if none.</summary>
        public int AssignedClientIdLength
        {
            get { return assignedClientIdLength; }
        }

        /// <summary>5.0: buffer holding the assigned Client Identifier (reused in every later CONNECT).</summary>
        public byte[] AssignedClientId
        {
            get { return assignedClientId; }
        }

        /// <summary>5.0: outbound topic aliases usable on this connection.</summary>
        public int OutboundTopicAliasLimit
        {
            get { return outboundAliases == null ? 0 : outboundAliases.Limit; }
        }

        /// <summary>5.0: bytes the outbound topic aliases saved on the wire (net of the alias properties sent).</summary>
        public long TopicAliasBytesSaved
        {
            get { return aliasBytesSaved; }
        }

        /// <summary>5.0: messages dropped from the outbox because their Message Expiry Interval ran out.</summary>
        public int ExpiredCount
        {
            get { return expiredCount; }
        }

        /// <summary>
        /// 5.0: properties of the PUBACK / PUBREC / PUBCOMP, SUBACK or UNSUBACK being reported (Reason String, User
        /// Properties), valid during <see cref="PublishCompleted"/>, <see cref="SubscribeCompleted"/> and
        /// <see cref="UnsubscribeCompleted"/>; null when the completion did not come from a packet (expiry, limits).
        /// </summary>
        public ReceivedProperties CompletionProperties
        {
            get { return completionProperties; }
        }

        /// <summary>
        /// 5.0 re-authentication (§4.12.1): sends AUTH 0x19 with the authenticator's first data; the exchange continues
        /// on the client's thread and ends in <see cref="IMqttAuthenticator.Completed"/>. Returns 0, or
        /// <see cref="PublishStatus.NotConnected"/> / <see cref="PublishStatus.NotSupportedInVersion"/> (3.1.1 or no
        /// authenticator) / <see cref="PublishStatus.Busy"/> (an exchange is running).
        /// </summary>
        public int Reauthenticate()
        {
            if (authenticator == null)
            {
                return PublishStatus.NotSupportedInVersion;
            }

            lock (sync)
            {
                if (state != Connected)
                {
                    return PublishStatus.NotConnected;
                }

                if (reauthenticating)
                {
                    return PublishStatus.Busy;
                }

                int length = authenticator.Start(authData, 0, authData.Length);
                reauthenticating = true;
                return SendAuth(ReasonCode.ReAuthenticate, length) ? 0 : PublishStatus.SendFailed;
            }
        }

        private void InitializeVersion5Connect()
        {
            keepAliveSeconds = options.KeepAliveSeconds;
            sessionExpirySeconds = options.SessionExpirySeconds;
            if (!v5)
            {
                return;
            }

            publishView.TopicAliasMaximum = inboundAliases.Capacity;
            if (inboundAliases.Capacity > 0)
            {
                connect.Properties.SetInteger(PropertyId.TopicAliasMaximum, inboundAliases.Capacity);
            }

            if (authenticator != null)
            {
                connect.Properties.SetString(PropertyId.AuthenticationMethod, authenticator.Method);
                authProperties.SetString(PropertyId.AuthenticationMethod, authenticator.Method);
            }
        }

        /// <summary>Before each CONNECT: per-connection state, and the authenticator's first data.</summary>
        private void PrepareVersion5Connect()
        {
            if (!v5)
            {
                return;
            }

            inboundAliases.Clear();
            outboundAliases.Reset(0);
            reauthenticating = false;
            if (authenticator != null)
            {
                int length = authenticator.Start(authData, 0, authData.Length);
                if (length > 0)
                {
                    connect.Properties.SetBinary(PropertyId.AuthenticationData, authData, 0, length);
                }
                else
                {
                    connect.Properties.Remove(PropertyId.AuthenticationData);
                }
            }
        }

        /// <summary>CONNACK accepted: take the broker's limits, identifier and timers.</summary>
        private void ApplyConnAck(ReceivedProperties properties, long now)
        {
            brokerReceiveMaximum = (int)properties.GetInteger(PropertyId.ReceiveMaximum, 65535);
            brokerMaximumPacketSize = properties.GetInteger(PropertyId.MaximumPacketSize, 0);
            brokerMaximumQos = (int)properties.GetInteger(PropertyId.MaximumQos, 2);
            brokerRetainAvailable = properties.GetInteger(PropertyId.RetainAvailable, 1) == 1;
            brokerWildcardAvailable = properties.GetInteger(PropertyId.WildcardSubscriptionAvailable, 1) == 1;
            brokerSubscriptionIdentifiersAvailable = properties.GetInteger(PropertyId.SubscriptionIdentifierAvailable, 1) == 1;
            brokerSharedAvailable = properties.GetInteger(PropertyId.SharedSubscriptionAvailable, 1) == 1;
            brokerTopicAliasMaximum = (int)properties.GetInteger(PropertyId.TopicAliasMaximum, 0);
            outboundAliases.Reset(brokerTopicAliasMaximum);
            if (properties.Has(PropertyId.ServerKeepAlive))
            {
                keepAliveSeconds = (int)properties.GetInteger(PropertyId.ServerKeepAlive, 0);
                keepAlive.Start(now, keepAliveSeconds);
            }

            if (properties.Has(PropertyId.SessionExpiryInterval))
            {
                sessionExpirySeconds = properties.GetInteger(PropertyId.SessionExpiryInterval, 0);
                persistentSession = sessionExpirySeconds > 0;
            }

            int length = properties.GetLength(PropertyId.AssignedClientIdentifier);
            if (properties.Has(PropertyId.AssignedClientIdentifier) && length <= assignedClientId.Length)
            {
                // Kept in a fixed buffer: every later CONNECT carries it, so the broker finds the same session.
                Array.Copy(properties.Buffer, properties.GetOffset(PropertyId.AssignedClientIdentifier), assignedClientId, 0,
                    length);
                assignedClientIdLength = length;
                connect.ClientIdBytes = assignedClientId;
                connect.ClientIdLength = length;
            }

            if (authenticator != null)
            {
                AuthenticationCompleted(ReasonCode.Success, properties);
            }
        }

        private void AuthenticationCompleted(int reasonCode, ReceivedProperties properties)
        {
            reauthenticating = false;
            int offset = properties == null ? -1 : properties.GetOffset(PropertyId.AuthenticationData);
            try
            {
                authenticator.Completed(reasonCode, offset < 0 ? null : properties.Buffer, offset < 0 ? 0 : offset,
                    offset < 0 ? 0 : properties.GetLength(PropertyId.AuthenticationData));
            }
            catch (Exception)
            {
                handlerErrors++;
            }
        }

        /// <summary>AUTH from the broker: continue the exchange, or the end of a re-authentication.</summary>
        private void HandleAuth(int offset, int length)
        {
            int status = AuthDecoder.Decode(rx, offset, length, version, authView);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            ReceivedProperties properties = authView.Properties;
            bool expected = authenticator != null && (state == AwaitingConnAck || reauthenticating)
                && properties.StringEquals(PropertyId.AuthenticationMethod, authenticator.Method);
            if (!expected || authView.ReasonCode == ReasonCode.ReAuthenticate)
            {
                // §4.12: AUTH without our exchange, another method, or 0x19 from a server.
                ProtocolFailure(ReasonCode.ProtocolError);
                return;
            }

            if (authView.ReasonCode == ReasonCode.Success)
            {
                if (state != Connected)
                {
                    // Success comes in the CONNACK during CONNECT.
                    ProtocolFailure(ReasonCode.ProtocolError);
                    return;
                }

                AuthenticationCompleted(ReasonCode.Success, properties);
                return;
            }

            int dataOffset = properties.GetOffset(PropertyId.AuthenticationData);
            int answer;
            try
            {
                answer = authenticator.Continue(rx, dataOffset < 0 ? 0 : dataOffset,
                    properties.GetLength(PropertyId.AuthenticationData), authData, 0, authData.Length);
            }
            catch (Exception)
            {
                handlerErrors++;
                answer = -1;
            }

            if (answer < 0)
            {
                reauthenticating = false;
                Drop(ConnectionReason.AuthenticationFailed, ReasonCode.UnspecifiedError, true);
                return;
            }

            SendAuth(ReasonCode.ContinueAuthentication, answer);
        }

        private bool SendAuth(int reasonCode, int dataLength)
        {
            if (dataLength > 0)
            {
                authProperties.SetBinary(PropertyId.AuthenticationData, authData, 0, dataLength);
            }
            else
            {
                authProperties.Remove(PropertyId.AuthenticationData);
            }

            int size = AuthEncoder.Encode(tx, 0, tx.Length, version, reasonCode, authProperties);
            return size > 0 && SendBytes(tx, 0, size);
        }

        /// <summary>Limits of the broker that a publish must respect (5.0), checked before anything is encoded.</summary>
        private int CheckPublish(PublishPacket packet, int qos)
        {
            if (!v5)
            {
                return 0;
            }

            if (packet.Properties != null && packet.Properties.Has(PropertyId.TopicAlias))
            {
                // The client assigns aliases itself (a stored packet must not depend on one connection's aliases).
                return PublishStatus.InvalidProperty;
            }

            if (qos > brokerMaximumQos)
            {
                return PublishStatus.QosNotSupported;
            }

            return packet.Retain && !brokerRetainAvailable ? PublishStatus.RetainNotSupported : 0;
        }

        /// <summary>Features the broker must offer for this subscription (5.0): a status, or 0.</summary>
        private int CheckSubscription(string filter, int identifier)
        {
            if (!v5)
            {
                return 0;
            }

            if (identifier > 0 && !brokerSubscriptionIdentifiersAvailable)
            {
                return PublishStatus.SubscriptionIdentifierNotSupported;
            }

            bool shared = TopicFilter.IsShared(filter);
            if (shared && !brokerSharedAvailable)
            {
                return PublishStatus.SharedSubscriptionNotSupported;
            }

            // string.IndexOf is one native call, not a managed walk over the characters.
            if (!brokerWildcardAvailable && (filter.IndexOf('+') >= 0 || filter.IndexOf('#') >= 0))
            {
                return PublishStatus.WildcardNotSupported;
            }

            return 0;
        }

        /// <summary>The SUBACK reason code a refused subscription is reported with when a reconnect finds the feature gone.</summary>
        private static int SubscriptionRefusal(int status)
        {
            if (status == PublishStatus.SubscriptionIdentifierNotSupported)
            {
                return ReasonCode.SubscriptionIdentifiersNotSupported;
            }

            return status == PublishStatus.SharedSubscriptionNotSupported
                ? ReasonCode.SharedSubscriptionsNotSupported
                : ReasonCode.WildcardSubscriptionsNotSupported;
        }

        /// <summary>After a publish was stored: remember when its Message Expiry Interval runs out.</summary>
        private void TrackExpiry(PublishPacket packet, int slot, int size)
        {
            if (!v5 || packet.Properties == null || !packet.Properties.Has(PropertyId.MessageExpiryInterval))
            {
                return;
            }

            int offset = FindPropertyValue(tx, size, PropertyId.MessageExpiryInterval);
            if (offset > 0)
            {
                long seconds = packet.Properties.GetInteger(PropertyId.MessageExpiryInterval, 0);
                outbox.SetExpiry(slot, clock.Milliseconds + (seconds * 1000), offset);
            }
        }

        /// <summary>
        /// A queued message is about to go out (its bytes in tx): a reason code when it must not (expired, or the
        /// broker's limits refuse it), else 0, with the Message Expiry Interval rewritten to the time left.
        /// </summary>
        private int CheckQueued(int slot)
        {
            long expiresAt = outbox.GetExpiry(slot);
            if (expiresAt > 0)
            {
                long left = expiresAt - clock.Milliseconds;
                if (left <= 0)
                {
                    return PublishStatus.Expired;
                }
            }

            if (!v5)
            {
                return 0;
            }

            int qos = outbox.GetQos(slot);
            if (qos > brokerMaximumQos)
            {
                return ReasonCode.QosNotSupported;
            }

            return (tx[0] & 0x01) != 0 && !brokerRetainAvailable ? ReasonCode.RetainNotSupported : 0;
        }

        /// <summary>Rewrites the Message Expiry Interval of the queued message now in tx with the seconds left.</summary>
        private void RefreshExpiry(int slot)
        {
            long expiresAt = outbox.GetExpiry(slot);
            if (expiresAt > 0)
            {
                long left = expiresAt - clock.Milliseconds;
                BigEndian.WriteUInt32(tx, outbox.GetExpiryOffset(slot), (left + 999) / 1000);
            }
        }

        /// <summary>Sends an encoded PUBLISH, through an outbound topic alias when one applies (5.0).</summary>
        private bool SendPublish(byte[] buffer, int length)
        {
            if (outboundAliases != null && outboundAliases.Limit > 0)
            {
                long limit = aliasTx.Length;
                if (brokerMaximumPacketSize > 0 && brokerMaximumPacketSize < limit)
                {
                    limit = brokerMaximumPacketSize;
                }

                // Worst case the alias adds its property and one byte to each of two length prefixes.
                if (length + OutboundTopicAliases.PropertySize + 2 <= limit)
                {
                    int topicOffset = OutboundTopicAliases.TopicOffset(buffer, length, out int topicLength);
                    int alias = outboundAliases.Use(buffer, topicOffset, topicLength, out bool withTopic);
                    if (alias > 0)
                    {
                        int size = OutboundTopicAliases.Rewrite(buffer, length, alias, withTopic, aliasTx, (int)limit);
                        aliasBytesSaved += length - size;
                        return SendBytes(aliasTx, 0, size);
                    }
                }
            }

            return SendBytes(buffer, 0, length);
        }

        /// <summary>Resolves an incoming Topic Alias (5.0): false when the connection had to end.</summary>
        private bool ResolveTopicAlias()
        {
            aliasTopicOffset = -1;
            int alias = publishView.TopicAlias;
            if (!v5 || alias == 0)
            {
                return true;
            }

            if (publishView.TopicLength > 0)
            {
                inboundAliases.Set(alias, rx, publishView.TopicOffset, publishView.TopicLength);
                return true;
            }

            aliasTopicOffset = inboundAliases.Find(alias, out aliasTopicLength);
            if (aliasTopicOffset < 0)
            {
                // §3.3.2.3.4: an alias without a mapping on this connection (or one too long for our table).
                ProtocolFailure(ReasonCode.ProtocolError);
                return false;
            }

            return true;
        }

        /// <summary>Offset of the value of property <paramref name="id"/> in an encoded PUBLISH, or -1.</summary>
        private static int FindPropertyValue(byte[] packet, int length, int id)
        {
            int topicOffset = OutboundTopicAliases.TopicOffset(packet, length, out int topicLength);
            int position = topicOffset + topicLength + (((packet[0] >> 1) & 0x03) > 0 ? 2 : 0);
            int used = VariableByteInteger.Read(packet, position, length - position, out int propertiesLength);
            position += used;
            int end = position + propertiesLength;
            while (position < end)
            {
                int current = packet[position++];
                if (current == id)
                {
                    return position;
                }

                switch (PropertyId.TypeOf(current))
                {
                    case PropertyType.Byte:
                        position += 1;
                        break;
                    case PropertyType.TwoByteInteger:
                        position += 2;
                        break;
                    case PropertyType.FourByteInteger:
                        position += 4;
                        break;
                    case PropertyType.VariableByteInteger:
                        position += VariableByteInteger.Read(packet, position, end - position, out int _);
                        break;
                    case PropertyType.Utf8StringPair:
                        position += 2 + BigEndian.ReadUInt16(packet, position);
                        position += 2 + BigEndian.ReadUInt16(packet, position);
                        break;
                    default:
                        position += 2 + BigEndian.ReadUInt16(packet, position);
                        break;
                }
            }

            return -1;
        }
    }
}
