using Xunit;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// Put on one empty method of the test assembly: xunit then reports every nanoFramework test method of that assembly
    /// ([TestClass] types) as its own test case, one per [DataRow] row. The method's class must belong to a collection
    /// whose definition has [TestCaseOrderer(NanoTestCaseOrderer)] and ICollectionFixture&lt;NanoCleanupFixture&gt;.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    [XunitTestCaseDiscoverer(NanoTestCaseDiscoverer.TypeName, NanoTestCaseDiscoverer.AssemblyName)]
    public sealed class NanoTestsAttribute : FactAttribute
    {
    }
}
