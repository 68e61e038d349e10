using System;
using System.Collections.Generic;

namespace Telemetry.Drivers.Gps.Simulated
{
    /// <summary>
    /// A route through waypoints, travelled at constant speed; positions are interpolated linearly between
    /// waypoints (segments of a few kilometers at most, where that is accurate to centimeters).
    /// </summary>
    public sealed class GpsRoute
    {
        private const double EarthRadiusMeters = 6371000;

        private readonly List<GpsWaypoint> _points;
        private readonly double[] _segmentLength;
        private readonly double _totalLength;

        /// <summary>Route through <paramref name="waypoints"/>; with <paramref name="loop"/> it returns to the first.</summary>
        public GpsRoute(IList<GpsWaypoint> waypoints, bool loop)
        {
            if (waypoints == null || waypoints.Count == 0)
            {
                throw new ArgumentException("A route needs at least one waypoint.", nameof(waypoints));
            }

            _points = new List<GpsWaypoint>(waypoints);
            if (loop && _points.Count > 1)
            {
                _points.Add(_points[0]);
            }

            Loop = loop;
            _segmentLength = new double[Math.Max(0, _points.Count - 1)];
            for (int i = 0; i < _segmentLength.Length; i++)
            {
                _segmentLength[i] = DistanceMeters(_points[i], _points[i + 1]);
                _totalLength += _segmentLength[i];
            }
        }

        /// <summary>True when the route starts over after its last waypoint.</summary>
        public bool Loop { get; }

        /// <summary>Length of one pass, meters.</summary>
        public double LengthMeters => _totalLength;

        /// <summary>Great-circle distance (haversine), meters.</summary>
        public static double DistanceMeters(GpsWaypoint from, GpsWaypoint to)
        {
            double lat1 = ToRadians(from.Latitude);
            double lat2 = ToRadians(to.Latitude);
            double dLat = lat2 - lat1;
            double dLon = ToRadians(to.Longitude - from.Longitude);
            double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
            return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
        }

        /// <summary>Initial bearing from one point to another, degrees true 0-360.</summary>
        public static double BearingDegrees(GpsWaypoint from, GpsWaypoint to)
        {
            double lat1 = ToRadians(from.Latitude);
            double lat2 = ToRadians(to.Latitude);
            double dLon = ToRadians(to.Longitude - from.Longitude);
            double y = Math.Sin(dLon) * Math.Cos(lat2);
            double x = (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon));
            double bearing = Math.Atan2(y, x) * 180 / Math.PI;
            return bearing < 0 ? bearing + 360 : bearing;
        }

        /// <summary>
        /// Where the route is after <paramref name="distanceMeters"/>: position, course and whether it is still
        /// moving (false at the end of a route that does not loop).
        /// </summary>
        public GpsWaypoint PositionAt(double distanceMeters, out double courseDegrees, out bool moving)
        {
            courseDegrees = 0;
            moving = false;
            if (_totalLength <= 0)
            {
                return _points[0];
            }

            double distance = Math.Max(0, distanceMeters);
            if (Loop)
            {
                distance %= _totalLength;
            }
            else if (distance >= _totalLength)
            {
                int last = _points.Count - 1;
                courseDegrees = BearingDegrees(_points[last - 1], _points[last]);
                return _points[last];
            }

            int segment = 0;
            while (segment < _segmentLength.Length - 1 && distance >= _segmentLength[segment])
            {
                distance -= _segmentLength[segment];
                segment++;
            }

            GpsWaypoint from = _points[segment];
            GpsWaypoint to = _points[segment + 1];
            double fraction = _segmentLength[segment] > 0 ? Math.Min(1, distance / _segmentLength[segment]) : 0;
            courseDegrees = BearingDegrees(from, to);
            moving = true;
            return new GpsWaypoint(
                from.Latitude + ((to.Latitude - from.Latitude) * fraction),
                from.Longitude + ((to.Longitude - from.Longitude) * fraction),
                from.AltitudeMeters + ((to.AltitudeMeters - from.AltitudeMeters) * fraction));
        }

        private static double ToRadians(double degrees)
        {
            return degrees * Math.PI / 180;
        }
    }
}
