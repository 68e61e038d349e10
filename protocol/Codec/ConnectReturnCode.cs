namespace Telemetry.Mqtt.Codec
{
    /// <summary>MQTT 3.1.1 CONNACK return codes (3.1.1 §3.2.2.3); 5.0 uses <see cref="ReasonCode"/> instead.</summary>
    public static class ConnectReturnCode
    {
        /// <summary>Connection accepted.</summary>
        public const int Accepted = 0x00;

        /// <summary>The Server does not support the level of the MQTT protocol requested by the Client.</summary>
        public const int UnacceptableProtocolVersion = 0x01;

        /// <summary>The Client identifier is correct UTF-8 but not allowed by the Server.</summary>
        public const int IdentifierRejected = 0x02;

        /// <summary>The Network Connection has been made but the MQTT service is unavailable.</summary>
        public const int ServerUnavailable = 0x03;

        /// <summary>The data in the user name or password is malformed.</summary>
        public const int BadUserNameOrPassword = 0x04;

        /// <summary>The Client is not authorized to connect.</summary>
        public const int NotAuthorized = 0x05;
    }
}
