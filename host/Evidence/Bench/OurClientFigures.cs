namespace Telemetry.Evidence.Bench;

/// <summary>Our client (protocol/Session) in the benchmark; filled in once the client is merged.</summary>
public static class OurClientFigures
{
    public static IBenchClient? Create() => null;

    public static void AddMemory(BenchResults results)
    {
        _ = results;
    }
}
