using Xunit;

namespace Telemetry.HostTests.TestShim;

[Collection(AdapterTestCollection.Name)]
public class AdapterOutcomeTests
{
    private const string Outcome = "Telemetry.HostTests.TestShim.OutcomeFixture.";

    public AdapterOutcomeTests() => FixtureLog.Clear();

    [Fact]
    public async Task PassFailAndSkipAreReportedWithTheirMessagesAndOutput()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(OutcomeFixture)));

        Assert.Equal("Passed", run[Outcome + "Passes"].Outcome);

        var failed = run[Outcome + "FailsAnAssertion"];
        Assert.Equal("Failed", failed.Outcome);
        Assert.Equal("TestFrameworkShared.AssertFailedException: Assert.AreEqual failed. Expected:<1>. Actual:<2>. 2", failed.Message);
        Assert.Equal("before the failure" + Environment.NewLine, failed.Output);

        var skipped = run[Outcome + "Skips"];
        Assert.Equal("Skipped", skipped.Outcome);
        Assert.Equal("no sensor on the host", skipped.Message);
    }

    [Fact]
    public async Task ExceptionsFromTheTestAreReportedUnwrapped()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(OutcomeFixture)));

        Assert.Equal("System.InvalidOperationException: boom", run[Outcome + "ThrowsItsOwnException"].Message);
    }

    [Fact]
    public async Task AnArrayInADataRowFailsBecauseTheDeviceLauncherDiesOnIt()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(OutcomeFixture)));

        var result = run[Outcome + "TakesAnArray(Int32[] { 1, 2 })"];
        Assert.Equal("Failed", result.Outcome);
        Assert.Contains("dies on array arguments in DataRow", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("array 2", FixtureLog.Snapshot());
    }

    [Fact]
    public async Task DataRowValuesAreNotConvertedToTheParameterType()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(OutcomeFixture)));

        var mismatch = run[Outcome + "TakesAByte(5)"];
        Assert.Equal("Failed", mismatch.Outcome);
        Assert.Contains("(5, Int32) does not match parameter 'value' of type Byte", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("has 2 value(s) but the method takes 1", run[Outcome + "TakesOneValue(1, 2)"].Message, StringComparison.Ordinal);
        Assert.Contains("has no [DataRow]", run[Outcome + "NeedsAnArgument"].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureLog.Snapshot(), entry => entry.StartsWith("byte", StringComparison.Ordinal) || entry.StartsWith("one value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANonPublicTestMethodFailsBecauseTheDeviceWouldNeverRunIt()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(OutcomeFixture)));

        Assert.Contains("is not public", run[Outcome + "IsNotPublic"].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not public", FixtureLog.Snapshot());
    }

    [Fact]
    public async Task AClassWithInstanceStateFailsItsTestsWithoutRunningSetup()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(InstanceStateFixture)));

        var result = run["Telemetry.HostTests.TestShim.InstanceStateFixture.Counts"];
        Assert.Equal("Failed", result.Outcome);
        Assert.Contains("declares instance state (counter, property Label)", result.Message, StringComparison.Ordinal);
        Assert.Contains("never constructs", result.Message, StringComparison.Ordinal);
        Assert.Empty(FixtureLog.Snapshot());
    }

    [Fact]
    public async Task TheRunReportsTheCaseLifecycleMessagesXunitRunnersExpect()
    {
        var cases = AdapterHarness.Discover(typeof(OutcomeFixture));
        var run = await AdapterHarness.RunAsync(cases);

        Assert.Equal(cases.Count, run.Messages.OfType<Xunit.Abstractions.ITestCaseStarting>().Count());
        Assert.Equal(cases.Count, run.Messages.OfType<Xunit.Abstractions.ITestStarting>().Count());
        Assert.Equal(cases.Count, run.Messages.OfType<Xunit.Abstractions.ITestFinished>().Count());
        Assert.Equal(cases.Count, run.Messages.OfType<Xunit.Abstractions.ITestCaseFinished>().Count());
        var finished = Assert.Single(run.Messages.OfType<Xunit.Abstractions.ITestAssemblyFinished>());
        Assert.Equal(cases.Count, finished.TestsRun);
        Assert.Equal(1, finished.TestsSkipped);
        Assert.Empty(run.Messages.OfType<Xunit.Abstractions.IErrorMessage>());
    }
}
