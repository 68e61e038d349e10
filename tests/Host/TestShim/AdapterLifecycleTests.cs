using nanoFramework.TestFramework.Adapter;
using Xunit;

namespace Telemetry.HostTests.TestShim;

[Collection(AdapterTestCollection.Name)]
public class AdapterLifecycleTests
{
    private const string Lifecycle = "Telemetry.HostTests.TestShim.LifecycleFixture.";

    public AdapterLifecycleTests() => FixtureLog.Clear();

    [Fact]
    public async Task SetupRunsOnceBeforeAndCleanupOnceAfterTheClassTests()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(LifecycleFixture)));

        Assert.All(run.Results, result => Assert.Equal("Passed", result.Outcome));
        Assert.Equal(5, run.Results.Count);
        Assert.Equal(["setup", "instance", "static", "row 1", "row 2", "row -3", "cleanup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task AFilteredRunOfOneCaseStillSetsUpAndCleansUp()
    {
        var one = AdapterHarness.Discover(typeof(LifecycleFixture)).Where(c => c.DisplayName == Lifecycle + "Rows(2, \"two\")");

        var run = await AdapterHarness.RunAsync(one);

        Assert.Equal("Passed", run[Lifecycle + "Rows(2, \"two\")"].Outcome);
        Assert.Equal(["setup", "row 2", "cleanup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task CleanupRunsRightAfterTheLastCaseOfItsClassBeforeTheNextClass()
    {
        var cases = AdapterHarness.Discover(typeof(LifecycleFixture)).Concat(AdapterHarness.Discover(typeof(SetupFailureFixture)));

        await AdapterHarness.RunAsync(cases);

        Assert.Equal(["setup", "instance", "static", "row 1", "row 2", "row -3", "cleanup", "setup", "cleanup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task TheClassIsNeverConstructed()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(LifecycleFixture)));

        Assert.Equal("Passed", run[Lifecycle + "InstanceTest"].Outcome);
        Assert.DoesNotContain("constructed", FixtureLog.Snapshot());
    }

    [Fact]
    public async Task EachCaseGetsItsRowAndItsOwnOutput()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(LifecycleFixture)));

        Assert.Equal("two", run[Lifecycle + "Rows(2, \"two\")"].Output);
        Assert.Equal("minus \"three\"", run[Lifecycle + "Rows(-3, \"minus \\\"three\\\"\")"].Output);
        Assert.Equal("static test output" + Environment.NewLine, run[Lifecycle + "StaticTest"].Output);
        Assert.Equal(string.Empty, run[Lifecycle + "InstanceTest"].Output);
    }

    [Fact]
    public async Task AFailingSetupFailsEveryTestOfTheClassAndCleanupStillRuns()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(SetupFailureFixture)));

        Assert.Equal(2, run.Results.Count);
        Assert.All(run.Results, result =>
        {
            Assert.Equal("Failed", result.Outcome);
            Assert.Contains("[Setup] Telemetry.HostTests.TestShim.SetupFailureFixture.Connect failed: no broker", result.Message, StringComparison.Ordinal);
        });
        Assert.Equal(["setup", "cleanup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task ASkippingSetupSkipsEveryTestOfTheClassAndItsCleanup()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(SetupSkipFixture)));

        Assert.Equal(3, run.Results.Count);
        Assert.All(run.Results, result =>
        {
            Assert.Equal("Skipped", result.Outcome);
            Assert.Contains("no BME280 on the bus", result.Message, StringComparison.Ordinal);
        });
        Assert.Equal(["setup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task AFailingCleanupFailsTheLastCaseOfTheClass()
    {
        var run = await AdapterHarness.RunAsync(AdapterHarness.Discover(typeof(CleanupFailureFixture)));

        Assert.Equal(["Passed", "Failed"], run.Results.Select(r => r.Outcome));
        Assert.Contains("[Cleanup] Telemetry.HostTests.TestShim.CleanupFailureFixture.Release failed: handle leaked", run.Results[1].Message, StringComparison.Ordinal);
        Assert.Equal(["first", "second", "cleanup"], FixtureLog.Snapshot());
    }

    [Fact]
    public async Task WithoutTheOrdererCleanupWaitsForTheCollectionFixture()
    {
        var run = await AdapterHarness.RunWithoutOrdererAsync(AdapterHarness.Discover(typeof(LifecycleFixture)));

        Assert.Equal(5, run.Results.Count(r => r.Outcome == "Passed"));
        Assert.Equal("setup", FixtureLog.Snapshot()[0]);
        Assert.DoesNotContain("cleanup", FixtureLog.Snapshot());

        new NanoCleanupFixture().Dispose();

        Assert.Single(FixtureLog.Snapshot(), entry => entry == "setup");
        Assert.Equal("cleanup", FixtureLog.Snapshot()[^1]);
    }
}
