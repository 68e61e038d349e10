using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Outgoing flows: PUBLISH at QoS 0 (sent, or queued offline when asked), QoS 1 (PUBLISH → PUBACK) and QoS 2
    /// (PUBLISH → PUBREC → PUBREL → PUBCOMP) through the <see cref="Outbox"/>, the in-flight window, retransmission with
    /// DUP after a reconnect, and SUBSCRIBE / UNSUBSCRIBE.
    /// </summary>
    public sealed partial class MqttClient
    {
        private int Send(PublishPacket packet, int qos)
        {
            if (qos < 0 || qos > 2)
            {
                return PublishStatus.InvalidQos;
            }

            bool connected = state == Connected;
            if (qos == 0 && !connected && !options.QueueQos0WhenOffline)
            {
                return PublishStatus.NotConnected;
            }

            packet.Qos = qos;
            packet.Dup = false;
            packet.PacketId = qos > 0 ? NextPacketId() : 0;
            int size = PublishEncoder.Encode(tx, 0, tx.Length, version, packet);
            if (size < 0)
            {
                return FromEncodeStatus(size);
            }

            if (brokerMaximumPacketSize > 0 && size > brokerMaximumPacketSize)
            {
                return PublishStatus.TooLarge;
            }

            if (qos == 0 && connected)
            {
                return SendBytes(tx, 0, size) ? 0 : PublishStatus.SendFailed;
            }

            bool sendNow = connected && outbox.QueuedCount == 0 && outbox.InflightCount < InflightWindow;
            int slot = outbox.Add(tx, 0, size, packet.PacketId, qos);
            if (slot < 0)
            {
                return slot;
            }

            if (sendNow)
            {
                // Sent straight from the send buffer; the outbox copy stays for retransmission until acknowledged.
                outbox.SetState(slot, OutboxState.AwaitingAck);
                SendBytes(tx, 0, size);
            }

            return packet.PacketId;
        }

        /// <summary>Sends queued messages in order while the in-flight window has room.</summary>
        private void Pump()
        {
            int current = generation;
            int window = InflightWindow;
            for (int i = 0; i < outbox.Span && state == Connected && current == generation; i++)
            {
                int slot = outbox.SlotAt(i);
                if (outbox.GetState(slot) != OutboxState.Queued)
                {
                    continue;
                }

                int qos = outbox.GetQos(slot);
                if (qos > 0 && outbox.InflightCount >= window)
                {
                    break;
                }

                int length = outbox.GetLength(slot);
                if ((brokerMaximumPacketSize > 0 && length > brokerMaximumPacketSize) || length > tx.Length)
                {
                    // Queued for an earlier broker that took it; this one never will: report, don't block the queue.
                    // The handler may publish (and so compact the outbox): start the walk again.
                    Complete(slot, ReasonCode.PacketTooLarge, false);
                    i = -1;
                    continue;
                }

                outbox.Read(slot, tx, 0);
                if (qos == 0)
                {
                    outbox.Remove(slot);
                }
                else
                {
                    outbox.SetState(slot, OutboxState.AwaitingAck);
                }

                if (!SendBytes(tx, 0, length))
                {
                    break;
                }
            }

            outbox.Compact();
        }

        /// <summary>After a reconnect with Session Present: PUBLISH again with DUP, or PUBREL where PUBREC came, in order.</summary>
        private void ResendInflight()
        {
            int current = generation;
            for (int i = 0; i < outbox.Span && current == generation; i++)
            {
                int slot = outbox.SlotAt(i);
                int slotState = outbox.GetState(slot);
                if (slotState == OutboxState.AwaitingAck)
                {
                    int length = outbox.Read(slot, tx, 0);
                    tx[0] |= 0x08;
                    SendBytes(tx, 0, length);
                }
                else if (slotState == OutboxState.AwaitingComplete)
                {
                    SendAck(PacketType.PubRel, outbox.GetPacketId(slot), ReasonCode.Success);
                }
            }
        }

        /// <summary>PUBACK, PUBREC or PUBCOMP for an outgoing message.</summary>
        private void HandleOutboundAck(int offset, int length)
        {
            int status = AckDecoder.Decode(rx, offset, length, version, ack);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            int packetId = ack.PacketId;
            int slot = outbox.Find(packetId);
            int slotState = slot < 0 ? OutboxState.Free : outbox.GetState(slot);
            int qos = slot < 0 ? 0 : outbox.GetQos(slot);
            if (ack.PacketType == PacketType.PubAck)
            {
                if (qos == 1 && slotState == OutboxState.AwaitingAck)
                {
                    Complete(slot, ack.ReasonCode, true);
                }
                else
                {
                    unexpectedPacketIds++;
                }
            }
            else if (ack.PacketType == PacketType.PubRec)
            {
                if (qos == 2 && (slotState == OutboxState.AwaitingAck || slotState == OutboxState.AwaitingComplete))
                {
                    if (ack.ReasonCode >= ReasonCode.UnspecifiedError)
                    {
                        Complete(slot, ack.ReasonCode, true);
                        return;
                    }

                    outbox.SetState(slot, OutboxState.AwaitingComplete);
                    SendAck(PacketType.PubRel, packetId, ReasonCode.Success);
                }
                else
                {
                    // 4.3.3: answer every PUBREC with PUBREL; 5.0 says the id was not found.
                    unexpectedPacketIds++;
                    SendAck(PacketType.PubRel, packetId, v5 ? ReasonCode.PacketIdentifierNotFound : ReasonCode.Success);
                }
            }
            else if (qos == 2 && slotState == OutboxState.AwaitingComplete)
            {
                Complete(slot, ack.ReasonCode, true);
            }
            else
            {
                unexpectedPacketIds++;
            }
        }

        private void Complete(int slot, int reasonCode, bool pump)
        {
            int packetId = outbox.GetPacketId(slot);
            bool reported = outbox.GetQos(slot) > 0;
            outbox.Remove(slot);
            int current = generation;
            if (reported)
            {
                PublishCompletedHandler handler = PublishCompleted;
                if (handler != null)
                {
                    try
                    {
                        handler(this, packetId, reasonCode);
                    }
                    catch (System.Exception)
                    {
                        handlerErrors++;
                    }
                }
            }

            if (pump && current == generation && outbox.QueuedCount > 0)
            {
                Pump();
            }
            else if (pump)
            {
                outbox.Compact();
            }
        }

        private int SendSubscribe(int index)
        {
            subscribe.Clear();
            subscribe.Add(subscriptions.GetFilter(index), subscriptions.GetQos(index));
            return SendFilterList(index, subscribe, SubscriptionState.Subscribing);
        }

        private int SendUnsubscribe(int index)
        {
            unsubscribe.Clear();
            unsubscribe.Add(subscriptions.GetFilter(index));
            return SendFilterList(index, unsubscribe, SubscriptionState.Unsubscribing);
        }

        private int SendFilterList(int index, FilterListPacket packet, int pendingState)
        {
            int packetId = NextPacketId();
            packet.PacketId = packetId;
            int size = pendingState == SubscriptionState.Subscribing
                ? SubscribeEncoder.Encode(tx, 0, tx.Length, version, subscribe)
                : UnsubscribeEncoder.Encode(tx, 0, tx.Length, version, unsubscribe);
            packet.Clear();
            if (size < 0)
            {
                return FromEncodeStatus(size);
            }

            subscriptions.Set(index, pendingState, packetId);
            SendBytes(tx, 0, size);
            return packetId;
        }

        /// <summary>After CONNACK: subscribe again (all when the broker has no session), finish pending unsubscribes.</summary>
        private void RestoreSubscriptions(bool sessionPresent)
        {
            int current = generation;
            for (int i = 0; i < subscriptions.Capacity && current == generation; i++)
            {
                int entry = subscriptions.GetState(i);
                if (entry == SubscriptionState.Pending || entry == SubscriptionState.Subscribing
                    || (entry == SubscriptionState.Active && !sessionPresent))
                {
                    SendSubscribe(i);
                }
                else if (entry == SubscriptionState.UnsubscribePending || entry == SubscriptionState.Unsubscribing)
                {
                    if (sessionPresent)
                    {
                        SendUnsubscribe(i);
                    }
                    else
                    {
                        subscriptions.Remove(i);
                    }
                }
            }
        }

        private static int FromEncodeStatus(int status)
        {
            switch (status)
            {
                case EncodeStatus.BufferTooSmall:
                case EncodeStatus.PacketTooLarge:
                    return PublishStatus.TooLarge;
                case EncodeStatus.InvalidTopicName:
                    return PublishStatus.InvalidTopic;
                case EncodeStatus.InvalidTopicFilter:
                case EncodeStatus.InvalidSubscriptionOptions:
                case EncodeStatus.NoTopicFilter:
                    return PublishStatus.InvalidFilter;
                case EncodeStatus.InvalidQos:
                    return PublishStatus.InvalidQos;
                case EncodeStatus.InvalidPayload:
                    return PublishStatus.InvalidPayload;
                case EncodeStatus.InvalidProperty:
                    return PublishStatus.InvalidProperty;
                default:
                    return PublishStatus.InvalidArgument;
            }
        }
    }
}
