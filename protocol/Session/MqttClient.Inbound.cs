using System;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Incoming packets: framing in the receive buffer, validation by the codec's decoders, dispatch; incoming PUBLISH
    /// at QoS 0, 1 (deliver → PUBACK) and 2 (deliver once → PUBREC, PUBREL → PUBCOMP, ids in the
    /// <see cref="InboundQos2Table"/>), SUBACK, UNSUBACK, PINGRESP and the server's DISCONNECT.
    /// </summary>
    public sealed partial class MqttClient
    {
        private void ReceiveStep(int timeoutMilliseconds)
        {
            int current;
            int offset;
            int wait;
            lock (sync)
            {
                current = generation;
                if (rxGeneration != current)
                {
                    rxGeneration = current;
                    rxCount = 0;
                }

                long next = MillisecondsToNextTimer(clock.Milliseconds);
                wait = next < timeoutMilliseconds ? (int)next : timeoutMilliseconds;
                offset = rxCount;
            }

            // Blocking receive outside the lock: other threads publish meanwhile. Only this thread touches rx.
            int received = transport.Receive(rx, offset, rx.Length - offset, wait);
            lock (sync)
            {
                if (current != generation)
                {
                    return;
                }

                if (received < 0)
                {
                    Drop(ConnectionReason.ConnectionLost, received, false);
                    return;
                }

                if (received > 0)
                {
                    rxCount += received;
                    keepAlive.Received(clock.Milliseconds);
                    HandlePackets(current);
                }

                if (current == generation)
                {
                    RunTimers();
                }
            }
        }

        private void HandlePackets(int current)
        {
            int offset = 0;
            while (current == generation)
            {
                int status = FixedHeader.Read(rx, offset, rxCount - offset, rx.Length, out int length);
                if (status == FixedHeader.NeedMoreData)
                {
                    break;
                }

                if (status != ReasonCode.Success)
                {
                    ProtocolFailure(status);
                    return;
                }

                Dispatch(offset, length);
                offset += length;
            }

            if (current == generation && offset > 0)
            {
                rxCount -= offset;
                if (rxCount > 0)
                {
                    Array.Copy(rx, offset, rx, 0, rxCount);
                }
            }
        }

        private void Dispatch(int offset, int length)
        {
            int type = rx[offset] >> 4;
            if (state == AwaitingConnAck)
            {
                if (type == PacketType.ConnAck)
                {
                    HandleConnAck(offset, length);
                }
                else
                {
                    ProtocolFailure(ReasonCode.ProtocolError);
                }

                return;
            }

            switch (type)
            {
                case PacketType.Publish:
                    HandlePublish(offset, length);
                    break;
                case PacketType.PubAck:
                case PacketType.PubRec:
                case PacketType.PubComp:
                    HandleOutboundAck(offset, length);
                    break;
                case PacketType.PubRel:
                    HandlePubRel(offset, length);
                    break;
                case PacketType.SubAck:
                    HandleSubAck(offset, length);
                    break;
                case PacketType.UnsubAck:
                    HandleUnsubAck(offset, length);
                    break;
                case PacketType.PingResp:
                    int status = PingRespDecoder.Decode(rx, offset, length);
                    if (status != ReasonCode.Success)
                    {
                        ProtocolFailure(status);
                    }

                    break;
                case PacketType.Disconnect:
                    HandleDisconnect(offset, length);
                    break;
                default:
                    // CONNACK again, or a packet only a client sends; AUTH without an authentication method.
                    ProtocolFailure(ReasonCode.ProtocolError);
                    break;
            }
        }

        private void HandlePublish(int offset, int length)
        {
            int status = PublishDecoder.Decode(rx, offset, length, version, publishView);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            int qos = publishView.Qos;
            int packetId = publishView.PacketId;
            if (qos == 2 && !AcceptQos2(packetId))
            {
                return;
            }

            int current = generation;
            Deliver();
            if (current != generation)
            {
                return;
            }

            if (qos == 1)
            {
                SendAck(PacketType.PubAck, packetId, ReasonCode.Success);
            }
            else if (qos == 2)
            {
                SendAck(PacketType.PubRec, packetId, ReasonCode.Success);
            }
        }

        /// <summary>
        /// Exactly once for an incoming QoS 2 PUBLISH: false when it must not be delivered (a retransmission, answered
        /// with PUBREC again, or a broken limit that ended the connection).
        /// </summary>
        private bool AcceptQos2(int packetId)
        {
            if (inbound.Contains(packetId))
            {
                if (publishView.Dup)
                {
                    // Delivered already, PUBREL not yet here: acknowledge again, never deliver twice.
                    inbound.Confirm(packetId);
                    SendAck(PacketType.PubRec, packetId, ReasonCode.Success);
                    return false;
                }

                // DUP 0 is a new message [MQTT-3.3.1-1]: the broker completed or forgot the old one with this id.
                inbound.Remove(packetId);
                inboundIdsReused++;
            }

            if (inbound.Add(packetId))
            {
                return true;
            }

            // Full: more unreleased QoS 2 messages than our table (5.0: than the Receive Maximum we advertised). Ending
            // the connection would loop: the broker resends them all after the reconnect (mosquitto 2.0 does overshoot
            // after restoring its database). Make room instead: first an id from before the reconnect that the broker
            // no longer confirmed, else the oldest.
            if (!inbound.EvictUnconfirmed())
            {
                inbound.EvictOldest();
            }

            inboundEvictions++;
            inbound.Add(packetId);
            return true;
        }

        private void Deliver()
        {
            MessageReceivedHandler handler = MessageReceived;
            if (handler == null)
            {
                return;
            }

            message.Set(publishView);
            try
            {
                handler(this, message);
            }
            catch (Exception)
            {
                handlerErrors++;
            }
        }

        private void HandlePubRel(int offset, int length)
        {
            int status = AckDecoder.Decode(rx, offset, length, version, ack);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            bool known = inbound.Remove(ack.PacketId);
            if (!known)
            {
                unexpectedPacketIds++;
            }

            SendAck(PacketType.PubComp, ack.PacketId,
                known || !v5 ? ReasonCode.Success : ReasonCode.PacketIdentifierNotFound);
        }

        private void HandleSubAck(int offset, int length)
        {
            int status = SubAckDecoder.Decode(rx, offset, length, version, subAck);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            int index = subscriptions.FindPending(subAck.PacketId);
            if (index < 0 || subscriptions.GetState(index) != SubscriptionState.Subscribing)
            {
                unexpectedPacketIds++;
                return;
            }

            if (subAck.ReasonCodeCount != 1)
            {
                // One filter per SUBSCRIBE: one reason code per SUBACK [MQTT-3.8.4-6].
                ProtocolFailure(ReasonCode.ProtocolError);
                return;
            }

            int code = subAck.GetReasonCode(0);
            if (code >= ReasonCode.UnspecifiedError)
            {
                subscriptions.Remove(index);
            }
            else
            {
                subscriptions.Set(index, SubscriptionState.Active, 0);
            }

            RaiseFilterResult(SubscribeCompleted, subAck.PacketId, code);
        }

        private void HandleUnsubAck(int offset, int length)
        {
            int status = UnsubAckDecoder.Decode(rx, offset, length, version, unsubAck);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            int index = subscriptions.FindPending(unsubAck.PacketId);
            if (index < 0 || subscriptions.GetState(index) != SubscriptionState.Unsubscribing)
            {
                unexpectedPacketIds++;
                return;
            }

            if (v5 && unsubAck.ReasonCodeCount != 1)
            {
                ProtocolFailure(ReasonCode.ProtocolError);
                return;
            }

            subscriptions.Remove(index);
            RaiseFilterResult(UnsubscribeCompleted, unsubAck.PacketId, v5 ? unsubAck.GetReasonCode(0) : 0);
        }

        private void HandleDisconnect(int offset, int length)
        {
            int status = DisconnectDecoder.Decode(rx, offset, length, version, disconnectView);
            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            Drop(ConnectionReason.ServerDisconnect, disconnectView.ReasonCode, false);
        }

        private void RaiseFilterResult(SubscribeCompletedHandler handler, int packetId, int code)
        {
            if (handler == null)
            {
                return;
            }

            try
            {
                handler(this, packetId, 0, code);
            }
            catch (Exception)
            {
                handlerErrors++;
            }
        }
    }
}
