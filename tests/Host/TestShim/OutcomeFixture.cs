using nanoFramework.TestFramework;

namespace Telemetry.HostTests.TestShim;

/// <summary>One test per outcome the adapter must report: pass, assertion failure, skip, exception, and device-invalid tests.</summary>
[TestClass]
public class OutcomeFixture
{
    [TestMethod]
    public static void Passes() => FixtureLog.Add("passes");

    [TestMethod]
    public static void FailsAnAssertion()
    {
        OutputHelper.WriteLine("before the failure");
        Assert.AreEqual(1, 2);
    }

    [TestMethod]
    public static void Skips() => Assert.SkipTest("no sensor on the host");

    [TestMethod]
    public static void ThrowsItsOwnException() => throw new InvalidOperationException("boom");

    [TestMethod]
    [DataRow(new int[] { 1, 2 })]
    public static void TakesAnArray(int[] values) => FixtureLog.Add("array " + values.Length);

    [TestMethod]
    [DataRow(5)]
    public static void TakesAByte(byte value) => FixtureLog.Add("byte " + value);

    [TestMethod]
    [DataRow(1, 2)]
    public static void TakesOneValue(int value) => FixtureLog.Add("one value " + value);

    [TestMethod]
    public static void NeedsAnArgument(int value) => FixtureLog.Add("argument " + value);

    [TestMethod]
    internal static void IsNotPublic() => FixtureLog.Add("not public");
}
