using System.Text;
using Telemetry.Drivers.Gps;
using Telemetry.Drivers.Gps.Simulated;
using Telemetry.HostTests.Drivers;

namespace Telemetry.Fuzzing;

/// <summary>Random and mutated NMEA streams, and the invariants a parser must keep whatever it is fed.</summary>
public static class NmeaFuzzInput
{
    private static readonly byte[] NmeaAlphabet = HostNmea.Bytes("$$,,,,**..0123456789ABCDEFGNPRMVTSWQLZ-\r\n");

    private static readonly string[] Addresses =
    [
        "GNGNS", "GPGLL", "GNZDA", "GPGSV", "GLGSV", "GAGSV", "GNGST", "GPGSA", "GNRMC", "GNGGA", "GNVTG", "GYOACC", "PSTMSAT",
    ];

    private static readonly string[] FieldValues =
    [
        "", "", "", "0", "1", "2", "3", "4", "9", "12", "00", "99", "-1", "1.5", "0.26", "013", "255", "1234567",
        "2208-1", "311224", "2020", "235959.00", "240000", "4404.14066", "12118.85481", "9107.0", "N", "S", "E", "W",
        "A", "V", "D", "R", "F", "NN", "ANAAA", "X", "M", "K", "T",
    ];

    /// <summary>Feeds <paramref name="rounds"/> chunks of 1..199 random bytes; returns the bytes fed.</summary>
    public static long FeedRandomChunks(Random random, NmeaParser parser, int rounds)
    {
        long fed = 0;
        for (int round = 0; round < rounds; round++)
        {
            var chunk = new byte[random.Next(1, 200)];
            random.NextBytes(chunk);
            parser.Feed(chunk, 0, chunk.Length);
            fed += chunk.Length;
        }

        return fed;
    }

    /// <summary>Feeds <paramref name="lines"/> lines of NMEA-like characters starting with '$'; returns the bytes fed.</summary>
    public static long FeedAlphabetLines(Random random, NmeaParser parser, int lines)
    {
        long fed = 0;
        for (int round = 0; round < lines; round++)
        {
            var line = new byte[random.Next(1, 100)];
            line[0] = (byte)'$';
            for (int i = 1; i < line.Length; i++)
            {
                line[i] = NmeaAlphabet[random.Next(NmeaAlphabet.Length)];
            }

            parser.Feed(line, 0, line.Length);
            fed += line.Length;
        }

        return fed;
    }

    /// <summary>
    /// Feeds <paramref name="sentences"/> sentences of every type with random field values and valid checksums, so
    /// they reach the field parsers; returns the bytes fed.
    /// </summary>
    public static long FeedRandomFieldSentences(Random random, NmeaParser parser, int sentences)
    {
        long fed = 0;
        var text = new StringBuilder();
        for (int round = 0; round < sentences; round++)
        {
            text.Clear();
            text.Append(Addresses[random.Next(Addresses.Length)]);
            int fields = random.Next(0, 30);
            for (int i = 0; i < fields; i++)
            {
                text.Append(',').Append(FieldValues[random.Next(FieldValues.Length)]);
            }

            byte[] line = HostNmea.Bytes(NmeaSentenceWriter.Frame(text.ToString()));
            parser.Feed(line, 0, line.Length);
            fed += line.Length;
        }

        return fed;
    }

    /// <summary>Valid sentences, most of them mutated once (byte removed, inserted, replaced, range cut).</summary>
    public static byte[] MutatedStream(Random random, int sentences)
    {
        var stream = new List<byte>();
        for (int i = 0; i < sentences; i++)
        {
            byte[] sentence = HostNmea.Bytes(HostNmea.ValidSentences[random.Next(HostNmea.ValidSentences.Length)]);
            var bytes = new List<byte>(sentence);
            switch (random.Next(6))
            {
                case 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 1:
                    bytes.Insert(random.Next(bytes.Count), (byte)random.Next(256));
                    break;
                case 2:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(random.Next(bytes.Count / 2), random.Next(bytes.Count / 2));
                    break;
                default:
                    break;
            }

            stream.AddRange(bytes);
        }

        return [.. stream];
    }

