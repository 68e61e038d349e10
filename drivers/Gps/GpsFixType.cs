namespace Telemetry.Drivers.Gps
{
    /// <summary>GSA fix type (field 2).</summary>
    public enum GpsFixType
    {
        /// <summary>No GSA received yet (or the field was empty).</summary>
        Unknown = 0,

        /// <summary>No fix.</summary>
        None = 1,

        /// <summary>Two-dimensional fix.</summary>
        Fix2D = 2,

        /// <summary>Three-dimensional fix.</summary>
        Fix3D = 3,
    }
}
