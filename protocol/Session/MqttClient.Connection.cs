using System;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Mqtt.Session
{
    /// <summary>Connection life: CONNECT, CONNACK and Session Present, keep-alive, timeouts, loss and reconnect.</summary>
    public sealed partial class MqttClient
    {
        private void OpenConnection()
        {
            int started;
            lock (sync)
            {
                started = generation;
            }

            // The TCP (and later TLS) connect blocks: outside the lock, so publishers only queue meanwhile.
            int status = transport.Connect(options.Host, options.Port, options.ConnectTimeoutMilliseconds);
            lock (sync)
            {
                if (started != generation || state != Connecting)
                {
                    if (status == TransportStatus.Ok)
                    {
                        transport.Close();
                    }

                    return;
                }

                if (status != TransportStatus.Ok)
                {
                    Drop(ConnectionReason.TransportFailed, status, false);
                    return;
                }

                long now = clock.Milliseconds;
                connect.CleanStart = firstConnection ? options.CleanStart : !persistentSession;
                cleanStartSent = connect.CleanStart;
                int size = ConnectEncoder.Encode(tx, 0, tx.Length, version, connect);
                state = AwaitingConnAck;
                connAckDeadline = now + options.ConnectTimeoutMilliseconds;
                keepAlive.Start(now, options.KeepAliveSeconds);
                brokerReceiveMaximum = 65535;
                brokerMaximumPacketSize = 0;
                SendBytes(tx, 0, size);
            }
        }

        private void HandleConnAck(int offset, int length)
        {
            int status = ConnAckDecoder.Decode(rx, offset, length, version, connAck);
            if (status != ReasonCode.Success && v5
                && ConnAckDecoder.Decode(rx, offset, length, MqttVersion.V311, connAck) == ReasonCode.Success
                && connAck.ReasonCode == ConnectReturnCode.UnacceptableProtocolVersion)
            {
                // A 3.1.1-only broker answers a 5.0 CONNECT in 3.1.1 form.
                Drop(ConnectionReason.Refused, ReasonCode.UnsupportedProtocolVersion, false);
                return;
            }

            if (status != ReasonCode.Success)
            {
                ProtocolFailure(status);
                return;
            }

            if (connAck.ReasonCode != ReasonCode.Success)
            {
                Drop(ConnectionReason.Refused, connAck.ReasonCode, false);
                return;
            }

            bool sessionPresent = connAck.SessionPresent;
            if (sessionPresent && cleanStartSent)
            {
                // [MQTT-3.2.2-4] (3.1.1) / 3.2.2.1.1 (5.0): a session the client did not ask for.
                ProtocolFailure(ReasonCode.ProtocolError);
                return;
            }

            long now = clock.Milliseconds;
            state = Connected;
            connectedAt = now;
            firstConnection = false;
            connections++;
            if (v5)
            {
                ReceivedProperties properties = connAck.Properties;
                brokerReceiveMaximum = (int)properties.GetInteger(PropertyId.ReceiveMaximum, 65535);
                brokerMaximumPacketSize = properties.GetInteger(PropertyId.MaximumPacketSize, 0);
                if (properties.Has(PropertyId.ServerKeepAlive))
                {
                    keepAlive.Start(now, (int)properties.GetInteger(PropertyId.ServerKeepAlive, 0));
                }
            }

            int current = generation;
            if (!sessionPresent)
            {
                // The broker has no session: forget the incoming QoS 2 ids and publish everything again as new.
                inbound.Clear();
                outbox.RequeueInflight();
            }
            else
            {
                inbound.Unconfirm();
            }

            ResendInflight();
            if (current == generation)
            {
                RestoreSubscriptions(sessionPresent);
            }

            if (current == generation)
            {
                RaiseConnectionChanged(true, ConnectionReason.Connected, 0, sessionPresent, -1);
            }

            if (current == generation)
            {
                Pump();
            }
        }

        private void RunTimers()
        {
            long now = clock.Milliseconds;
            if (state == AwaitingConnAck)
            {
                if (now >= connAckDeadline)
                {
                    Drop(ConnectionReason.ConnectTimeout, 0, false);
                }

                return;
            }

            if (state != Connected)
            {
                return;
            }

            int due = keepAlive.Check(now);
            if (due == KeepAlive.TimedOut)
            {
                Drop(ConnectionReason.KeepAliveTimeout, 0, false);
            }
            else if (due == KeepAlive.PingDue)
            {
                int size = PingReqEncoder.Encode(tx, 0, tx.Length);
                if (SendBytes(tx, 0, size))
                {
                    keepAlive.PingSent(now);
                }
            }
        }

        private long MillisecondsToNextTimer(long now)
        {
            if (state == AwaitingConnAck)
            {
                return connAckDeadline > now ? connAckDeadline - now : 0;
            }

            return keepAlive.Until(now);
        }

        private bool SendBytes(byte[] buffer, int offset, int count)
        {
            int status = transport.Send(buffer, offset, count);
            if (status != TransportStatus.Ok)
            {
                Drop(ConnectionReason.ConnectionLost, status, false);
                return false;
            }

            keepAlive.Sent(clock.Milliseconds);
            return true;
        }

        private void SendAck(int packetType, int packetId, int reasonCode)
        {
            int size = AckEncoder.Encode(tx, 0, tx.Length, version, packetType, packetId, reasonCode, null);
            if (size > 0)
            {
                SendBytes(tx, 0, size);
            }
        }

        /// <summary>The broker broke the protocol: DISCONNECT with the reason code (5.0), then close.</summary>
        private void ProtocolFailure(int reasonCode)
        {
            Drop(ConnectionReason.ProtocolError, reasonCode, true);
        }

        /// <summary>Ends the connection and, when still wanted, schedules the next attempt with backoff.</summary>
        private void Drop(int reason, int code, bool sendDisconnect)
        {
            if (state == Idle || state == Waiting)
            {
                return;
            }

            if (sendDisconnect && v5 && (state == Connected || state == AwaitingConnAck))
            {
                int size = DisconnectEncoder.Encode(tx, 0, tx.Length, version, code, null);
                if (size > 0)
                {
                    transport.Send(tx, 0, size);
                }
            }

            long now = clock.Milliseconds;
            if (state == Connected && now - connectedAt >= options.StableConnectionMilliseconds)
            {
                backoff.Reset();
            }

            long delay = -1;
            if (wanted)
            {
                delay = backoff.Next();
                nextAttempt = now + delay;
            }

            Close(wanted ? Waiting : Idle);
            RaiseConnectionChanged(false, reason, code, false, delay);
        }

        private void Close(int newState)
        {
            transport.Close();
            generation++;
            state = newState;
        }

        private void RaiseConnectionChanged(bool connected, int reason, int code, bool sessionPresent, long retryIn)
        {
            ConnectionChangedHandler handler = ConnectionChanged;
            if (handler == null)
            {
                return;
            }

            connectionEvent.Set(connected, reason, code, sessionPresent, retryIn);
            try
            {
                handler(this, connectionEvent);
            }
            catch (Exception)
            {
                handlerErrors++;
            }
        }

        private int NextPacketId()
        {
            for (int tries = 0; tries < 65535; tries++)
            {
                lastPacketId = lastPacketId >= 65535 ? 1 : lastPacketId + 1;
                if (outbox.Find(lastPacketId) < 0 && subscriptions.FindPending(lastPacketId) < 0)
                {
                    return lastPacketId;
                }
            }

            return 0;
        }
    }
}
