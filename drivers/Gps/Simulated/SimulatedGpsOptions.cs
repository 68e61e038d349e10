using System;
using System.Collections.Generic;

namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>What the simulated receiver does: its route, speed, start time, outages and sentence style.</summary>
    public sealed class SimulatedGpsOptions
    {
        /// <summary>Waypoints travelled in order (at least one).</summary>
        public List<GpsWaypoint> Route { get; } = new List<GpsWaypoint>();

        /// <summary>Return to the first waypoint after the last one (otherwise stop there).</summary>
        public bool Loop { get; set; } = true;

        /// <summary>Ground speed, m/s.</summary>
        public double SpeedMetersPerSecond { get; set; } = 10;

        /// <summary>UTC time of the first epoch.</summary>
        public DateTime StartUtc { get; set; } = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

        /// <summary>Milliseconds between epochs (1000 for the usual 1 Hz).</summary>
        public long EpochIntervalMilliseconds { get; set; } = 1000;

        /// <summary>Talker of every sentence: "GN" (multi-constellation) or "GP".</summary>
        public string Talker { get; set; } = "GN";

        /// <summary>Windows without a fix, relative to the start.</summary>
        public List<GpsOutage> Outages { get; } = new List<GpsOutage>();

        /// <summary>Satellites reported in GGA during a fix.</summary>
        public int SatellitesInUse { get; set; } = 9;

        /// <summary>HDOP reported during a fix.</summary>
        public double Hdop { get; set; } = 0.9;

        /// <summary>PDOP reported during a fix.</summary>
        public double Pdop { get; set; } = 1.6;

        /// <summary>VDOP reported during a fix.</summary>
        public double Vdop { get; set; } = 1.3;

        /// <summary>GPS satellites in view, listed in GSV every epoch (0: no GSV).</summary>
        public int SatellitesInView { get; set; } = 11;

        /// <summary>SNR of the strongest satellites in view during a fix, dB-Hz; the others are 2, 4 or 6 dB weaker.</summary>
        public int BestSnr { get; set; } = 44;

        /// <summary>Send GST (position error estimates) every epoch.</summary>
        public bool SendGst { get; set; } = true;

        /// <summary>Latitude error (1 sigma) reported in GST during a fix, meters.</summary>
        public double LatitudeErrorMeters { get; set; } = 1.2;

        /// <summary>Longitude error (1 sigma) reported in GST during a fix, meters.</summary>
        public double LongitudeErrorMeters { get; set; } = 0.9;

        /// <summary>Altitude error (1 sigma) reported in GST during a fix, meters.</summary>
        public double AltitudeErrorMeters { get; set; } = 2.1;

        /// <summary>Most epochs generated at once when the clock jumps ahead (older ones are skipped).</summary>
        public int MaxEpochsPerRead { get; set; } = 5;
    }
}
