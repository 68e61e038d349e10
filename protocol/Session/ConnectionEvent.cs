using Telemetry.Mqtt.Codec;

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

        /// <summary>
        /// 5.0: properties of the CONNACK (connected or refused) or of the broker's DISCONNECT, as views into the
        /// receive buffer (Reason String, Server Reference, User Properties...); null otherwise. Valid during the call.
        /// </summary>
        public ReceivedProperties Properties;

        /// <summary>True when <see cref="Properties"/> carries a Reason String (bytes at its offset and length).</summary>
        public bool HasReasonString
        {
            get { return Properties != null && Properties.Has(PropertyId.ReasonString); }
        }

        /// <summary>
        /// 5.0 Server Reference (CONNACK or DISCONNECT with Use Another Server 0x9C / Server Moved 0x9D): true and the
        /// UTF-8 bytes in <see cref="Properties"/>.Buffer at the offset and length when present.
        /// </summary>
        public bool HasServerReference
        {
            get { return Properties != null && Properties.Has(PropertyId.ServerReference); }
        }

        internal void Set(bool connected, int reason, int code, bool sessionPresent, long retryIn)
        {
            Connected = connected;
            Reason = reason;
            Code = code;
            SessionPresent = sessionPresent;
            RetryInMilliseconds = retryIn;
            Properties = null;
        }
    }
}
