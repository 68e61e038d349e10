using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>Its Setup skips: every test is skipped and neither the tests nor Cleanup run (as on the device).</summary>
[TestClass]
public class SetupSkipFixture
{
    [Setup]
    public static void FindSensor()
    {
        FixtureLog.Add("setup");
        Assert.SkipTest("no BME280 on the bus");
    }

    [Cleanup]
    public static void ReleaseSensor() => FixtureLog.Add("cleanup");

    [TestMethod]
    public static void ReadsTemperature() => FixtureLog.Add("temperature");

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    public static void ReadsChannel(int channel) => FixtureLog.Add("channel " + channel);
}
