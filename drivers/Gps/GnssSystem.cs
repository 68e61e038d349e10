namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Satellite constellation of a GSV sentence, from its talker: GP GPS (with SBAS), GL GLONASS, GA Galileo,
    /// GB or BD BeiDou, GQ or QZ QZSS, GI NavIC; GN and any other talker count as <see cref="Other"/>.
    /// </summary>
    public enum GnssSystem
    {
        /// <summary>GPS (talker GP; SBAS satellites are listed with it).</summary>
        Gps = 0,

        /// <summary>GLONASS (GL).</summary>
        Glonass = 1,

        /// <summary>Galileo (GA).</summary>
        Galileo = 2,

        /// <summary>BeiDou (GB, BD).</summary>
        BeiDou = 3,

        /// <summary>QZSS (GQ, QZ).</summary>
        Qzss = 4,

        /// <summary>NavIC / IRNSS (GI).</summary>
        NavIc = 5,

        /// <summary>Any other talker, e.g. a combined GN GSV.</summary>
        Other = 6,
    }
}
