using System;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    /// <summary>Byte source for tests: hands out queued text, or endless filler when flooding.</summary>
    public sealed class FakeNmeaSource : INmeaByteSource
    {
        private byte[] _pending = new byte[0];
        private int _position;

        /// <summary>When set, every read fills the whole buffer with 'x'.</summary>
        public bool Flooding { get; set; }

        /// <summary>Calls to <see cref="Read"/>.</summary>
        public int Reads { get; private set; }

        /// <summary>Queues <paramref name="text"/> after what is still pending.</summary>
        public void Enqueue(string text)
        {
            byte[] added = NmeaFeed.Bytes(text);
            byte[] all = new byte[_pending.Length - _position + added.Length];
            Array.Copy(_pending, _position, all, 0, _pending.Length - _position);
            Array.Copy(added, 0, all, _pending.Length - _position, added.Length);
            _pending = all;
            _position = 0;
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            if (Flooding)
            {
                for (int i = 0; i < count; i++)
                {
                    buffer[offset + i] = (byte)'x';
                }

                return count;
            }

            int n = _pending.Length - _position;
            if (n > count)
            {
                n = count;
            }

            Array.Copy(_pending, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }
}
