namespace Telemetry.Tests.Drivers
{
    /// <summary>
    /// NMEA output in the style of common receivers. The u-blox protocol manual, SiRF NMEA reference and MediaTek
    /// datasheet examples are verbatim; the others follow the same receivers' field layouts with checksums computed.
    /// The samples from <see cref="IssueGsaManySlots"/> on are captures of real receivers, verbatim (each checksum
    /// verified), except <see cref="SixLetterProprietary"/>.
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

        /// <summary>GLL, the first GSV of a sequence and a u-blox PUBX (proprietary, unsupported).</summary>
        public const string Skipped =
            "$GPGLL,4916.45,N,12311.12,W,225444,A,A*5C\r\n"
            + "$GPGSV,3,1,11,10,63,137,17,07,61,098,15,05,59,290,20,08,54,157,30*70\r\n"
            + "$PUBX,00,081350.00,4717.113210,N,00833.915187,E,546.589,G3,2.1,2.0,0.007,77.52,0.007,,0.92,1.19,0.77,9,0,0*5F\r\n";

        /// <summary>GSA with 15 satellites in 25 slots (the issue's capture): PDOP 1.4, HDOP 0.8, VDOP 1.1.</summary>
        public const string IssueGsaManySlots =
            "$GPGSA,A,3,23,13,07,25,02,03,27,33,37,39,44,05,08,10,12,,,,,,,,,,01.4,00.8,01.1*09\r\n";

        /// <summary>RMC of a receiver with the GPS week-rollover bug: a corrupt date "2208-1" (the issue's capture).</summary>
        public const string WeekRolloverRmc =
            "$GPRMC,000231.099,A,4829.0005,N,00022.0015,E,0.15,212.28,2208-1,,,A*73\r\n";

        /// <summary>
        /// u-blox NEO-M8N (BN-880, gpsd test log neo-m8n.log, 2015-03-18): GLL, RMC, VTG, GGA, two GSA, then a
        /// complete GPS GSV sequence (13 in view, 10 with SNR) and a complete GLONASS one (10 in view, 8 with SNR).
        /// </summary>
        public const string UbloxNeoM8n =
            "$GNGLL,4404.14066,N,12118.85481,W,171925.00,A,A*66\r\n"
            + "$GNRMC,171926.00,A,4404.14063,N,12118.85478,W,0.117,,180315,,,A*76\r\n"
            + "$GNVTG,,T,,M,0.117,N,0.216,K,A*3F\r\n"
            + "$GNGGA,171926.00,4404.14063,N,12118.85478,W,1,12,0.91,1147.2,M,-21.3,M,,*44\r\n"
            + "$GNGSA,A,3,01,11,31,14,22,32,04,25,03,,,,1.56,0.91,1.27*15\r\n"
            + "$GNGSA,A,3,67,83,76,82,68,,,,,,,,1.56,0.91,1.27*1D\r\n"
            + "$GPGSV,4,1,13,01,53,280,36,03,29,301,24,04,55,223,37,08,38,166,16*7C\r\n"
            + "$GPGSV,4,2,13,11,40,245,29,12,05,034,,14,43,055,30,17,06,324,*74\r\n"
            + "$GPGSV,4,3,13,22,24,112,25,23,08,249,,25,12,069,22,31,58,133,24*7A\r\n"
            + "$GPGSV,4,4,13,32,76,331,31*48\r\n"
            + "$GLGSV,3,1,10,66,37,078,26,67,62,349,26,68,20,296,24,75,04,018,*6E\r\n"
            + "$GLGSV,3,2,10,76,43,057,25,77,43,139,26,78,04,176,19,82,25,245,25*64\r\n"
            + "$GLGSV,3,3,10,83,27,309,29,84,01,353,*63\r\n";

        /// <summary>
        /// Hemisphere VS100 (NOAA research vessel log, 2020-01-14): heading, GGA with DGPS, GLL, VTG, ZDA with the
        /// full year, RMC, GSA, three GSV and GST with the error ellipse and standard deviations.
        /// </summary>
        public const string HemisphereVs100 =
            "$GPHDT,74.20,T*34\r\n"
            + "$GPGGA,195959.00,1541.31258893,N,05130.51204125,W,2,06,1.5,9.2,M,-37.6,M,4.0,0138*7E\r\n"
            + "$GPGLL,1541.31258893,N,05130.51204125,W,195959.00,A,D*7B\r\n"
            + "$GPVTG,147.44,T,164.31,M,0.26,N,0.49,K,D*2C\r\n"
            + "$GPZDA,195959.00,14,01,2020,00,00*6A\r\n"
            + "$GPRMC,195959.00,A,1541.31258893,N,05130.51204125,W,0.26,147.44,140120,16.9,W,D*0B\r\n"
            + "$GPGSA,M,3,14,16,26,27,29,31,,,,,,,2.7,1.5,2.3*34\r\n"
            + "$GPGSV,3,1,12,03,09,280,,04,11,322,,08,11,209,35,14,68,160,42*70\r\n"
            + "$GPGSV,3,2,12,16,47,299,37,21,17,098,,22,12,259,,26,48,343,35*7A\r\n"
            + "$GPGSV,3,3,12,27,42,200,47,29,11,037,38,31,47,038,44,32,37,155,42*74\r\n"
            + "$GPGST,195959.00,0.30,0.36,0.26,283.74,0.26,0.36,0.68*68\r\n";

