using System;
using System.Collections.Generic;
using System.Text;

namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>
    /// Simulated twin of the GPS UART: as the clock advances it emits one epoch of NMEA sentences (RMC, VTG, GGA,
    /// GSA, GSV, GST) per interval along the route, with no-fix sentences during the configured outages. Host-only.
    /// </summary>
    public sealed class SimulatedNmeaSource : INmeaByteSource
    {
        private readonly IClock _clock;
        private readonly SimulatedGpsOptions _options;
        private readonly GpsRoute _route;
        private readonly long _start;
        private readonly List<byte> _pending = new List<byte>();
        private long _nextEpoch;

        /// <summary>Starts the route now (the first epoch is due immediately).</summary>
        public SimulatedNmeaSource(IClock clock, SimulatedGpsOptions options)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            if (options.EpochIntervalMilliseconds <= 0)
            {
                throw new ArgumentException("EpochIntervalMilliseconds must be positive.", nameof(options));
            }

            if (options.MaxEpochsPerRead <= 0)
            {
                throw new ArgumentException("MaxEpochsPerRead must be positive.", nameof(options));
            }

            _route = new GpsRoute(options.Route, options.Loop);
            _start = clock.Milliseconds;
        }

        /// <summary>The route being travelled.</summary>
        public GpsRoute Route => _route;

        /// <summary>Epochs emitted so far.</summary>
        public long EpochsEmitted { get; private set; }

        /// <summary>True when the receiver has a fix at <paramref name="elapsedMilliseconds"/> after the start.</summary>
        public bool HasFixAt(long elapsedMilliseconds)
        {
            foreach (GpsOutage outage in _options.Outages)
            {
                if (outage.Covers(elapsedMilliseconds))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True position at <paramref name="elapsedMilliseconds"/> after the start.</summary>
        public GpsWaypoint PositionAt(long elapsedMilliseconds, out double courseDegrees, out bool moving)
        {
            return _route.PositionAt(_options.SpeedMetersPerSecond * elapsedMilliseconds / 1000.0, out courseDegrees, out moving);
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            EmitDueEpochs();
            int n = Math.Min(count, _pending.Count);
            _pending.CopyTo(0, buffer, offset, n);
            _pending.RemoveRange(0, n);
            return n;
        }

        private void EmitDueEpochs()
        {
            long elapsed = _clock.Milliseconds - _start;
            long interval = _options.EpochIntervalMilliseconds;
            long lastDue = elapsed / interval;
            if (lastDue - _nextEpoch >= _options.MaxEpochsPerRead)
            {
                _nextEpoch = lastDue - _options.MaxEpochsPerRead + 1;
            }

            for (; _nextEpoch <= lastDue; _nextEpoch++)
            {
                Emit(_nextEpoch * interval);
                EpochsEmitted++;
            }
        }

        private void Emit(long elapsed)
        {
            string talker = _options.Talker;
            DateTime utc = _options.StartUtc.AddMilliseconds(elapsed);
            if (!HasFixAt(elapsed))
            {
                Append(NmeaSentenceWriter.RmcNoFix(talker, utc));
                Append(NmeaSentenceWriter.VtgNoFix(talker));
                Append(NmeaSentenceWriter.GgaNoFix(talker, utc));
                Append(NmeaSentenceWriter.Gsa(talker, false, 0, 0, 0));
                AppendSky(false, utc);
                return;
            }

            GpsWaypoint position = PositionAt(elapsed, out double course, out bool moving);
            double knots = moving ? _options.SpeedMetersPerSecond * 3600 / 1852 : 0;
            Append(NmeaSentenceWriter.Rmc(talker, utc, position.Latitude, position.Longitude, knots, course));
            Append(NmeaSentenceWriter.Vtg(talker, knots, course));
            Append(NmeaSentenceWriter.Gga(talker, utc, position.Latitude, position.Longitude, position.AltitudeMeters, _options.SatellitesInUse, _options.Hdop));
            Append(NmeaSentenceWriter.Gsa(talker, true, _options.Pdop, _options.Hdop, _options.Vdop));
            AppendSky(true, utc);
        }

        /// <summary>
        /// Sentences a receiver without a sky simulation would lack: GSV (GPS satellites 1..n, not tracked during an
        /// outage) and GST (the configured errors, empty during an outage).
        /// </summary>
        private void AppendSky(bool fix, DateTime utc)
        {
            int count = _options.SatellitesInView;
            if (count > 0)
            {
                int[] satellites = new int[count];
                int[] snrs = new int[count];
                for (int i = 0; i < count; i++)
                {
                    satellites[i] = (i * 3) + 2;
                    snrs[i] = fix ? _options.BestSnr - (i % 4 * 2) : 0;
                }

                Append(NmeaSentenceWriter.Gsv("GP", satellites, snrs));
            }

            if (_options.SendGst)
            {
                Append(fix
                    ? NmeaSentenceWriter.Gst(_options.Talker, utc, 1.5, _options.LatitudeErrorMeters, _options.LongitudeErrorMeters, _options.AltitudeErrorMeters)
                    : NmeaSentenceWriter.GstNoFix(_options.Talker, utc));
            }
        }

        private void Append(string sentence)
        {
            _pending.AddRange(Encoding.ASCII.GetBytes(sentence));
        }
    }
}
