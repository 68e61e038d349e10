using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// One run of a nanoFramework test method: the method itself, or one of its [DataRow] rows. Named
    /// <c>Namespace.Class.Method</c> or <c>Namespace.Class.Method(arg, ...)</c>, with the traits Class and Method.
    /// </summary>
    public sealed class NanoTestCase : LongLivedMarshalByRefObject, IXunitTestCase
    {
        private MethodInfo? method;
        private ITestMethod? testMethod;

        [Obsolete("Only for the xunit deserializer.", error: true)]
        public NanoTestCase()
        {
        }

        public NanoTestCase(ITestMethod testMethod, MethodInfo method, int row)
        {
            this.testMethod = testMethod;
            this.method = method;
            Row = row;
            Describe();
        }

        /// <summary>The index of the [DataRow] this case runs, or -1 for a test method without rows.</summary>
        public int Row { get; private set; }

        public bool IsDataRow => Row >= 0;

        public Type TestClassType => TestMethodInfo.ReflectedType!;

        public MethodInfo TestMethodInfo => method ?? throw new InvalidOperationException("The test case was not initialized.");

        /// <summary>Position of the method in the launcher's method order (Type.GetMethods).</summary>
        public int MethodOrder => Array.IndexOf(TestClassType.GetMethods(NanoTestDiscovery.AllMethods), TestMethodInfo);

        public string DisplayName { get; private set; } = string.Empty;

        public string? SkipReason => null;

        public ISourceInformation? SourceInformation { get; set; }

        public ITestMethod TestMethod => testMethod ?? throw new InvalidOperationException("The test case was not initialized.");

        /// <summary>The row's values as written in the attribute (for display; the run uses the instantiated attribute, like the device).</summary>
        public object?[]? TestMethodArguments { get; private set; }

        public Dictionary<string, List<string>> Traits { get; private set; } = [];

        public string UniqueID { get; private set; } = string.Empty;

        public Exception? InitializationException => null;

        public IMethodInfo Method => TestMethod.Method;

        public int Timeout => 0;

        /// <summary>Shared by the cases of one class in one run; set by <see cref="NanoTestCaseOrderer"/>.</summary>
        internal NanoClassRun? ClassRun { get; set; }

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue("TestMethod", TestMethod);
            info.AddValue("Signature", Signature(TestMethodInfo));
            info.AddValue("Row", Row);
        }

        public void Deserialize(IXunitSerializationInfo info)
        {
            testMethod = info.GetValue<ITestMethod>("TestMethod");
            string signature = info.GetValue<string>("Signature");
            Row = info.GetValue<int>("Row");
            var type = testMethod.TestClass.Class.ToRuntimeType();
            string name = testMethod.Method.Name;
            method = type.GetMethods(NanoTestDiscovery.AllMethods).FirstOrDefault(m => m.Name == name && Signature(m) == signature)
                ?? throw new InvalidOperationException("Test method " + type.FullName + "." + name + "(" + signature + ") no longer exists.");
            Describe();
        }

        public Task<RunSummary> RunAsync(
            IMessageSink diagnosticMessageSink,
            IMessageBus messageBus,
            object[] constructorArguments,
            ExceptionAggregator aggregator,
            CancellationTokenSource cancellationTokenSource)
        {
            // The class is never constructed and uses no xunit fixtures, so the class runner's constructor checks
            // (reported through the aggregator) do not apply.
            var test = new XunitTest(this, DisplayName);
            Send(messageBus, new TestCaseStarting(this), cancellationTokenSource);
            Send(messageBus, new TestStarting(test), cancellationTokenSource);

            var output = new TestOutput();
            var stopwatch = Stopwatch.StartNew();
            Outcome outcome;
            using (output.Activate())
            {
                outcome = Execute();
            }

            decimal time = (decimal)stopwatch.Elapsed.TotalSeconds;
            string text = output.Text;
            IMessageSinkMessage result = outcome.Error != null
                ? Failure(test, time, text, outcome.Error)
                : outcome.SkipReason != null ? new TestSkipped(test, outcome.SkipReason) : new TestPassed(test, time, text);
            Send(messageBus, result, cancellationTokenSource);
            Send(messageBus, new TestFinished(test, time, text), cancellationTokenSource);

            var summary = new RunSummary
            {
                Total = 1,
                Failed = outcome.Error != null ? 1 : 0,
                Skipped = outcome.Error == null && outcome.SkipReason != null ? 1 : 0,
                Time = time,
            };
            Send(messageBus, new TestCaseFinished(this, time, summary.Total, summary.Failed, summary.Skipped), cancellationTokenSource);
            return Task.FromResult(summary);
        }

        private static void Send(IMessageBus messageBus, IMessageSinkMessage message, CancellationTokenSource cancellationTokenSource)
        {
            if (!messageBus.QueueMessage(message))
            {
                cancellationTokenSource.Cancel();
            }
        }

        /// <summary>The failure with the frames of the assertions, the reflection call and this adapter left out of the stack traces.</summary>
        private static TestFailed Failure(ITest test, decimal time, string output, Exception error)
        {
            var information = ExceptionUtility.ConvertExceptionToFailureInformation(error);
            var stackTraces = information.StackTraces.Select(TrimStackTrace).ToArray();
            return new TestFailed(test, time, output, information.ExceptionTypes, information.Messages, stackTraces, information.ExceptionParentIndices);
        }

        private static string? TrimStackTrace(string? stackTrace)
        {
            if (stackTrace == null)
            {
                return null;
            }

            var frames = stackTrace.Split('\n').Where(line =>
            {
                string frame = line.TrimStart();
                return !frame.StartsWith("at nanoFramework.TestFramework.", StringComparison.Ordinal)
                    && !frame.StartsWith("at System.Reflection.", StringComparison.Ordinal)
                    && !frame.StartsWith("at InvokeStub_", StringComparison.Ordinal);
            });
            return string.Join('\n', frames);
        }

        private static string Signature(MethodInfo method) =>
            string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name));

        private void Describe()
        {
            var type = TestClassType;
            string name = type.FullName + "." + TestMethodInfo.Name;
            if (IsDataRow)
            {
                TestMethodArguments = NanoTestDiscovery.RowValues(TestMethodInfo, Row);
                name += "(" + (TestMethodArguments == null ? "null" : ArgumentDisplay.FormatList(TestMethodArguments)) + ")";
            }

            DisplayName = name;
            Traits = new Dictionary<string, List<string>>
            {
                ["Class"] = [type.FullName!],
                ["Method"] = [TestMethodInfo.Name],
            };
            string identity = type.Assembly.GetName().Name + "|" + type.FullName + "|" + TestMethodInfo.Name + "(" + Signature(TestMethodInfo) + ")|" + Row;
            UniqueID = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        }

        private Outcome Execute()
        {
            var type = TestClassType;
            var run = ClassRun ?? NanoClassRun.WithoutOrdererFor(type);
            Outcome outcome;
            try
            {
                string? classProblem = DeviceLauncher.FindClassProblem(type);
                if (classProblem != null)
                {
                    outcome = Outcome.Failed(new NanoTestDefinitionException(classProblem));
                }
                else
                {
                    run.EnsureSetUp();
                    outcome = run.SkipReason != null ? Outcome.Skipped(run.SkipReason)
                        : run.SetupError != null ? Outcome.Failed(run.SetupError)
                        : RunTestMethod(type);
                }
            }
            catch (Exception exception)
            {
                outcome = Outcome.Failed(exception);
            }

            var cleanupError = run.CaseFinished();
            return cleanupError == null ? outcome
                : outcome.Error == null ? Outcome.Failed(cleanupError)
                : Outcome.Failed(new AggregateException(outcome.Error, cleanupError));
        }

        private Outcome RunTestMethod(Type type)
        {
            object?[]? arguments = null;
            if (IsDataRow)
            {
                // The attribute is instantiated as on the device: a row the DataRow constructor refuses fails here.
                var rows = Helper.RemoveTestMethodIfDataRowExists(TestMethodInfo.GetCustomAttributes(true))
                    .OfType<DataRowAttribute>()
                    .Where(attribute => attribute.GetType() == typeof(DataRowAttribute))
                    .ToList();
                arguments = rows[Row].MethodParameters;
            }

            string? problem = DeviceLauncher.FindCaseProblem(TestMethodInfo, arguments);
            if (problem != null)
            {
                return Outcome.Failed(new NanoTestDefinitionException(problem));
            }

            try
            {
                DeviceLauncher.Invoke(type, TestMethodInfo, arguments);
                return Outcome.Passed;
            }
            catch (Exception exception) when (DeviceLauncher.IsSkip(exception))
            {
                return Outcome.Skipped(exception.Message);
            }
        }

        private readonly record struct Outcome(Exception? Error, string? SkipReason)
        {
            public static Outcome Passed => default;

            public static Outcome Failed(Exception error) => new(error, null);

            public static Outcome Skipped(string reason) => new(null, reason);
        }
    }
}
