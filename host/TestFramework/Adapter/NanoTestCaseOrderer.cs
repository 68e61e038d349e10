using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// Orders the cases of each test class as the device launcher runs them (plain [TestMethod]s, then [DataRow] rows, each in
    /// declaration order) and hands them one shared <see cref="NanoClassRun"/> that knows how many cases of the class this run
    /// holds, so [Setup] runs before the first and [Cleanup] after the last, also in a filtered run.
    /// </summary>
    public sealed class NanoTestCaseOrderer : ITestCaseOrderer
    {
        public const string TypeName = "nanoFramework.TestFramework.Adapter.NanoTestCaseOrderer";
        public const string AssemblyName = "nanoFramework.TestFramework";

        public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
            where TTestCase : ITestCase
        {
            var all = testCases.ToList();
            var ordered = all.Where(c => c is not NanoTestCase).ToList();
            var byClass = all.Where(c => c is NanoTestCase).GroupBy(c => ((NanoTestCase)(ITestCase)c).TestClassType);
            foreach (var group in byClass)
            {
                var cases = group
                    .OrderBy(c => ((NanoTestCase)(ITestCase)c).IsDataRow)
                    .ThenBy(c => ((NanoTestCase)(ITestCase)c).MethodOrder)
                    .ThenBy(c => ((NanoTestCase)(ITestCase)c).Row)
                    .ToList();
                var run = new NanoClassRun(group.Key, cases.Count);
                foreach (var testCase in cases)
                {
                    ((NanoTestCase)(ITestCase)testCase).ClassRun = run;
                }

                ordered.AddRange(cases);
            }

            return ordered;
        }
    }
}
