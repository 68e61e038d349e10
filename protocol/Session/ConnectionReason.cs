namespace Telemetry.Mqtt.Session
{
    /// <summary>Why the connection changed (<see cref="ConnectionEvent.Reason"/>).</summary>
    public static class ConnectionReason
    {
        /// <summary>CONNACK accepted the connection (<see cref="ConnectionEvent.SessionPresent"/> tells about the session).</summary>
        public const int Connected = 0;

        /// <summary>The broker refused the CONNECT; <see cref="ConnectionEvent.Code"/> is the CONNACK return/reason code.</summary>
        public const int Refused = 1;

        /// <summary>The transport could not connect; <see cref="ConnectionEvent.Code"/> is the <c>TransportStatus</c>.</summary>
        public const int TransportFailed = 2;

        /// <summary>The socket closed or failed; <see cref="ConnectionEvent.Code"/> is the <c>TransportStatus</c>.</summary>
        public const int ConnectionLost = 3;

        /// <summary>No PINGRESP (or any packet) within the keep-alive deadline: a dead or half-open connection.</summary>
        public const int KeepAliveTimeout = 4;

        /// <summary>The broker sent DISCONNECT; <see cref="ConnectionEvent.Code"/> is its reason code (0 in 3.1.1).</summary>
        public const int ServerDisconnect = 5;

        /// <summary>
        /// The broker broke the protocol (malformed packet, protocol error, too large); the client sent DISCONNECT in 5.0
        /// and closed. <see cref="ConnectionEvent.Code"/> is the reason code.
        /// </summary>
        public const int ProtocolError = 6;

        /// <summary>No CONNACK within <see cref="MqttClientOptions.ConnectTimeoutMilliseconds"/>.</summary>
        public const int ConnectTimeout = 7;

        /// <summary>The application called <c>Disconnect</c> or <c>Stop</c>.</summary>
        public const int ClientDisconnect = 8;
    }
}
