namespace Telemetry.Firmware.Discovery
{
    /// <summary>One retained Home Assistant discovery message: its config topic and JSON payload.</summary>
    public sealed class DiscoveryMessage
    {
        /// <summary>A message for <paramref name="topic"/>.</summary>
        public DiscoveryMessage(string component, string objectId, string topic, byte[] payload)
        {
            Component = component;
            ObjectId = objectId;
            Topic = topic;
            Payload = payload;
        }

        /// <summary>Home Assistant component: <c>sensor</c> or <c>device_tracker</c>.</summary>
        public string Component { get; private set; }

        /// <summary>Object id (last-but-one topic level), e.g. <c>temperature</c>.</summary>
        public string ObjectId { get; private set; }

        /// <summary><c>&lt;discovery-prefix&gt;/&lt;component&gt;/&lt;device-id&gt;/&lt;object&gt;/config</c>.</summary>
        public string Topic { get; private set; }

        /// <summary>The JSON config payload (UTF-8).</summary>
        public byte[] Payload { get; private set; }
    }
}
