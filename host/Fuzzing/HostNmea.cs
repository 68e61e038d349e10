using System.Text;

namespace Telemetry.HostTests.Drivers;

/// <summary>
/// NMEA text for the host-only driver tests and the NMEA fuzzers (the device tests have their own copy in tests/Drivers).
/// In host/Fuzzing so that the tests and the reliability campaign share it; the namespace stays the tests'.
/// </summary>
public static class HostNmea
{
    /// <summary>Sentences with valid checksums from several receiver styles, one per line with CR LF.</summary>
    public static readonly string[] ValidSentences =
    [
        "$GNRMC,235958.00,A,3351.52831,S,15112.63544,E,0.021,,311224,,,A,V*02\r\n",
        "$GNVTG,,T,,M,0.021,N,0.039,K,A*34\r\n",
        "$GNGGA,235958.00,3351.52831,S,15112.63544,E,1,12,0.77,42.3,M,22.1,M,,*67\r\n",
        "$GNGSA,A,3,10,23,16,26,20,18,27,,,,,,1.40,0.77,1.17,1*0E\r\n",
        "$GNGSA,A,3,86,76,75,,,,,,,,,,1.40,0.77,1.17,2*0D\r\n",
        "$GNGGA,000000.00,3351.52835,S,15112.63537,E,1,12,0.78,42.4,M,22.1,M,,*6F\r\n",
        "$GNRMC,,V,,,,,,,,,,N,V*37\r\n",
        "$GNGGA,,,,,,0,00,99.99,,,,,,*56\r\n",
        "$GPRMC,083559.00,A,4717.11437,N,00833.91522,E,0.004,77.52,091202,,,A*57\r\n",
        "$GPVTG,77.52,T,,M,0.004,N,0.008,K,A*06\r\n",
        "$GPGGA,092725.00,4717.11399,N,00833.91590,E,1,08,1.01,499.6,M,48.0,M,,*5B\r\n",
        "$GPGSA,A,3,23,29,07,08,09,18,26,28,,,,,1.94,1.18,1.54*0D\r\n",
        "$GPGGA,002153.000,3342.6618,N,11751.3858,W,1,10,1.2,27.0,M,-34.2,M,,0000*5E\r\n",
        "$GPRMC,161229.487,A,3723.2475,N,12158.3416,W,0.13,309.62,120598,,*10\r\n",
        "$GPRMC,064951.000,A,2307.1256,N,12016.4438,E,0.03,165.48,260406,3.05,W,A*2C\r\n",
        "$GPGGA,000012.800,,,,,0,0,,,M,,M,,*43\r\n",
        "$BDGSA,A,3,06,09,16,,,,,,,,,,1.35,0.83,1.06,4*08\r\n",
        "$GNGGA,143512.00,3436.10352,S,05822.37416,W,2,10,0.91,25.0,M,15.2,M,,0000*7B\r\n",
        "$GNRMC,143512.00,A,3436.10352,S,05822.37416,W,12.5,271.3,150824,,,D,V*06\r\n",
        "$GPRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*68\r\n",
        "$GPTXT,01,01,02,ANTSTATUS=OK*3B\r\n",
        "$GPGSV,3,1,11,10,63,137,17,07,61,098,15,05,59,290,20,08,54,157,30*70\r\n",
    ];

    /// <summary>Every valid sentence, then lines that must be dropped, as one stream.</summary>
    public static string Transcript()
    {
        var text = new StringBuilder();
        foreach (string sentence in ValidSentences)
        {
            text.Append(sentence);
        }

        text.Append("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48\r\n");
        text.Append("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,\r\n");
        text.Append("\u00b5b\u0001\u0007 noise\r\n$GPGGA,1235");
        text.Append("$GPTXT," + new string('X', 150) + "*00\r\n");
        return text.ToString();
    }

    /// <summary>ASCII (Latin-1 for the noise) bytes of <paramref name="text"/>.</summary>
    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
