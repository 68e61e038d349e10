using System;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Mqtt.Transport
{
    /// <summary>
    /// Device-only MQTT over TLS 1.2 (<c>mqtts://</c>): nanoFramework's <see cref="SslStream"/> over the socket of a
    /// <see cref="TcpTransport"/>, with the server certificate verified against a CA (PEM) and the host name, and an
    /// optional client certificate and key (PEM), or the certificate stored on the device by nanoff. Same interface and
    /// statuses as <see cref="TcpTransport"/>; a refused handshake is <see cref="TransportStatus.TlsFailed"/>.
    /// The host twin is Transport/Simulated/HostTlsTransport.cs.
    /// </summary>
    public sealed class TlsTransport : IMqttTransport
    {
        private readonly TcpTransport _tcp = new TcpTransport();
        private readonly object _gate = new object();
        private readonly X509Certificate _ca;
        private readonly X509Certificate2 _clientCertificate;
        private readonly bool _useStoredDeviceCertificate;
        private SslStream _stream;

        /// <summary>
        /// Trusts <paramref name="caPem"/> (null: the CA bundle stored on the device); presents the client certificate
        /// <paramref name="clientCertificatePem"/> with <paramref name="clientKeyPem"/> (both null: none). Parses the
        /// certificates once, here.
        /// </summary>
        public TlsTransport(string caPem, string clientCertificatePem, string clientKeyPem, string clientKeyPassword)
        {
            if (caPem != null)
            {
                _ca = new X509Certificate(caPem);
            }

            if (clientCertificatePem != null)
            {
                _clientCertificate = new X509Certificate2(clientCertificatePem, clientKeyPem, clientKeyPassword);
            }
        }

        /// <summary>Trusts <paramref name="caPem"/> and presents the client certificate stored on the device by nanoff.</summary>
        public TlsTransport(string caPem, bool useStoredDeviceCertificate)
            : this(caPem, null, null, null)
        {
            _useStoredDeviceCertificate = useStoredDeviceCertificate;
        }

        /// <summary>Why the last handshake failed, or null.</summary>
        public string LastTlsError { get; private set; }

        /// <inheritdoc />
        public int Connect(string host, int port, int timeoutMilliseconds)
        {
            Close();
            LastTlsError = null;
            int status = _tcp.Connect(host, port, timeoutMilliseconds);
            if (status != TransportStatus.Ok)
            {
                return status;
            }

            try
            {
                SslStream stream = new SslStream(_tcp.Socket);
                stream.SslVerification = SslVerification.VerifyPeer;
                stream.UseStoredDeviceCertificate = _useStoredDeviceCertificate;
                stream.ReadTimeout = timeoutMilliseconds;
                stream.AuthenticateAsClient(host, _clientCertificate, _ca, SslProtocols.Tls12);
                lock (_gate)
                {
                    _stream = stream;
                }

                return TransportStatus.Ok;
            }
            catch (Exception e)
            {
                LastTlsError = e.Message;
                _tcp.Close();
                return TransportStatus.TlsFailed;
            }
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
                return TransportStatus.Ok;
            }
            catch (Exception)
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

            try
            {
                if (!stream.DataAvailable)
                {
                    // Decrypted bytes may already wait in the stream; otherwise wait for the socket.
                    int ready = _tcp.WaitReadable(timeoutMilliseconds);
                    if (ready <= 0)
                    {
                        return ready < 0 ? Fail(stream, ready) : 0;
                    }
                }

                int n = stream.Read(buffer, offset, count);
                return n > 0 ? n : Fail(stream, TransportStatus.Closed);
            }
            catch (Exception)
            {
                return Fail(stream, TransportStatus.Closed);
            }
        }

        /// <inheritdoc />
        public void Close()
        {
            SslStream stream;
            lock (_gate)
            {
                stream = _stream;
                _stream = null;
            }

            Release(stream);
            _tcp.Close();
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
                }
            }

            Release(stream);
            _tcp.Fail(status);
            return current ? status : TransportStatus.NotConnected;
        }

        private static void Release(SslStream stream)
        {
            if (stream == null)
            {
                return;
            }

            try
            {
                stream.Dispose();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }
    }
}
