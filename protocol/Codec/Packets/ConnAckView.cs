namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded CONNACK (5.0 §3.2): filled by <see cref="ConnAckDecoder"/>, reused for every packet.</summary>
    public sealed class ConnAckView
    {
        /// <summary>CONNACK properties (5.0; empty in 3.1.1).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>Session Present flag.</summary>
        public bool SessionPresent;

        /// <summary>5.0: the <see cref="Codec.ReasonCode"/>; 3.1.1: the <see cref="ConnectReturnCode"/>.</summary>
        public int ReasonCode;

        /// <summary>Creates a view with its own property tables.</summary>
        public ConnAckView()
            : this(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public ConnAckView(ReceivedProperties properties)
        {
            Properties = properties;
        }

        internal void Reset()
        {
            SessionPresent = false;
            ReasonCode = 0;
            Properties.Clear();
        }
    }
}
