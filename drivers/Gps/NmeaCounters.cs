namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// What happened to the bytes and lines fed to an <see cref="NmeaParser"/>. Every line that starts with '$'
    /// ends in exactly one of the sentence counters, so <see cref="LinesStarted"/> equals their sum plus one
    /// while a line is still being received (<see cref="NmeaParser.InSentence"/>).
    /// </summary>
    public sealed class NmeaCounters
    {
        /// <summary>Every byte fed to the parser.</summary>
        public long BytesReceived { get; internal set; }

        /// <summary>Bytes outside any sentence (noise, binary protocols, the tail of dropped lines).</summary>
        public long DiscardedBytes { get; internal set; }

        /// <summary>Lines that began with '$'.</summary>
        public long LinesStarted { get; internal set; }

        /// <summary>GGA, RMC, VTG and GSA sentences that passed every check and updated the fix.</summary>
        public long SentencesAccepted { get; internal set; }

        /// <summary>Well-formed sentences of other types (GSV, GLL, TXT, proprietary $P...), skipped.</summary>
        public long SentencesIgnored { get; internal set; }

        /// <summary>Lines whose checksum did not match or was not two hex digits at the end.</summary>
        public long ChecksumErrors { get; internal set; }

        /// <summary>Lines without '*hh', dropped unless missing checksums are accepted.</summary>
        public long MissingChecksums { get; internal set; }

        /// <summary>Lines longer than <see cref="NmeaParser.MaxSentenceLength"/>.</summary>
        public long OverlongLines { get; internal set; }

        /// <summary>Lines cut short by a new '$' before their end (lost bytes).</summary>
        public long TruncatedLines { get; internal set; }

        /// <summary>Lines with a bad address, control bytes or fields that do not parse.</summary>
        public long MalformedLines { get; internal set; }

        /// <summary>Sum of every dropped-line counter.</summary>
        public long LinesDropped
        {
            get { return ChecksumErrors + MissingChecksums + OverlongLines + TruncatedLines + MalformedLines; }
        }

        /// <summary>Copies every counter from <paramref name="source"/>.</summary>
        public void CopyFrom(NmeaCounters source)
        {
            BytesReceived = source.BytesReceived;
            DiscardedBytes = source.DiscardedBytes;
            LinesStarted = source.LinesStarted;
            SentencesAccepted = source.SentencesAccepted;
            SentencesIgnored = source.SentencesIgnored;
            ChecksumErrors = source.ChecksumErrors;
            MissingChecksums = source.MissingChecksums;
            OverlongLines = source.OverlongLines;
            TruncatedLines = source.TruncatedLines;
            MalformedLines = source.MalformedLines;
        }
    }
}
