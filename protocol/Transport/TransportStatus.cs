namespace Telemetry.Mqtt.Transport
{
    /// <summary>Results of <see cref="IMqttTransport"/> calls: 0 for success, negative values for failures.</summary>
    public static class TransportStatus
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>The peer closed the connection.</summary>
        public const int Closed = -1;

        /// <summary>A socket error broke the connection.</summary>
        public const int Error = -2;

        /// <summary>The host name did not resolve.</summary>
        public const int HostNotFound = -3;

        /// <summary>The broker refused the TCP connection.</summary>
        public const int Refused = -4;

        /// <summary>Connecting took longer than the timeout.</summary>
        public const int Timeout = -5;

        /// <summary>The TLS handshake failed (certificate, host name, protocol).</summary>
        public const int TlsFailed = -6;

        /// <summary>No connection is open.</summary>
        public const int NotConnected = -7;

        /// <summary>A null or empty host, a port outside 1..65535, or a buffer window outside its array.</summary>
        public const int InvalidArgument = -8;

        /// <summary>Sending did not complete within the send timeout (the peer stopped reading).</summary>
        public const int SendTimeout = -9;
    }
}