    /// <summary>Feeds <paramref name="all"/> in random chunks of 1..63 bytes.</summary>
    public static void FeedInRandomChunks(Random random, NmeaParser parser, byte[] all)
    {
        for (int position = 0; position < all.Length;)
        {
            int size = Math.Min(random.Next(1, 64), all.Length - position);
            parser.Feed(all, position, size);
            position += size;
        }
    }

    /// <summary>Null when the counters add up and the fix is plausible, else what is wrong.</summary>
    public static string? CheckInvariants(NmeaParser parser)
    {
        NmeaCounters c = parser.Counters;
        long ended = c.SentencesAccepted + c.SentencesIgnored + c.SentencesUnsupported + c.OverlongProprietarySentences + c.LinesDropped;
        if (ended != c.LinesEnded || c.LinesStarted != ended + (parser.InSentence ? 1 : 0))
        {
            return $"{c.LinesStarted} lines started, {c.LinesEnded} ended, {ended} counted (in sentence: {parser.InSentence})";
        }

        if (c.DiscardedBytes > c.BytesReceived)
        {
            return $"{c.DiscardedBytes} bytes discarded of {c.BytesReceived} received";
        }

        var fix = new GpsFix();
        parser.CopyFixTo(fix);
        if (fix.IsValid && !fix.HasPosition)
        {
            return "a valid fix without a position";
        }

        if (fix.HasPosition && (fix.Latitude is < -90 or > 90 || fix.Longitude is < -180 or > 180))
        {
            return $"position out of range: {fix.Latitude}, {fix.Longitude}";
        }

        if (fix.HasTime && fix.TimeOfDayMilliseconds is < 0 or > 86399999)
        {
            return $"time of day out of range: {fix.TimeOfDayMilliseconds}";
        }

        if (fix.HasDate && (fix.Month is < 1 or > 12 || fix.Year is < 1980 or > 2099
            || fix.Day < 1 || fix.Day > NmeaField.DaysInMonth(fix.Year, fix.Month)))
        {
            return $"date out of range: {fix.Year}-{fix.Month}-{fix.Day}";
        }

        if (fix.FixWithoutSatellites && !(fix.IsValid && fix.SatellitesInUse == 0))
        {
            return "FixWithoutSatellites without a valid fix of 0 satellites";
        }

        if (!IsErrorEstimate(fix.LatitudeErrorMeters) || !IsErrorEstimate(fix.LongitudeErrorMeters) || !IsErrorEstimate(fix.AltitudeErrorMeters))
        {
            return $"negative error estimate: {fix.LatitudeErrorMeters}, {fix.LongitudeErrorMeters}, {fix.AltitudeErrorMeters}";
        }

        for (int i = 0; i < GpsFix.GnssSystemCount; i++)
        {
            var system = (GnssSystem)i;
            int inView = fix.SatellitesInView(system);
            int tracked = fix.SatellitesTracked(system);
            if (tracked < -1 || tracked > Math.Max(inView, -1) || (inView < 0) != (tracked < 0))
            {
                return $"{system}: {tracked} tracked of {inView} in view";
            }

            double best = fix.BestSnr(system);
            double average = fix.AverageSnr(system);
            bool snrOk = tracked > 0
                ? best is >= 1 and <= 99 && average >= 1 && average <= best
                : double.IsNaN(best) && double.IsNaN(average);
            if (!snrOk)
            {
                return $"{system}: SNR best {best}, average {average} with {tracked} tracked";
            }
        }

        return null;
    }

    private static bool IsErrorEstimate(double meters) => double.IsNaN(meters) || meters >= 0;

    /// <summary>Null when two parsers fed the same bytes (in different chunkings) agree on every line count.</summary>
    public static string? CompareCounters(NmeaParser expected, NmeaParser actual)
    {
        NmeaCounters e = expected.Counters;
        NmeaCounters a = actual.Counters;
        if (e.SentencesAccepted != a.SentencesAccepted || e.SentencesIgnored != a.SentencesIgnored
            || e.LinesDropped != a.LinesDropped || e.DiscardedBytes != a.DiscardedBytes)
        {
            return $"chunking changed the result: accepted {e.SentencesAccepted}/{a.SentencesAccepted}, ignored "
                + $"{e.SentencesIgnored}/{a.SentencesIgnored}, dropped {e.LinesDropped}/{a.LinesDropped}, discarded "
                + $"{e.DiscardedBytes}/{a.DiscardedBytes}";
        }

        return null;
    }
}
