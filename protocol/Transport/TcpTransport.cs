using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Transport
{
    /// <summary>
    /// MQTT over TCP on <see cref="Socket"/>, with only the calls that nanoFramework's System.Net and .NET share, so the
    /// same file serves the device and the host. No exception escapes: socket errors become
    /// <see cref="TransportStatus"/> values. One connection at a time; <see cref="Close"/> may come from any thread.
    /// </summary>
    public sealed class TcpTransport : IMqttTransport
    {
        // Longest single Poll: a Close from another thread ends a pending Receive within this time.
        private const int PollSliceMilliseconds = 100;

        private readonly object _gate = new object();
        private readonly Timer _connectTimer;
        private Socket _socket;
        private bool _connectPending;
        private bool _connectTimedOut;

        /// <summary>Creates a closed transport.</summary>
        public TcpTransport()
        {
            _connectTimer = new Timer(OnConnectTimeout, null, -1, -1);
            SendTimeoutMilliseconds = 10000;
        }

        /// <summary>How long a send may block when the peer stops reading (then it fails with SendTimeout).</summary>
        public int SendTimeoutMilliseconds { get; set; }

        /// <summary>True between a successful <see cref="Connect"/> and <see cref="Close"/> or a failure.</summary>
        public bool IsOpen
        {
            get { return _socket != null; }
        }

        /// <inheritdoc />
        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            Close();
            if (host == null || host.Length == 0 || port < 1 || port > 65535 || timeoutMilliseconds <= 0)
            {
                return TransportStatus.InvalidArgument;
            }

            IPAddress address;
            int status = Resolve(host, out address);
            if (status != TransportStatus.Ok)
            {
                return status;
            }

            Socket socket;
            try
            {
                socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
                socket.SendTimeout = SendTimeoutMilliseconds;
            }
            catch (Exception)
            {
                return TransportStatus.Error;
            }

            lock (_gate)
            {
                _socket = socket;
                _connectPending = true;
                _connectTimedOut = false;
            }

            // The timer closes the socket when the connect outlasts the timeout: both runtimes then fail Connect.
            _connectTimer.Change(timeoutMilliseconds, -1);
            status = TransportStatus.Ok;
            try
            {
                socket.Connect(new IPEndPoint(address, port));
            }
            catch (SocketException e)
            {
                status = MapConnectError(ErrorOf(e));
            }
            catch (Exception)
            {
                status = TransportStatus.Error;
            }
            finally
            {
                _connectTimer.Change(-1, -1);
            }

            lock (_gate)
            {
                _connectPending = false;
                if (_connectTimedOut)
                {
                    status = TransportStatus.Timeout;
                }
                else if (_socket != socket && status == TransportStatus.Ok)
                {
                    status = TransportStatus.NotConnected;
                }

                if (status != TransportStatus.Ok && _socket == socket)
                {
                    _socket = null;
                }
            }

            if (status != TransportStatus.Ok)
            {
                Release(socket);
            }

            return status;
        }

        /// <inheritdoc />
        public int Send(byte[] buffer, int offset, int count)
        {
            if (!Window.IsValid(buffer, offset, count))
            {
                return TransportStatus.InvalidArgument;
            }

            Socket socket = _socket;
            if (socket == null)
            {
                return TransportStatus.NotConnected;
            }

            try
            {
                int sent = 0;
                while (sent < count)
                {
                    int n = socket.Send(buffer, offset + sent, count - sent, SocketFlags.None);
                    if (n <= 0)
                    {
                        return Fail(socket, TransportStatus.Closed);
                    }

                    sent += n;
                }

                return TransportStatus.Ok;
            }
            catch (SocketException e)
            {
                int error = ErrorOf(e);
                return Fail(socket, error == (int)SocketError.TimedOut || error == (int)SocketError.WouldBlock
                    ? TransportStatus.SendTimeout
                    : MapError(error));
            }
            catch (Exception)
            {
                return Fail(socket, TransportStatus.NotConnected);
            }
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (count <= 0 || !Window.IsValid(buffer, offset, count))
            {
                return TransportStatus.InvalidArgument;
            }

            Socket socket = _socket;
            if (socket == null)
            {
                return TransportStatus.NotConnected;
            }

            int ready = WaitReadable(socket, timeoutMilliseconds);
            if (ready <= 0)
            {
                return ready;
            }

            try
            {
                int n = socket.Receive(buffer, offset, count, SocketFlags.None);
                return n > 0 ? n : Fail(socket, TransportStatus.Closed);
            }
            catch (SocketException e)
            {
                return Fail(socket, MapError(ErrorOf(e)));
            }
            catch (Exception)
            {
                return Fail(socket, TransportStatus.NotConnected);
            }
        }

        /// <summary>The open socket, for a TLS stream layered on this transport (null when closed).</summary>
        internal Socket Socket
        {
            get { return _socket; }
        }

        /// <summary>
        /// Waits up to <paramref name="timeoutMilliseconds"/> (negative: forever) until the socket has data or was
        /// closed by the peer: 1, 0 on timeout, or a negative status (then the connection is closed).
        /// </summary>
        internal int WaitReadable(int timeoutMilliseconds)
        {
            Socket socket = _socket;
            return socket == null ? TransportStatus.NotConnected : WaitReadable(socket, timeoutMilliseconds);
        }

        /// <summary>Closes the connection after a failure of a layer above (TLS); returns <paramref name="status"/>.</summary>
        internal int Fail(int status)
        {
            Socket socket = _socket;
            return socket == null ? TransportStatus.NotConnected : Fail(socket, status);
        }

        // Polls in slices so that a Close from another thread ends the wait within one slice.
        private int WaitReadable(Socket socket, int timeoutMilliseconds)
        {
            try
            {
                bool forever = timeoutMilliseconds < 0;
                int remaining = forever ? PollSliceMilliseconds : timeoutMilliseconds;
                while (true)
                {
                    int slice = remaining > PollSliceMilliseconds ? PollSliceMilliseconds : remaining;
                    if (socket.Poll(slice * 1000, SelectMode.SelectRead))
                    {
                        return 1;
                    }

                    if (_socket != socket)
                    {
                        return TransportStatus.NotConnected;
                    }

                    if (!forever)
                    {
                        remaining -= slice;
                        if (remaining <= 0)
                        {
                            return 0;
                        }
                    }
                }
            }
            catch (SocketException e)
            {
                return Fail(socket, MapError(ErrorOf(e)));
            }
            catch (Exception)
            {
                return Fail(socket, TransportStatus.NotConnected);
            }
        }

        /// <inheritdoc />
        public void Close()
        {
            Socket socket;
            lock (_gate)
            {
                socket = _socket;
                _socket = null;
            }

            Release(socket);
        }

        private void OnConnectTimeout(object state)
        {
            Socket socket;
            lock (_gate)
            {
                socket = _socket;
                if (!_connectPending || socket == null)
                {
                    return;
                }

                _connectTimedOut = true;
                _socket = null;
            }

            Release(socket);
        }

        // Closes the connection after a failure, unless another thread closed or replaced it first (then NotConnected).
        private int Fail(Socket socket, int status)
        {
            bool current;
            lock (_gate)
            {
                current = _socket == socket;
                if (current)
                {
                    _socket = null;
                }
            }

            Release(socket);
            return current ? status : TransportStatus.NotConnected;
        }

        private static void Release(Socket socket)
        {
            if (socket == null)
            {
                return;
            }

            try
            {
                socket.Close();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }

        private static int Resolve(string host, out IPAddress address)
        {
            address = null;
            try
            {
                IPHostEntry entry = Dns.GetHostEntry(host);
                IPAddress[] list = entry.AddressList;
                for (int i = 0; list != null && i < list.Length; i++)
                {
                    if (list[i].AddressFamily == AddressFamily.InterNetwork)
                    {
                        address = list[i];
                        return TransportStatus.Ok;
                    }
                }

                return TransportStatus.HostNotFound;
            }
            catch (SocketException e)
            {
                int error = ErrorOf(e);
                return error == (int)SocketError.HostNotFound || error == (int)SocketError.NoData
                    || error == (int)SocketError.TryAgain || error == (int)SocketError.NoRecovery
                    ? TransportStatus.HostNotFound
                    : MapError(error);
            }
            catch (Exception)
            {
                return TransportStatus.HostNotFound;
            }
        }

        private static int MapConnectError(int error)
        {
            if (error == (int)SocketError.ConnectionRefused)
            {
                return TransportStatus.Refused;
            }

            if (error == (int)SocketError.TimedOut)
            {
                return TransportStatus.Timeout;
            }

            if (error == (int)SocketError.HostUnreachable || error == (int)SocketError.NetworkUnreachable
                || error == (int)SocketError.HostDown || error == (int)SocketError.NetworkDown)
            {
                return TransportStatus.HostNotFound;
            }

            return MapError(error);
        }

        private static int MapError(int error)
        {
            if (error == (int)SocketError.ConnectionReset || error == (int)SocketError.ConnectionAborted
                || error == (int)SocketError.Shutdown || error == (int)SocketError.NotConnected
                || error == (int)SocketError.Disconnecting)
            {
                return TransportStatus.Closed;
            }

            return TransportStatus.Error;
        }

        // nanoFramework's SocketException carries the SocketError value in ErrorCode; .NET's carries the OS error there.
        private static int ErrorOf(SocketException e)
        {
#if NANOFRAMEWORK_1_0
            return e.ErrorCode;
#else
            return (int)e.SocketErrorCode;
#endif
        }
    }
}
