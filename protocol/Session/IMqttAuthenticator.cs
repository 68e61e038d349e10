namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// MQTT 5 enhanced authentication (§4.12): the client's side of an AUTH exchange, used at CONNECT and for
    /// re-authentication (<see cref="MqttClient.Reauthenticate"/>). Called on the client's thread, inside its lock: do
    /// not block. Data windows are valid during the call only.
    /// </summary>
    public interface IMqttAuthenticator
    {
        /// <summary>Authentication Method sent in CONNECT and every AUTH (for example "SCRAM-SHA-1").</summary>
        string Method { get; }

        /// <summary>
        /// First step: writes the initial Authentication Data into <paramref name="output"/> from
        /// <paramref name="offset"/> (at most <paramref name="count"/> bytes) and returns its length (0: none).
        /// </summary>
        int Start(byte[] output, int offset, int count);

        /// <summary>
        /// The broker asked to continue (AUTH 0x18) with its data (<paramref name="input"/> window): write the answer
        /// into <paramref name="output"/> and return its length, or a negative value to give up (the client then
        /// ends the connection: DISCONNECT 0x80, reason <see cref="ConnectionReason.AuthenticationFailed"/>).
        /// </summary>
        int Continue(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset, int outputCount);

        /// <summary>
        /// The exchange ended: <paramref name="reasonCode"/> 0 (CONNACK success, or AUTH success after a
        /// re-authentication) with the broker's final data, else the failure code (CONNACK or DISCONNECT).
        /// </summary>
        void Completed(int reasonCode, byte[] data, int offset, int length);
    }
}
