namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// The bytes behind the <see cref="Outbox"/>: a fixed space the outbox writes encoded packets into and reads them
    /// back from. RAM by default (<see cref="RamOutboxStore"/>); a flash-backed store can replace it.
    /// </summary>
    public interface IOutboxStore
    {
        /// <summary>Size of the space in bytes (fixed).</summary>
        int Capacity { get; }

        /// <summary>Copies <paramref name="count"/> bytes of <paramref name="source"/> to <paramref name="position"/>.</summary>
        void Write(int position, byte[] source, int offset, int count);

        /// <summary>Copies <paramref name="count"/> bytes at <paramref name="position"/> into <paramref name="destination"/>.</summary>
        void Read(int position, byte[] destination, int offset, int count);
    }
}
