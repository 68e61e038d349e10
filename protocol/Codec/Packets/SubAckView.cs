namespace Telemetry.Mqtt.Codec
{
    /// <summary>A decoded SUBACK (5.0 §3.9), filled by <see cref="SubAckDecoder"/>.</summary>
    public sealed class SubAckView : ReasonCodeListView
    {
        /// <summary>Creates a view with its own property tables.</summary>
        public SubAckView()
            : base(new ReceivedProperties())
        {
        }

        /// <summary>Creates a view using the given property tables.</summary>
        public SubAckView(ReceivedProperties properties)
            : base(properties)
        {
        }
    }
}
