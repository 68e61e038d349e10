namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// What happened to the bytes and lines fed to an <see cref="NmeaParser"/>. Every line that starts with '$'
    /// ends in exactly one of the line counters, so <see cref="LinesStarted"/> equals <see cref="LinesEnded"/> plus
    /// one while a line is still being received (<see cref="NmeaParser.InSentence"/>).
    /// </summary>
    public sealed class NmeaCounters
    {
        /// <summary>Every byte fed to the parser.</summary>
        public long BytesReceived { get; internal set; }

        /// <summary>Bytes outside any sentence (noise, binary protocols, the tail of dropped lines).</summary>
        public long DiscardedBytes { get; internal set; }

        /// <summary>Lines that began with '$' (a doubled "$$" start counts once).</summary>
        public long LinesStarted { get; internal set; }

        /// <summary>
        /// GGA, RMC, GNS, GLL, VTG, GSA, GSV, GST and ZDA sentences that passed every check and updated the fix.
        /// </summary>
        public long SentencesAccepted { get; internal set; }

        /// <summary>Well-formed standard sentences of other types (TXT, HDT, ...), skipped.</summary>
        public long SentencesIgnored { get; internal set; }

        /// <summary>
        /// Well-formed proprietary sentences ($P..., and six-character addresses such as $GYOACC), skipped.
        /// </summary>
        public long SentencesUnsupported { get; internal set; }

        /// <summary>
        /// Proprietary sentences longer than <see cref="NmeaParser.MaxSentenceLength"/> whose checksum matched:
        /// skipped whole, and not counted as broken lines.
        /// </summary>
        public long OverlongProprietarySentences { get; internal set; }

        /// <summary>
        /// Accepted RMC or ZDA sentences whose date field was corrupt (e.g. "2208-1" from a receiver with the
        /// GPS week-rollover bug): the date was dropped, the rest of the sentence used.
        /// </summary>
        public long DatesDropped { get; internal set; }

        /// <summary>Lines whose checksum did not match or was not two hex digits at the end.</summary>
        public long ChecksumErrors { get; internal set; }

        /// <summary>Lines without '*hh', dropped unless missing checksums are accepted.</summary>
        public long MissingChecksums { get; internal set; }

        /// <summary>
        /// Lines longer than <see cref="NmeaParser.MaxSentenceLength"/>, except well-formed proprietary ones
        /// (<see cref="OverlongProprietarySentences"/>).
        /// </summary>
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

        /// <summary>Every line that has ended: accepted, ignored, unsupported, overlong proprietary or dropped.</summary>
        public long LinesEnded
        {
            get { return SentencesAccepted + SentencesIgnored + SentencesUnsupported + OverlongProprietarySentences + LinesDropped; }
        }

        /// <summary>Copies every counter from <paramref name="source"/>.</summary>
        public void CopyFrom(NmeaCounters source)
        {
            BytesReceived = source.BytesReceived;
            DiscardedBytes = source.DiscardedBytes;
            LinesStarted = source.LinesStarted;
            SentencesAccepted = source.SentencesAccepted;
            SentencesIgnored = source.SentencesIgnored;
            SentencesUnsupported = source.SentencesUnsupported;
            OverlongProprietarySentences = source.OverlongProprietarySentences;
            DatesDropped = source.DatesDropped;
            ChecksumErrors = source.ChecksumErrors;
            MissingChecksums = source.MissingChecksums;
            OverlongLines = source.OverlongLines;
            TruncatedLines = source.TruncatedLines;
            MalformedLines = source.MalformedLines;
        }
    }
}
