using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>Its Cleanup throws: the case after which Cleanup ran reports the failure.</summary>
[TestClass]
public class CleanupFailureFixture
{
    [Cleanup]
    public static void Release()
    {
        FixtureLog.Add("cleanup");
        throw new InvalidOperationException("handle leaked");
    }

    [TestMethod]
    public static void First() => FixtureLog.Add("first");

    [TestMethod]
    public static void Second() => FixtureLog.Add("second");
}
