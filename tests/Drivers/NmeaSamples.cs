namespace Telemetry.Tests.Drivers
{
    /// <summary>
    /// NMEA output in the style of common receivers. The u-blox protocol manual, SiRF NMEA reference and MediaTek
    /// datasheet examples are verbatim; the others follow the same receivers' field layouts with checksums computed.
    /// </summary>
    public static class NmeaSamples
    {
        /// <summary>u-blox M8 (NMEA 4.10, GN talker, one GSA per constellation) in Sydney: south, east; 2024-12-31.</summary>
        public const string UbloxSydney =
            "$GNRMC,235958.00,A,3351.52831,S,15112.63544,E,0.021,,311224,,,A,V*02\r\n"
            + "$GNVTG,,T,,M,0.021,N,0.039,K,A*34\r\n"
            + "$GNGGA,235958.00,3351.52831,S,15112.63544,E,1,12,0.77,42.3,M,22.1,M,,*67\r\n"
            + "$GNGSA,A,3,10,23,16,26,20,18,27,,,,,,1.40,0.77,1.17,1*0E\r\n"
            + "$GNGSA,A,3,86,76,75,,,,,,,,,,1.40,0.77,1.17,2*0D\r\n"
            + "$GNGSA,A,3,04,11,19,,,,,,,,,,1.40,0.77,1.17,3*0D\r\n"
            + "$GNGSA,A,3,21,26,,,,,,,,,,,1.40,0.77,1.17,4*01\r\n";

        /// <summary>The next two GGA epochs of <see cref="UbloxSydney"/>, across midnight, then the RMC with the new date.</summary>
        public const string UbloxAcrossMidnight =
            "$GNGGA,235959.00,3351.52833,S,15112.63540,E,1,12,0.77,42.4,M,22.1,M,,*67\r\n"
            + "$GNGGA,000000.00,3351.52835,S,15112.63537,E,1,12,0.78,42.4,M,22.1,M,,*6F\r\n";

        /// <summary>RMC confirming the date after midnight.</summary>
        public const string UbloxNewYearRmc =
            "$GNRMC,000000.00,A,3351.52835,S,15112.63537,E,0.018,,010125,,,A,V*08\r\n";

        /// <summary>u-blox M8 before its first fix: empty fields, 99.99 DOPs.</summary>
        public const string UbloxNoFix =
            "$GNRMC,,V,,,,,,,,,,N,V*37\r\n"
            + "$GNVTG,,,,,,,,,N*2E\r\n"
            + "$GNGGA,,,,,,0,00,99.99,,,,,,*56\r\n"
            + "$GNGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99,1*33\r\n";

        /// <summary>u-blox 6 protocol manual examples (GP talker, NMEA 2.3) and the antenna status text.</summary>
        public const string UbloxManual =
            "$GPRMC,083559.00,A,4717.11437,N,00833.91522,E,0.004,77.52,091202,,,A*57\r\n"
            + "$GPVTG,77.52,T,,M,0.004,N,0.008,K,A*06\r\n"
            + "$GPGGA,092725.00,4717.11399,N,00833.91590,E,1,08,1.01,499.6,M,48.0,M,,*5B\r\n"
            + "$GPGSA,A,3,23,29,07,08,09,18,26,28,,,,,1.94,1.18,1.54*0D\r\n"
            + "$GPTXT,01,01,02,ANTSTATUS=OK*3B\r\n";

        /// <summary>SiRF NMEA reference manual GGA and GSA (NMEA 2.2: no mode fields, DGPS station 0000), west.</summary>
        public const string SirfGgaGsa =
            "$GPGGA,002153.000,3342.6618,N,11751.3858,W,1,10,1.2,27.0,M,-34.2,M,,0000*5E\r\n"
            + "$GPGSA,A,3,07,02,26,27,09,04,15,,,,,,1.8,1.0,1.5*33\r\n";

        /// <summary>SiRF NMEA reference manual RMC (no mode field, millisecond time).</summary>
        public const string SirfRmc = "$GPRMC,161229.487,A,3723.2475,N,12158.3416,W,0.13,309.62,120598,,*10\r\n";

        /// <summary>MediaTek MT3339 (datasheet RMC and GSA; single-digit satellite count).</summary>
        public const string MediaTek =
            "$GPGGA,064951.000,2307.1256,N,12016.4438,E,1,8,0.95,39.9,M,17.8,M,,*63\r\n"
            + "$GPGSA,A,3,29,21,26,15,18,09,06,10,,,,,2.32,0.95,2.11*00\r\n"
            + "$GPRMC,064951.000,A,2307.1256,N,12016.4438,E,0.03,165.48,260406,3.05,W,A*2C\r\n"
            + "$GPVTG,165.48,T,,M,0.03,N,0.06,K,A*36\r\n";

        /// <summary>MediaTek after a cold start: no fix, the GPS epoch date 1980-01-06.</summary>
        public const string MediaTekColdStart =
            "$GPGGA,000012.800,,,,,0,0,,,M,,M,,*43\r\n"
            + "$GPRMC,000012.800,V,,,,,0.00,0.00,060180,,,N*49\r\n";

        /// <summary>Quectel L76 (GN position, one GSA per talker: GP, GL, GA, BD).</summary>
        public const string Quectel =
            "$GNRMC,091134.000,A,3150.7822,N,11711.9278,E,0.00,0.00,230523,,,A,V*0A\r\n"
            + "$GNVTG,0.00,T,,M,0.00,N,0.00,K,A*23\r\n"
            + "$GNGGA,091134.000,3150.7822,N,11711.9278,E,1,14,0.83,62.6,M,-0.3,M,,*55\r\n"
            + "$GPGSA,A,3,10,32,25,12,23,24,15,,,,,,1.35,0.83,1.06,1*13\r\n"
            + "$GLGSA,A,3,78,79,69,,,,,,,,,,1.35,0.83,1.06,2*05\r\n"
            + "$GAGSA,A,3,02,,,,,,,,,,,,1.35,0.83,1.06,3*05\r\n"
            + "$BDGSA,A,3,06,09,16,,,,,,,,,,1.35,0.83,1.06,4*08\r\n";

        /// <summary>Buenos Aires (south, west) with a differential fix and a GB-talker GSA.</summary>
        public const string BuenosAires =
            "$GNGGA,143512.00,3436.10352,S,05822.37416,W,2,10,0.91,25.0,M,15.2,M,,0000*7B\r\n"
            + "$GNRMC,143512.00,A,3436.10352,S,05822.37416,W,12.5,271.3,150824,,,D,V*06\r\n"
            + "$GBGSA,A,3,19,20,,,,,,,,,,,2.10,1.20,1.72,4*06\r\n";

        /// <summary>The NMEA standard's RMC example: time without fraction, north and west.</summary>
        public const string ClassicRmc = "$GPRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*68\r\n";

        /// <summary>Well-formed sentences the parser skips: GLL, GSV, u-blox PUBX (proprietary).</summary>
        public const string Skipped =
            "$GPGLL,4916.45,N,12311.12,W,225444,A,A*5C\r\n"
            + "$GPGSV,3,1,11,10,63,137,17,07,61,098,15,05,59,290,20,08,54,157,30*70\r\n"
            + "$PUBX,00,081350.00,4717.113210,N,00833.915187,E,546.589,G3,2.1,2.0,0.007,77.52,0.007,,0.92,1.19,0.77,9,0,0*5F\r\n";
    }
}
