namespace Telemetry.Mqtt.Session
{
    /// <summary>What <see cref="MqttClient.ConnectionChanged"/> reports; one instance, reused.</summary>
    public sealed class ConnectionEvent
    {
        /// <summary>True when the connection just opened (CONNACK accepted), false when it closed or failed.</summary>
        public bool Connected;

        /// <summary>A <see cref="ConnectionReason"/> value.</summary>
        public int Reason;

        /// <summary>The code that goes with the reason: CONNACK or DISCONNECT reason code, or a transport status.</summary>
        public int Code;

        /// <summary>Session Present of the CONNACK (when <see cref="Connected"/>).</summary>
        public bool SessionPresent;

        /// <summary>Milliseconds until the next connection attempt (when not connected and reconnecting), else -1.</summary>
        public long RetryInMilliseconds;

        internal void Set(bool connected, int reason, int code, bool sessionPresent, long retryIn)
        {
            Connected = connected;
            Reason = reason;
            Code = code;
            SessionPresent = sessionPresent;
            RetryInMilliseconds = retryIn;
        }
    }
}