        /// <summary>
        /// u-blox F9 (NMEA 4.11) GSV grouped by signal: GPS L1 C/A (signal 1, 9 satellites) and L2C (signal 5,
        /// 3 of the same or other satellites), then an empty Galileo E5b sequence (signal 2).
        /// </summary>
        public const string UbloxF9SignalGsv =
            "$GPGSV,3,1,09,09,,,17,10,,,40,12,,,49,13,,,35,1*6F\r\n"
            + "$GPGSV,3,2,09,15,,,44,17,,,45,19,,,44,24,,,50,1*64\r\n"
            + "$GPGSV,3,3,09,25,,,40,1*6E\r\n"
            + "$GPGSV,1,1,03,12,,,42,24,,,47,32,,,37,5*66\r\n"
            + "$GAGSV,1,1,00,2*76\r\n";

        /// <summary>u-blox manual GST (RMS and standard deviations only) and ZDA.</summary>
        public const string UbloxGstZda =
            "$GPGST,082356.00,1.8,,,,1.7,1.3,2.2*7E\r\n"
            + "$GPZDA,082710.00,16,09,2002,00,00*64\r\n";

        /// <summary>u-blox LEA-6 epoch: GLL and GST with the GN talker, ZDA, then the next RMC (2016-02-23).</summary>
        public const string UbloxGnGllGstZda =
            "$GNGLL,4646.13762,N,00737.21678,E,140759.75,A,D*76\r\n"
            + "$GNGST,140759.75,6.1,,,,0.46,0.29,0.64*57\r\n"
            + "$GNZDA,140759.75,23,02,2016,00,00*72\r\n"
            + "$GNRMC,140800.00,A,4646.13684,N,00737.21786,E,15.370,136.28,230216,,,D*43\r\n";

        /// <summary>
        /// Furuno eRide receiver of a Parrot drone before its first fix: empty GST, NMEA 4.10 GSA, ZDA with the
        /// week-rollover year 1999, padded GSV with a signal id, a proprietary PERDCRV, RMC and GNS without a fix.
        /// </summary>
        public const string FurunoNoFix =
            "$GNGST,000608.916,,,,,,,*57\r\n"
            + "$GNGSA,A,1,,,,,,,,,,,,,,,,1*1D\r\n"
            + "$GNZDA,000609.029,22,08,1999,,*4C\r\n"
            + "$GPGSV,1,1,00,,,,,,,,,,,,,,,,,1*64\r\n"
            + "$GLGSV,1,1,00,,,,,,,,,,,,,,,,,1*78\r\n"
            + "$PERDCRV,0.00,0,0.00,0.00,0.00,44.0,13368000*49\r\n"
            + "$GNRMC,000609.916,V,0000.0000,N,00000.0000,E,0.00,0.00,220899,,,N,V*1B\r\n"
            + "$GNGNS,000609.916,0000.0000,N,00000.0000,E,NNN,00,,-18.0,18.0,,,V*6E\r\n";

        /// <summary>GNS with an RTK fix from two constellations (RR), south-east (New Zealand).</summary>
        public const string GnsRtk = "$GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,*70\r\n";

        /// <summary>Unicore-style GNS with five mode letters, eight-decimal minutes and NMEA 4.10 status S (safe).</summary>
        public const string GnsFiveSystems =
            "$GNGNS,024034.00,4004.73854216,N,11614.19720023,E,ANAAA,28,0.8,1574.406,-8.4923,,,S*71\r\n";

        /// <summary>A modem's GNSS engine without an antenna: no RMC or GGA, empty GSA and GSV, a $PQGSA.</summary>
        public const string ModemNoAntenna =
            "$GPGSA,A,1,,,,,,,,,,,,,,,,*32\r\n"
            + "$BDGSA,A,1,,,,,,,,,,,,,,,,*23\r\n"
            + "$PQGSA,A,1,,,,,,,,,,,,,,,,*24\r\n"
            + "$GPGSV,1,1,0,1*54\r\n"
            + "$GAGSV,1,1,0,7*43\r\n";

