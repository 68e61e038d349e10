namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>A point of a simulated route.</summary>
    public sealed class GpsWaypoint
    {
        /// <summary>Waypoint in signed degrees (south, west negative) and meters above sea level.</summary>
        public GpsWaypoint(double latitude, double longitude, double altitudeMeters)
        {
            Latitude = latitude;
            Longitude = longitude;
            AltitudeMeters = altitudeMeters;
        }

        /// <summary>Latitude, degrees.</summary>
        public double Latitude { get; }

        /// <summary>Longitude, degrees.</summary>
        public double Longitude { get; }

        /// <summary>Altitude above mean sea level, meters.</summary>
        public double AltitudeMeters { get; }
    }
}
