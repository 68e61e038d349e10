namespace Telemetry.Mqtt.Session
{
    /// <summary>Where an <see cref="Outbox"/> entry is in its QoS flow.</summary>
    public static class OutboxState
    {
        /// <summary>Slot unused (or acknowledged, waiting for the older entries to go).</summary>
        public const int Free = 0;

        /// <summary>Stored, not sent on this connection yet.</summary>
        public const int Queued = 1;

        /// <summary>PUBLISH sent, waiting for PUBACK (QoS 1) or PUBREC (QoS 2).</summary>
        public const int AwaitingAck = 2;

        /// <summary>PUBREL sent, waiting for PUBCOMP (QoS 2).</summary>
        public const int AwaitingComplete = 3;
    }
}
