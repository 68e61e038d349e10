namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded UNSUBACK (5.0 §3.11), filled by <see cref="UnsubAckDecoder"/>; 3.1.1 has no reason codes.</summary>
    public sealed class UnsubAckView : ReasonCodeListView
    {
        /// <summary>Creates a view with its own property tables.</summary>
        public UnsubAckView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public UnsubAckView(ReceivedProperties properties)
            : base(properties)
        {
        }
    }
}
