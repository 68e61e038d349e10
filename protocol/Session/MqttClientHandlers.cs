namespace Telemetry.Mqtt.Session
{
    /// <summary>A message arrived; <paramref name="message"/> is reused and valid only during the call.</summary>
    public delegate void MessageReceivedHandler(MqttClient client, ReceivedMessage message);

    /// <summary>
    /// A QoS 1/2 publish ended: <paramref name="reasonCode"/> 0 on PUBACK/PUBCOMP success, else the broker's 5.0 reason
    /// code (0x80 and above).
    /// </summary>
    public delegate void PublishCompletedHandler(MqttClient client, int packetId, int reasonCode);

    /// <summary>
    /// The broker answered one filter of a SUBSCRIBE (SUBACK: granted QoS or failure code) or UNSUBSCRIBE (UNSUBACK: 0 in
    /// 3.1.1); <paramref name="index"/> is the filter's position in that packet (0 for a single filter).
    /// </summary>
    public delegate void SubscribeCompletedHandler(MqttClient client, int packetId, int index, int reasonCode);

    /// <summary>The connection opened or closed; <paramref name="e"/> is reused and valid only during the call.</summary>
    public delegate void ConnectionChangedHandler(MqttClient client, ConnectionEvent e);
}
