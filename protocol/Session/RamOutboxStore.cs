using System;

namespace Telemetry.Mqtt.Session
{
    /// <summary>The outbox's bytes in one array allocated at start-up.</summary>
    public sealed class RamOutboxStore : IOutboxStore
    {
        private readonly byte[] bytes;

        /// <summary>A store of <paramref name="capacity"/> bytes.</summary>
        public RamOutboxStore(int capacity)
        {
            bytes = new byte[capacity < 0 ? 0 : capacity];
        }

        /// <inheritdoc />
        public int Capacity
        {
            get { return bytes.Length; }
        }

        /// <inheritdoc />
        public void Write(int position, byte[] source, int offset, int count)
        {
            Array.Copy(source, offset, bytes, position, count);
        }

        /// <inheritdoc />
        public void Read(int position, byte[] destination, int offset, int count)
        {
            Array.Copy(bytes, position, destination, offset, count);
        }
    }
}
