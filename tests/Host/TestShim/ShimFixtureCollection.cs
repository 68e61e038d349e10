using nanoFramework.TestFramework.Adapter;
using Xunit;

namespace Telemetry.HostTests.TestShim;

/// <summary>
/// The collection the adapter tests put the fixture cases in: set up like the nanoFramework collection of host/UnitTests
/// (orderer and cleanup fixture). No xunit test of this assembly belongs to it.
/// </summary>
[CollectionDefinition(Name)]
[TestCaseOrderer(NanoTestCaseOrderer.TypeName, NanoTestCaseOrderer.AssemblyName)]
public class ShimFixtureCollection : ICollectionFixture<NanoCleanupFixture>
{
    public const string Name = "nanoFramework shim fixtures";
}
