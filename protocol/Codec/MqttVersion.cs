namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Protocol Level byte of CONNECT (3.1.1 §3.1.2.2, 5.0 §3.1.2.2): the version every encoder and decoder takes.
    /// </summary>
    public static class MqttVersion
    {
        /// <summary>MQTT 3.1.1.</summary>
        public const int V311 = 4;

        /// <summary>MQTT 5.0.</summary>
        public const int V500 = 5;

        /// <summary>True for <see cref="V311"/> and <see cref="V500"/>.</summary>
        public static bool IsSupported(int version)
        {
            return version == V311 || version == V500;
        }
    }
}
