namespace Telemetry.HostTests.TestShim;

/// <summary>What the fixture test classes did, in order, so the adapter tests can check what ran when.</summary>
public static class FixtureLog
{
    private static readonly List<string> Entries = [];

    public static void Add(string entry)
    {
        lock (Entries)
        {
            Entries.Add(entry);
        }
    }

    public static IReadOnlyList<string> Snapshot()
    {
        lock (Entries)
        {
            return [.. Entries];
        }
    }

    public static void Clear()
    {
        lock (Entries)
        {
            Entries.Clear();
        }
    }
}
