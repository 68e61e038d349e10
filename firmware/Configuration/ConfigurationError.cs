namespace Telemetry.Firmware.Configuration
{
    /// <summary>One refused line of a configuration file: its number, key and what was wrong.</summary>
    public sealed class ConfigurationError
    {
        /// <summary>An error of line <paramref name="line"/> (1-based, 0 for the file as a whole).</summary>
        public ConfigurationError(int line, string key, string message)
        {
            Line = line;
            Key = key;
            Message = message;
        }

        /// <summary>1-based line number, 0 when the error is about the file as a whole.</summary>
        public int Line { get; private set; }

        /// <summary>The key of the line ("" when the line has none).</summary>
        public string Key { get; private set; }

        /// <summary>What was wrong and what was used instead.</summary>
        public string Message { get; private set; }

        /// <summary>"line 3: telemetry_interval: ..." (start-up only: allocates).</summary>
        public override string ToString()
        {
            return "line " + Line.ToString() + ": " + Key + ": " + Message;
        }
    }
}
