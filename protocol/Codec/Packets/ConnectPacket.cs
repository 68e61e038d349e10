namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of a CONNECT (5.0 §3.1), filled by the caller and reused: Client Identifier, Clean Start (Clean
    /// Session in 3.1.1), Keep Alive, optional Will (topic, QoS, retain, payload, 5.0 Will properties), optional
    /// User Name and Password (bytes), 5.0 properties. Arrays are referenced, never copied until encoding.
    /// </summary>
    public sealed class ConnectPacket
    {
        /// <summary>Client Identifier; empty asks the Server to assign one (3.1.1: only with Clean Session).</summary>
        public string ClientId = string.Empty;

        /// <summary>
        /// Client Identifier as UTF-8 bytes (for example one the Server assigned, kept for the next CONNECT); used instead
        /// of <see cref="ClientId"/> when not null. The first <see cref="ClientIdLength"/> bytes are sent.
        /// </summary>
        public byte[] ClientIdBytes;

        /// <summary>Length of <see cref="ClientIdBytes"/> in use.</summary>
        public int ClientIdLength;

        /// <summary>Clean Start (5.0) / Clean Session (3.1.1).</summary>
        public bool CleanStart = true;

        /// <summary>Keep Alive in seconds, 0..65535 (0 = off).</summary>
        public int KeepAliveSeconds = 60;

        /// <summary>User Name, or null for none.</summary>
        public string UserName;

        /// <summary>Password bytes, or null for none (3.1.1: only with a User Name).</summary>
        public byte[] Password;

        /// <summary>Where the password starts in <see cref="Password"/>.</summary>
        public int PasswordOffset;

        /// <summary>Password length in bytes, 0..65535.</summary>
        public int PasswordLength;

        /// <summary>Will Topic, or null for no Will Message.</summary>
        public string WillTopic;

        /// <summary>Will QoS, 0..2 (0 without a Will).</summary>
        public int WillQos;

        /// <summary>Will Retain (false without a Will).</summary>
        public bool WillRetain;

        /// <summary>Will Payload bytes, or null for an empty payload.</summary>
        public byte[] WillPayload;

        /// <summary>Where the Will Payload starts in <see cref="WillPayload"/>.</summary>
        public int WillPayloadOffset;

        /// <summary>Will Payload length in bytes, 0..65535.</summary>
        public int WillPayloadLength;

        /// <summary>CONNECT properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties Properties;

        /// <summary>Will properties (5.0; ignored in 3.1.1).</summary>
        public readonly OutgoingProperties WillProperties;

        /// <summary>Creates a packet with its own property sets.</summary>
        public ConnectPacket()
            : this(new OutgoingProperties(), new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet using the given property sets (either may be null: no properties).</summary>
        public ConnectPacket(OutgoingProperties properties, OutgoingProperties willProperties)
        {
            Properties = properties;
            WillProperties = willProperties;
        }

        /// <summary>Sets the password to <paramref name="length"/> bytes of <paramref name="password"/> at <paramref name="offset"/>.</summary>
        public void SetPassword(byte[] password, int offset, int length)
        {
            Password = password;
            PasswordOffset = offset;
            PasswordLength = length;
        }

        /// <summary>Sets the Will Message (its properties are set on <see cref="WillProperties"/>).</summary>
        public void SetWill(string topic, int qos, bool retain, byte[] payload, int offset, int length)
        {
            WillTopic = topic;
            WillQos = qos;
            WillRetain = retain;
            WillPayload = payload;
            WillPayloadOffset = offset;
            WillPayloadLength = length;
        }

        /// <summary>Removes the Will Message and its properties.</summary>
        public void ClearWill()
        {
            SetWill(null, 0, false, null, 0, 0);
            if (WillProperties != null)
            {
                WillProperties.Clear();
            }
        }
    }
}
