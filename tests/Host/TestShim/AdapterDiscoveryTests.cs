using nanoFramework.TestFramework.Adapter;
using Xunit;

namespace Telemetry.HostTests.TestShim;

[Collection(AdapterTestCollection.Name)]
public class AdapterDiscoveryTests
{
    private const string Lifecycle = "Telemetry.HostTests.TestShim.LifecycleFixture.";

    [Fact]
    public void DiscoveryYieldsOneNamedCasePerTestMethodAndPerDataRow()
    {
        var names = AdapterHarness.Discover(typeof(LifecycleFixture)).Select(c => c.DisplayName).ToList();

        Assert.Equal(
            [
                Lifecycle + "InstanceTest",
                Lifecycle + "StaticTest",
                Lifecycle + "Rows(1, \"one\")",
                Lifecycle + "Rows(2, \"two\")",
                Lifecycle + "Rows(-3, \"minus \\\"three\\\"\")",
            ],
            names);
    }

    [Fact]
    public void CasesHaveDistinctIdsTraitsAndTheNanoMethodAsTheirXunitMethod()
    {
        var cases = AdapterHarness.Discover(typeof(LifecycleFixture));

        Assert.Equal(cases.Count, cases.Select(c => c.UniqueID).Distinct().Count());
        var row = cases.Single(c => c.DisplayName == Lifecycle + "Rows(2, \"two\")");
        Assert.Equal(["Telemetry.HostTests.TestShim.LifecycleFixture"], row.Traits["Class"]);
        Assert.Equal(["Rows"], row.Traits["Method"]);
        Assert.Equal("Telemetry.HostTests.TestShim.LifecycleFixture", row.TestMethod.TestClass.Class.Name);
        Assert.Equal("Rows", row.TestMethod.Method.Name);
        Assert.Equal([2, "two"], row.TestMethodArguments);
    }

    [Fact]
    public void ACaseSurvivesSerializationWithItsNameIdAndRow()
    {
        foreach (var testCase in AdapterHarness.Discover(typeof(LifecycleFixture)))
        {
            var copy = Assert.IsType<NanoTestCase>(AdapterHarness.RoundTrip(testCase));

            Assert.Equal(testCase.DisplayName, copy.DisplayName);
            Assert.Equal(testCase.UniqueID, copy.UniqueID);
            Assert.Equal(testCase.Row, copy.Row);
            Assert.Equal(testCase.TestMethodInfo, copy.TestMethodInfo);
        }
    }

    [Fact]
    public void TheDiscovererFindsEveryTestClassOfTheAssemblyAndNothingElse()
    {
        var names = AdapterHarness.DiscoverAssembly(out var diagnostics).Select(c => c.DisplayName).ToList();

        Assert.Contains(Lifecycle + "Rows(1, \"one\")", names);
        Assert.Contains("Telemetry.HostTests.TestShim.OutcomeFixture.TakesAByte(5)", names);
        Assert.Contains("Telemetry.HostTests.TestShim.OutcomeFixture.IsNotPublic", names);
        Assert.DoesNotContain(names, name => name.Contains("AdapterDiscoveryTests", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("HarnessEntry", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TheDiscovererWarnsWhenTheCollectionHasNoOrderer()
    {
        AdapterHarness.DiscoverAssembly(out var diagnostics, inFixtureCollection: false);

        Assert.Contains("no [TestCaseOrderer(NanoTestCaseOrderer)]", Assert.Single(diagnostics), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "5")]
    [InlineData(-1, "-1")]
    [InlineData((byte)55, "55")]
    [InlineData(4294967296L, "4294967296")]
    [InlineData(true, "true")]
    [InlineData(1.5, "1.5")]
    [InlineData('x', "'x'")]
    [InlineData("a \"b\"\r\n", "\"a \\\"b\\\"\\r\\n\"")]
    [InlineData(null, "null")]
    [InlineData(new[] { 1, 2 }, "Int32[] { 1, 2 }")]
    public void RowValuesAreShownAsCSharpLiterals(object? value, string expected)
    {
        Assert.Equal(expected, ArgumentDisplay.Format(value));
    }
}
