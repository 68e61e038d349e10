namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// Contents of an UNSUBSCRIBE (5.0 §3.10), reused: a Packet Identifier, a bounded list of Topic Filters and 5.0
    /// properties (User Properties).
    /// </summary>
    public sealed class UnsubscribePacket : FilterListPacket
    {
        /// <summary>Creates a packet for up to <see cref="FilterListPacket.DefaultCapacity"/> Topic Filters.</summary>
        public UnsubscribePacket()
            : this(DefaultCapacity, new OutgoingProperties())
        {
        }

        /// <summary>Creates a packet for up to <paramref name="capacity"/> Topic Filters using the given property set.</summary>
        public UnsubscribePacket(int capacity, OutgoingProperties properties)
            : base(capacity, properties, false)
        {
        }

        /// <summary>Adds a Topic Filter; false when full or null (validity is checked when encoding).</summary>
        public bool Add(string filter)
        {
            return Append(filter) >= 0;
        }
    }
}