        /// <summary>A GGA with "$$" at the start, as ST Teseo modules send (checksum over the body after "$$").</summary>
        public const string DoubleDollarGga =
            "$$GPGGA,064036.289,4836.5375,N,00740.9373,E,1,04,3.2,200.2,M,,,,0000*0E\r\n";

        /// <summary>RoyalTek RGM-3800 logger output: a fix of quality 1 with 00 satellites in use.</summary>
        public const string FixWithoutSatellites =
            "$GPGGA,113436.000,5419.6637,N,00951.3958,E,1,00,,0000.0,M,0.0,M,,0000*77\r\n"
            + "$GPRMC,113436.000,A,5419.6637,N,00951.3958,E,000.00,15.15,010108,,,E*57\r\n";

        /// <summary>A six-letter vendor address (no capture found: the address of the issue, checksum computed).</summary>
        public const string SixLetterProprietary = "$GYOACC,0.52,0.47,1.10*26\r\n";

        /// <summary>
        /// SkyTraq S2525F8-BD-RTK with DGPS (gpsd test log skytraq-dgps.log, 2016-04-07): GGA, GLL, GPS and BeiDou
        /// GSA (three-digit satellite 214), GPS GSV with QZSS 193 and SBAS 51, BeiDou GSV, RMC, VTG, ZDA, GST with a
        /// negative ellipse orientation, and SkyTraq's proprietary $PSTI.
        /// </summary>
        public const string SkyTraqDgps =
            "$GPGGA,213123.000,4404.1296473,N,12118.8685846,W,2,08,1.2,1102.317,M,-20.300,M,,0000*57\r\n"
            + "$GPGLL,4404.1296473,N,12118.8685846,W,213123.000,A,D*44\r\n"
            + "$GPGSA,A,3,09,23,08,11,27,30,28,,,,,,2.4,1.2,2.1*38\r\n"
            + "$BDGSA,A,3,214,,,,,,,,,,,,2.4,1.2,2.1*12\r\n"
            + "$GPGSV,4,1,13,07,73,042,17,30,64,305,15,09,42,158,28,08,40,079,23*74\r\n"
            + "$GPGSV,4,2,13,28,39,225,27,51,37,160,31,05,23,288,,27,23,047,20*7B\r\n"
            + "$GPGSV,4,3,13,23,12,147,29,13,12,315,,193,08,299,,11,06,123,28*4C\r\n"
            + "$GPGSV,4,4,13,20,03,330,*4A\r\n"
            + "$BDGSV,1,1,03,214,34,246,25,206,08,330,,212,04,172,26*65\r\n"
            + "$GPRMC,213123.000,A,4404.1296473,N,12118.8685846,W,000.0,122.7,070416,,,D*71\r\n"
            + "$GPVTG,122.7,T,,M,000.0,N,000.0,K,D*0E\r\n"
            + "$GPZDA,213123.000,07,04,2016,00,00*50\r\n"
            + "$GPGST,213123.000,12.2,20.4,9.6,-8.2,0.4,0.6,1.3*48\r\n"
            + "$PSTI,030,213123.000,A,4404.1296473,N,12118.8685846,W,1102.317,0.02,-0.04,0.12,070416,D,0.0,0.0*12\r\n";

        /// <summary>
        /// Garmin Foretrex 201 without a fix (gpsd test log foretrex-201.log): GLL status V, route sentences (BOD,
        /// RTE, RMB), Garmin's proprietary PGRME and PGRMZ, RMC with only the date, and GSV with SNR 00 for
        /// satellites not tracked.
        /// </summary>
        public const string GarminNoFix =
            "$GPGLL,,,,,,V,N*64\r\n"
            + "$GPBOD,,T,,M,,*47\r\n"
            + "$PGRME,,M,,M,,M*00\r\n"
            + "$PGRMZ,,f,1*29\r\n"
            + "$GPRTE,1,1,c,*37\r\n"
            + "$GPRMC,,V,,,,,,,260810,1.0,E,N*34\r\n"
            + "$GPRMB,V,,,,,,,,,,,,A,N*13\r\n"
            + "$GPGGA,,,,,,0,00,,,M,,M,,*66\r\n"
            + "$GPGSA,A,1,,,,,,,,,,,,,,,*1E\r\n"
            + "$GPGSV,3,1,12,03,57,171,00,06,46,153,00,08,06,303,00,11,17,274,00*74\r\n"
            + "$GPGSV,3,2,12,15,02,014,00,18,27,053,00,19,74,257,41,22,56,080,41*72\r\n"
            + "$GPGSV,3,3,12,24,85,096,00,28,15,328,00,33,23,211,40,37,26,166,00*7F\r\n";
    }
}
