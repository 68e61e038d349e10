namespace Telemetry.Drivers.Climate
{
    /// <summary>Health of the climate sensor.</summary>
    public enum ClimateSensorState
    {
        /// <summary>Not read yet.</summary>
        Starting = 0,

        /// <summary>Detected and answering (a single failed read does not leave this state).</summary>
        Ready = 1,

        /// <summary>Not found at start-up; detection is retried.</summary>
        Missing = 2,

        /// <summary>Was answering, then failed the configured number of reads in a row; detection is retried.</summary>
        NotResponding = 3,
    }
}
