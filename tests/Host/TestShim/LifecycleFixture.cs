using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>A nanoFramework-style test class (run by the adapter tests, not by xunit directly) that logs its lifecycle.</summary>
[TestClass]
public class LifecycleFixture
{
    public LifecycleFixture() => FixtureLog.Add("constructed");

    [Setup]
    public static void OpenBus() => FixtureLog.Add("setup");

    [Cleanup]
    public void CloseBus() => FixtureLog.Add("cleanup");

    [TestMethod]
    public void InstanceTest() => FixtureLog.Add("instance");

    [TestMethod]
    public static void StaticTest()
    {
        FixtureLog.Add("static");
        OutputHelper.WriteLine("static test output");
    }

    [TestMethod]
    [DataRow(1, "one")]
    [DataRow(2, "two")]
    [DataRow(-3, "minus \"three\"")]
    public static void Rows(int number, string name)
    {
        FixtureLog.Add("row " + number);
        OutputHelper.Write(name);
    }
}
