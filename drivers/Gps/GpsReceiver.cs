using System;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// GPS receiver over any byte source: the UART adapter on the device, the simulated stream on the host.
    /// Reads pending bytes into a fixed buffer and feeds the <see cref="NmeaParser"/>; no allocation per read.
    /// </summary>
    public sealed class GpsReceiver : IGpsReceiver
    {
        /// <summary>Most buffers drained per <see cref="Read"/>, so a flooding source cannot stall the caller.</summary>
        public const int MaxChunksPerRead = 16;

        private readonly INmeaByteSource _source;
        private readonly NmeaParser _parser;
        private readonly byte[] _buffer;

        /// <summary>Receiver reading <paramref name="source"/>, ages measured with <paramref name="clock"/>.</summary>
        public GpsReceiver(INmeaByteSource source, IClock clock, GpsConfiguration configuration)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            if (configuration == null)
            {
                throw new ArgumentNullException("configuration");
            }

            configuration.Validate();
            _source = source;
            _parser = new NmeaParser(clock, configuration.AcceptMissingChecksum);
            _buffer = new byte[configuration.ReadChunkSize];
        }

        /// <inheritdoc />
        public NmeaCounters Counters
        {
            get { return _parser.Counters; }
        }

        /// <inheritdoc />
        public bool Read(GpsFix fix)
        {
            if (fix == null)
            {
                throw new ArgumentNullException("fix");
            }

            for (int i = 0; i < MaxChunksPerRead; i++)
            {
                int count = _source.Read(_buffer, 0, _buffer.Length);
                if (count <= 0)
                {
                    break;
                }

                _parser.Feed(_buffer, 0, count);
            }

            _parser.CopyFixTo(fix);
            return fix.IsValid;
        }
    }
}
