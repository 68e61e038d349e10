namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// What every decoded packet view has: its properties, the buffer it was decoded from and the control-character
    /// setting. A view is created once and overwritten (cleared first) by each decode.
    /// </summary>
    public abstract class PacketView
    {
        /// <summary>The packet's properties (5.0; empty in 3.1.1 and when the packet carries none).</summary>
        public readonly ReceivedProperties Properties;

        /// <summary>Setting: treat U+0001..U+001F and U+007F..U+009F in strings as a Malformed Packet.</summary>
        public bool RefuseControlCharacters;

        /// <summary>The buffer of the last decode; the view's offsets (and its properties') point into it.</summary>
        public byte[] Buffer;

        internal PacketView(ReceivedProperties properties)
        {
            Properties = properties;
        }

        /// <summary>Clears the decoded fields before a decode of <paramref name="buffer"/>; settings stay.</summary>
        internal virtual void Reset(byte[] buffer)
        {
            Buffer = buffer;
            Properties.Clear();
        }
    }
}
