namespace Telemetry.Drivers.Gps
{
    /// <summary>GGA fix quality indicator (field 6).</summary>
    public enum GpsFixQuality
    {
        /// <summary>No fix.</summary>
        Invalid = 0,

        /// <summary>Autonomous GNSS fix.</summary>
        Gps = 1,

        /// <summary>Differential (SBAS, DGPS).</summary>
        Differential = 2,

        /// <summary>PPS fix.</summary>
        Pps = 3,

        /// <summary>RTK with fixed integers.</summary>
        RtkFixed = 4,

        /// <summary>RTK with float integers.</summary>
        RtkFloat = 5,

        /// <summary>Dead reckoning.</summary>
        Estimated = 6,

        /// <summary>Manual input.</summary>
        Manual = 7,

        /// <summary>Simulator.</summary>
        Simulation = 8,
    }
}
