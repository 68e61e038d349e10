namespace Telemetry.Mqtt.Transport
{
    /// <summary>
    /// A byte stream to the broker (TCP, TLS, or a test double). Results are <see cref="TransportStatus"/> values or
    /// byte counts; no method throws for a normal network condition.
    /// </summary>
    public interface IMqttTransport
    {
        /// <summary>Opens the connection; returns <see cref="TransportStatus.Ok"/> or a negative status.</summary>
        int Connect(string host, int port, int timeoutMilliseconds);

        /// <summary>Sends all <paramref name="count"/> bytes; returns <see cref="TransportStatus.Ok"/> or a negative status.</summary>
        int Send(byte[] buffer, int offset, int count);

        /// <summary>
        /// Waits up to <paramref name="timeoutMilliseconds"/> for data; returns the bytes read (more than 0), 0 when
        /// nothing arrived in time, or a negative status when the connection is closed or failed.
        /// </summary>
        int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        /// <summary>Closes the connection; safe to call twice and from another thread.</summary>
        void Close();
    }
}
