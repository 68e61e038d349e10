namespace Telemetry.Drivers.Climate.Simulated
{
    /// <summary>How the simulated BME280 misbehaves.</summary>
    public enum SimulatedClimateFault
    {
        /// <summary>Answers normally.</summary>
        None = 0,

        /// <summary>Not on the bus: detection fails and reads throw, like an unplugged sensor.</summary>
        Missing = 1,

        /// <summary>Answers with out-of-range values, as from registers read off a dead bus.</summary>
        Garbage = 2,
    }
}
