using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Transport.Simulated
{
    /// <summary>
    /// Host-only MQTT over TLS 1.2 on .NET's <see cref="SslStream"/>: the server certificate must chain to the given CA
    /// (and only to it) and carry the host name connected to; an optional client certificate. Same interface and
    /// statuses as <see cref="TcpTransport"/>; a refused handshake is <see cref="TransportStatus.TlsFailed"/> with the
    /// reason in <see cref="LastTlsError"/>. The device twin is Transport/Device/TlsTransport.cs.
    /// </summary>
    public sealed class HostTlsTransport : IMqttTransport
    {
        private readonly X509Certificate2 _ca;
        private readonly X509Certificate2 _clientCertificate;
        private readonly object _gate = new object();
        private readonly byte[] _readBuffer = new byte[16384];
        private Socket _socket;
        private SslStream _stream;
        private Task<int> _pendingRead;
        private int _readOffset;
        private int _readCount;

        /// <summary>Trusts only <paramref name="caPem"/>; presents <paramref name="clientCertificate"/> when not null.</summary>
        public HostTlsTransport(string caPem, X509Certificate2 clientCertificate)
        {
            _ca = X509Certificate2.CreateFromPem(caPem);
            _clientCertificate = clientCertificate;
        }

        /// <summary>Why the last handshake failed (certificate chain, expiry, host name, protocol), or null.</summary>
        public string LastTlsError { get; private set; }

        /// <inheritdoc />
        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            Close();
            LastTlsError = null;
            if (string.IsNullOrEmpty(host) || port < 1 || port > 65535 || timeoutMilliseconds <= 0)
            {
                return TransportStatus.InvalidArgument;
            }

            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using var timeout = new CancellationTokenSource(timeoutMilliseconds);
            try
            {
                socket.ConnectAsync(host, port, timeout.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                return TransportStatus.Timeout;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                return e.SocketErrorCode == SocketError.ConnectionRefused ? TransportStatus.Refused
                    : e.SocketErrorCode == SocketError.HostNotFound || e.SocketErrorCode == SocketError.NoData ? TransportStatus.HostNotFound
                    : TransportStatus.Error;
            }

            var stream = new SslStream(new NetworkStream(socket, ownsSocket: true), false, Validate);
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = SslProtocols.Tls12,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            };
            if (_clientCertificate != null)
            {
                options.ClientCertificates = new X509CertificateCollection { _clientCertificate };
            }

            try
            {
                stream.AuthenticateAsClientAsync(options, timeout.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or SocketException)
            {
                LastTlsError ??= e is OperationCanceledException ? "handshake timed out" : e.Message;
                stream.Dispose();
                return e is OperationCanceledException ? TransportStatus.Timeout : TransportStatus.TlsFailed;
            }

            lock (_gate)
            {
                _socket = socket;
                _stream = stream;
                _pendingRead = null;
                _readCount = 0;
            }

            return TransportStatus.Ok;
        }

        /// <inheritdoc />
        public int Send(byte[] buffer, int offset, int count)
        {
            if (!Window.IsValid(buffer, offset, count))
            {
                return TransportStatus.InvalidArgument;
            }

            SslStream stream = _stream;
            if (stream == null)
            {
                return TransportStatus.NotConnected;
            }

            try
            {
                stream.Write(buffer, offset, count);
                stream.Flush();
                return TransportStatus.Ok;
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
            {
                return Fail(stream, TransportStatus.Closed);
            }
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (count <= 0 || !Window.IsValid(buffer, offset, count))
            {
                return TransportStatus.InvalidArgument;
            }

            SslStream stream = _stream;
            if (stream == null)
            {
                return TransportStatus.NotConnected;
            }

            if (_readCount == 0)
            {
                // One read stays pending across timeouts, so a timeout never breaks the TLS stream.
                _pendingRead ??= stream.ReadAsync(_readBuffer, 0, _readBuffer.Length);
                try
                {
                    if (!_pendingRead.Wait(timeoutMilliseconds < 0 ? Timeout.Infinite : timeoutMilliseconds))
                    {
                        return _stream == stream ? 0 : TransportStatus.NotConnected;
                    }

                    _readCount = _pendingRead.Result;
                    _readOffset = 0;
                    _pendingRead = null;
                }
                catch (AggregateException)
                {
                    return Fail(stream, TransportStatus.Closed);
                }

                if (_readCount == 0)
                {
                    return Fail(stream, TransportStatus.Closed);
                }
            }

            int n = Math.Min(count, _readCount);
            Array.Copy(_readBuffer, _readOffset, buffer, offset, n);
            _readOffset += n;
            _readCount -= n;
            return n;
        }

        /// <inheritdoc />
        public void Close()
        {
            SslStream stream;
            lock (_gate)
            {
                stream = _stream;
                _stream = null;
                _socket = null;
            }

            stream?.Dispose();
        }

        private int Fail(SslStream stream, int status)
        {
            bool current;
            lock (_gate)
            {
                current = _stream == stream;
                if (current)
                {
                    _stream = null;
                    _socket = null;
                    _pendingRead = null;
                    _readCount = 0;
                }
            }

            stream.Dispose();
            return current ? status : TransportStatus.NotConnected;
        }

        private bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (certificate == null)
            {
                LastTlsError = "the server sent no certificate";
                return false;
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                LastTlsError = "the server certificate does not name the host (RemoteCertificateNameMismatch)";
                return false;
            }

            using var own = new X509Chain();
            own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            own.ChainPolicy.CustomTrustStore.Add(_ca);
            own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (own.Build(new X509Certificate2(certificate)))
            {
                return true;
            }

            string reasons = "";
            foreach (X509ChainStatus status in own.ChainStatus)
            {
                reasons += (reasons.Length > 0 ? ", " : "") + status.Status;
            }

            LastTlsError = "the server certificate is not trusted: " + reasons;
            return false;
        }
    }
}
