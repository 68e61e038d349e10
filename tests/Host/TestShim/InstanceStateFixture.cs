using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>Keeps state in instance members, which the launcher never initializes: every test must fail, Setup must not run.</summary>
[TestClass]
public class InstanceStateFixture
{
    private int counter;

    public string Label { get; set; } = "initialized by a constructor that never runs";

    [Setup]
    public static void Prepare() => FixtureLog.Add("instance-state setup");

    [TestMethod]
    public void Counts()
    {
        counter++;
        Assert.IsTrue(counter > 0);
    }
}
