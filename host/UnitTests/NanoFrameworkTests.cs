using nanoFramework.TestFramework.Adapter;
using Xunit;

namespace Telemetry.Tests.Adapter
{
    /// <summary>
    /// The xunit entry point of the nanoFramework tests in tests/: [NanoTests] expands into one xunit test case per
    /// [TestMethod] and per [DataRow] row of every [TestClass] in this assembly, named Namespace.Class.Method(args).
    /// </summary>
    [Collection(NanoTestCollection.Name)]
    public class NanoFrameworkTests
    {
        [NanoTests]
        public void RunsTheNanoFrameworkTests()
        {
        }
    }
}
