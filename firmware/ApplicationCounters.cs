namespace Telemetry.Firmware
{
    /// <summary>What the application did since start-up (read by the simulator's summary and the tests).</summary>
    public sealed class ApplicationCounters
    {
        /// <summary>Telemetry messages accepted by the session.</summary>
        public long TelemetrySent;

        /// <summary>Telemetry messages the session refused (not connected, outbox full, too large).</summary>
        public long TelemetryFailed;

        /// <summary>Location messages (device tracker) accepted by the session.</summary>
        public long LocationSent;

        /// <summary>Commands run.</summary>
        public long CommandsRun;

        /// <summary>Commands answered as duplicates without running again.</summary>
        public long CommandDuplicates;

        /// <summary>Commands that got an error reply.</summary>
        public long CommandErrors;

        /// <summary>Retained command messages ignored.</summary>
        public long CommandsIgnored;

        /// <summary>Replies the session refused.</summary>
        public long RepliesFailed;

        /// <summary>Connections established.</summary>
        public long Connections;

        /// <summary>Connections lost.</summary>
        public long Disconnections;

        /// <summary>Discovery messages accepted by the session.</summary>
        public long DiscoverySent;
    }
}
