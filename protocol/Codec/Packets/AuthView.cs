namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded AUTH (5.0 §3.15), filled by <see cref="AuthDecoder"/>.</summary>
    public sealed class AuthView
    {
        /// <summary>AUTH properties (Authentication Method and Data, Reason String, User Properties).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>Reason code (Success when absent).</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public AuthView()
            : this(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public AuthView(ReceivedProperties properties)
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
