using System;
using System.Threading;
using nanoFramework.Runtime.Native;

namespace Telemetry.Firmware.Device
{
    /// <summary>
    /// Restarts the board when the main loop stops calling <see cref="Kick"/> for longer than the timeout (a
    /// deadlock, a hung native call, an endless loop). Runs on its own thread, above normal priority.
    /// </summary>
    public sealed class LoopWatchdog
    {
        private readonly int _timeoutMilliseconds;
        private readonly int _checkMilliseconds;
        private int _lastKick;
        private Thread _thread;

        /// <summary>A watchdog that reboots after <paramref name="timeoutMilliseconds"/> without a kick.</summary>
        public LoopWatchdog(int timeoutMilliseconds)
        {
            if (timeoutMilliseconds < 1000)
            {
                throw new ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            _timeoutMilliseconds = timeoutMilliseconds;
            _checkMilliseconds = timeoutMilliseconds / 4;
            Kick();
        }

        /// <summary>Milliseconds since the last kick (uptime counter truncated to 32 bits: wraps safely).</summary>
        public int SinceLastKick
        {
            get { return unchecked(Now() - Interlocked.CompareExchange(ref _lastKick, 0, 0)); }
        }

        /// <summary>Starts watching (once).</summary>
        public void Start()
        {
            if (_thread != null)
            {
                return;
            }

            Kick();
            _thread = new Thread(Watch);
            _thread.Priority = ThreadPriority.AboveNormal;
            _thread.Start();
        }

        /// <summary>The main loop is alive: called once per pass, and around long blocking calls.</summary>
        public void Kick()
        {
            Interlocked.Exchange(ref _lastKick, Now());
        }

        private static int Now()
        {
            return (int)Environment.TickCount64;
        }

        private void Watch()
        {
            while (true)
            {
                Thread.Sleep(_checkMilliseconds);
                int since = SinceLastKick;
                if (since > _timeoutMilliseconds)
                {
                    Console.WriteLine("watchdog: main loop stalled for " + (since / 1000).ToString() + " s, rebooting");
                    Power.RebootDevice();
                }
            }
        }
    }
}
