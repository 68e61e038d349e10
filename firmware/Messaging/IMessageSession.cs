namespace Telemetry.Firmware.Messaging
{
    /// <summary>Called on the session's thread for each received message; copy what you need before returning.</summary>
    public delegate void InboundMessageHandler(IMessageSession session, InboundMessage message);

    /// <summary>Called on the session's thread when the connection comes up (true) or goes down (false).</summary>
    public delegate void SessionStateHandler(IMessageSession session, bool connected);

    /// <summary>
    /// What the application needs of an MQTT session: our <c>MqttClient</c> behind <c>MqttClientSession</c>,
    /// a fake in the unit tests. The will, credentials and broker are set when the session is built.
    /// Statuses are ints: &gt;= 0 accepted (packet id or 0), negative refused.
    /// </summary>
    public interface IMessageSession
    {
        /// <summary>True while connected to the broker.</summary>
        bool IsConnected { get; }

        /// <summary>MQTT protocol level in use: 4 (3.1.1) or 5 (5.0).</summary>
        int Version { get; }

        /// <summary>Starts connecting (and reconnecting) in the background.</summary>
        void Start();

        /// <summary>Disconnects cleanly (the broker does not send the will) and stops.</summary>
        void Stop();

        /// <summary>Publishes <paramref name="count"/> bytes of <paramref name="payload"/> on <paramref name="topic"/>.</summary>
        int Publish(string topic, byte[] payload, int offset, int count, int qos, bool retain);

        /// <summary>
        /// Publishes on a topic given as UTF-8 bytes (an MQTT 5 Response Topic), with optional Correlation Data
        /// (<paramref name="correlationLength"/> 0 for none).
        /// </summary>
        int PublishTo(
            byte[] topic,
            int topicOffset,
            int topicLength,
            byte[] correlation,
            int correlationOffset,
            int correlationLength,
            byte[] payload,
            int offset,
            int count,
            int qos);

        /// <summary>Subscribes to <paramref name="filter"/>.</summary>
        int Subscribe(string filter, int qos);

        /// <summary>Raised for each received PUBLISH.</summary>
        event InboundMessageHandler MessageReceived;

        /// <summary>Raised when the connection comes up or goes down.</summary>
        event SessionStateHandler StateChanged;
    }
}
