using nanoFramework.TestFramework.Adapter;
using Xunit;

namespace Telemetry.Tests.Adapter
{
    /// <summary>
    /// The collection of the nanoFramework tests: they run one at a time (their state is static), ordered by class so that
    /// each class's [Setup] runs before its first test and [Cleanup] after its last; the fixture cleans up what remains.
    /// </summary>
    [CollectionDefinition(Name)]
    [TestCaseOrderer(NanoTestCaseOrderer.TypeName, NanoTestCaseOrderer.AssemblyName)]
    public class NanoTestCollection : ICollectionFixture<NanoCleanupFixture>
    {
        public const string Name = "nanoFramework tests";
    }
}
