using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>Its Setup throws: every test fails with the Setup's error, and Cleanup still runs once (as on the device).</summary>
[TestClass]
public class SetupFailureFixture
{
    [Setup]
    public static void Connect()
    {
        FixtureLog.Add("setup");
        throw new InvalidOperationException("no broker");
    }

    [Cleanup]
    public static void Disconnect() => FixtureLog.Add("cleanup");

    [TestMethod]
    public static void First() => FixtureLog.Add("first");

    [TestMethod]
    public static void Second() => FixtureLog.Add("second");
}
