namespace Telemetry.Mqtt.Session
{
    /// <summary>
    /// Keep-alive timing. A PINGREQ is due when nothing was sent, or nothing received, for the interval; the connection
    /// is dead when no packet arrives within half an interval after that PINGREQ, so a dead or half-open connection is
    /// found within 1.5 intervals of the last packet received.
    /// </summary>
    public sealed class KeepAlive
    {
        /// <summary><see cref="Check"/>: nothing to do.</summary>
        public const int Idle = 0;

        /// <summary><see cref="Check"/>: send a PINGREQ now.</summary>
        public const int PingDue = 1;

        /// <summary><see cref="Check"/>: no answer in time, the connection is lost.</summary>
        public const int TimedOut = 2;

        private long interval;
        private long lastSent;
        private long lastReceived;
        private long pingSent = -1;

        /// <summary>Interval in milliseconds (0: off).</summary>
        public long IntervalMilliseconds
        {
            get { return interval; }
        }

        /// <summary>True while a PINGREQ waits for its answer.</summary>
        public bool PingOutstanding
        {
            get { return pingSent >= 0; }
        }

        /// <summary>Starts timing a new connection.</summary>
        public void Start(long now, int intervalSeconds)
        {
            interval = intervalSeconds > 0 ? intervalSeconds * 1000L : 0;
            lastSent = now;
            lastReceived = now;
            pingSent = -1;
        }

        /// <summary>A packet was sent.</summary>
        public void Sent(long now)
        {
            lastSent = now;
        }

        /// <summary>A PINGREQ was sent.</summary>
        public void PingSent(long now)
        {
            lastSent = now;
            pingSent = now;
        }

        /// <summary>A packet arrived: the connection is alive.</summary>
        public void Received(long now)
        {
            lastReceived = now;
            pingSent = -1;
        }

        /// <summary><see cref="Idle"/>, <see cref="PingDue"/> or <see cref="TimedOut"/> at <paramref name="now"/>.</summary>
        public int Check(long now)
        {
            if (interval == 0)
            {
                return Idle;
            }

            if (pingSent >= 0)
            {
                return now - pingSent >= interval / 2 ? TimedOut : Idle;
            }

            return now - lastSent >= interval || now - lastReceived >= interval ? PingDue : Idle;
        }

        /// <summary>Milliseconds until <see cref="Check"/> may change its answer (a large number when off).</summary>
        public long Until(long now)
        {
            if (interval == 0)
            {
                return int.MaxValue;
            }

            long due = pingSent >= 0
                ? pingSent + (interval / 2)
                : (lastSent < lastReceived ? lastSent : lastReceived) + interval;
            return due > now ? due - now : 0;
        }
    }
}
