using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>Turns the method marked [NanoTests] into the nanoFramework test cases of its assembly.</summary>
    public sealed class NanoTestCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
    {
        public const string TypeName = "nanoFramework.TestFramework.Adapter.NanoTestCaseDiscoverer";
        public const string AssemblyName = "nanoFramework.TestFramework";

        public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        {
            var assembly = testMethod.TestClass.Class.ToRuntimeType().Assembly;
            var collection = testMethod.TestClass.TestCollection;
            if (collection.CollectionDefinition?.GetCustomAttributes(typeof(TestCaseOrdererAttribute)).Any() != true)
            {
                diagnosticMessageSink.OnMessage(new DiagnosticMessage(
                    "[NanoTests] on {0}: its test collection has no [TestCaseOrderer(NanoTestCaseOrderer)], so each class's Cleanup waits "
                    + "for the NanoCleanupFixture at the end of the run (and never runs without it).",
                    testMethod.TestClass.Class.Name));
            }

            var cases = new List<IXunitTestCase>();
            foreach (var type in NanoTestDiscovery.FindTestClasses(assembly))
            {
                cases.AddRange(NanoTestDiscovery.CreateTestCases(collection, type));
            }

            return cases;
        }
    }
}
