namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded DISCONNECT from the Server (5.0 §3.14), filled by <see cref="DisconnectDecoder"/>.</summary>
    public sealed class DisconnectView
    {
        /// <summary>DISCONNECT properties (Reason String, User Properties, Server Reference).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>Reason code (Normal disconnection when absent).</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public DisconnectView()
            : this(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public DisconnectView(ReceivedProperties properties)
        {
            Properties = properties;
        }

        internal void Reset()
        {
            ReasonCode = 0;
            Properties.Clear();
        }
    }
}
