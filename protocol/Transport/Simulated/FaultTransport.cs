using System;
using System.Threading;

namespace Telemetry.Mqtt.Transport.Simulated
{
    /// <summary>
    /// Host-only <see cref="IMqttTransport"/> wrapper that injects faults into a real transport: cut the connection,
    /// stall it (half-open: sends vanish, nothing arrives), delay sends, drop bytes in either direction, cut after a
    /// number of sent bytes, fail the next connects. Every fault is counted. Thread-safe.
    /// </summary>
    public sealed class FaultTransport : IMqttTransport
    {
        private readonly IMqttTransport _inner;
        private readonly object _gate = new object();
        private bool _cut;
        private bool _stalled;
        private int _sendDelayMilliseconds;
        private int _dropOutgoing;
        private int _dropIncoming;
        private long _cutAfterSentBytes = -1;
        private int _failConnects;
        private int _failConnectStatus = TransportStatus.Refused;
        private long _bytesSent;
        private long _bytesReceived;
        private int _connects;
        private int _cuts;

        /// <summary>Wraps <paramref name="inner"/> (usually a <see cref="TcpTransport"/>).</summary>
        public FaultTransport(IMqttTransport inner)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        }

        /// <summary>Bytes passed to the inner transport by <see cref="Send"/>.</summary>
        public long BytesSent => Interlocked.Read(ref _bytesSent);

        /// <summary>Bytes returned by <see cref="Receive"/>.</summary>
        public long BytesReceived => Interlocked.Read(ref _bytesReceived);

        /// <summary>Successful connects.</summary>
        public int Connects => Volatile.Read(ref _connects);

        /// <summary>Connections ended by <see cref="Cut"/> or <see cref="CutAfterSentBytes"/>.</summary>
        public int Cuts => Volatile.Read(ref _cuts);

        /// <summary>Ends the current connection abruptly: pending and later calls fail with Closed until the next connect.</summary>
        public void Cut()
        {
            lock (_gate)
            {
                if (_cut)
                {
                    return;
                }

                _cut = true;
                _cuts++;
            }

            _inner.Close();
        }

        /// <summary>
        /// Half-open connection: while stalled, sends report success but are discarded and nothing is received.
        /// A cut or the next connect ends the stall.
        /// </summary>
        public void Stall(bool stalled)
        {
            lock (_gate)
            {
                _stalled = stalled;
            }
        }

        /// <summary>Each send waits this long before it reaches the inner transport (0 = none).</summary>
        public void DelaySends(int milliseconds)
        {
            Volatile.Write(ref _sendDelayMilliseconds, milliseconds);
        }

        /// <summary>The next <paramref name="count"/> outgoing bytes are silently dropped (the stream is corrupted).</summary>
        public void DropOutgoing(int count)
        {
            lock (_gate)
            {
                _dropOutgoing = count;
            }
        }

        /// <summary>The next <paramref name="count"/> incoming bytes are silently dropped (the stream is corrupted).</summary>
        public void DropIncoming(int count)
        {
            lock (_gate)
            {
                _dropIncoming = count;
            }
        }

        /// <summary>Cuts the connection once <paramref name="count"/> more bytes were sent (possibly mid-packet).</summary>
        public void CutAfterSentBytes(long count)
        {
            lock (_gate)
            {
                _cutAfterSentBytes = count;
            }
        }

        /// <summary>The next <paramref name="count"/> connects fail with <paramref name="status"/> without touching the network.</summary>
        public void FailConnects(int count, int status)
        {
            lock (_gate)
            {
                _failConnects = count;
                _failConnectStatus = status;
            }
        }

        /// <inheritdoc />
        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            lock (_gate)
            {
                if (_failConnects > 0)
                {
                    _failConnects--;
                    return _failConnectStatus;
                }
            }

            int status = _inner.Connect(host, port, timeoutMilliseconds);
            if (status == TransportStatus.Ok)
            {
                lock (_gate)
                {
                    _cut = false;
                    _stalled = false;
                    _connects++;
                }

            }

            return status;
        }

        /// <inheritdoc />
        public int Send(byte[] buffer, int offset, int count)
        {
            int delay = Volatile.Read(ref _sendDelayMilliseconds);
            if (delay > 0)
            {
                Thread.Sleep(delay);
            }

            int skip;
            int pass = count;
            bool cutAfter = false;
            lock (_gate)
            {
                if (_cut)
                {
                    return TransportStatus.Closed;
                }

                if (_stalled)
                {
                    return TransportStatus.Ok;
                }

                skip = Math.Min(_dropOutgoing, count);
                _dropOutgoing -= skip;
                if (_cutAfterSentBytes >= 0 && _cutAfterSentBytes < count - skip)
                {
                    pass = skip + (int)_cutAfterSentBytes;
                    cutAfter = true;
                    _cutAfterSentBytes = -1;
                }
                else if (_cutAfterSentBytes >= 0)
                {
                    _cutAfterSentBytes -= count - skip;
                }
            }

            int status = TransportStatus.Ok;
            if (pass > skip)
            {
                status = _inner.Send(buffer, offset + skip, pass - skip);
                if (status == TransportStatus.Ok)
                {
                    Interlocked.Add(ref _bytesSent, pass - skip);
                }
            }

            if (cutAfter)
            {
                Cut();
                return TransportStatus.Closed;
            }

            return status;
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                int n = _inner.Receive(buffer, offset, count, Math.Min(Remaining(clock, timeoutMilliseconds), 50));
                int skip;
                lock (_gate)
                {
                    if (_cut)
                    {
                        return TransportStatus.Closed;
                    }

                    if (n < 0)
                    {
                        return n;
                    }

                    // While stalled, what arrives is read and lost, as on a dead link.
                    skip = _stalled ? n : Math.Min(_dropIncoming, n);
                    if (!_stalled)
                    {
                        _dropIncoming -= skip;
                    }
                }

                if (n > skip)
                {
                    if (skip > 0)
                    {
                        Array.Copy(buffer, offset + skip, buffer, offset, n - skip);
                    }

                    Interlocked.Add(ref _bytesReceived, n - skip);
                    return n - skip;
                }

                if (Remaining(clock, timeoutMilliseconds) == 0)
                {
                    return 0;
                }
            }
        }

        private static int Remaining(System.Diagnostics.Stopwatch clock, int timeoutMilliseconds)
        {
            if (timeoutMilliseconds < 0)
            {
                return int.MaxValue;
            }

            long left = timeoutMilliseconds - clock.ElapsedMilliseconds;
            return left > 0 ? (int)left : 0;
        }

        /// <inheritdoc />
        public void Close()
        {
            _inner.Close();
        }
    }
}
