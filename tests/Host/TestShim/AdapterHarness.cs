using nanoFramework.TestFramework.Adapter;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Telemetry.HostTests.TestShim;

/// <summary>
/// Drives the adapter the way `dotnet test` does: discovers the fixture classes of this assembly, serializes and deserializes
/// the cases (discovery and run are separate steps there), and runs them through xunit's own assembly runner.
/// </summary>
internal static class AdapterHarness
{
    private static readonly TestAssembly Assembly = new(Reflector.Wrap(typeof(AdapterHarness).Assembly), null);
    private static readonly TestCollection Collection = new(Assembly, Reflector.Wrap(typeof(ShimFixtureCollection)), ShimFixtureCollection.Name);

    /// <summary>The cases of one fixture class, as the discoverer makes them.</summary>
    public static IReadOnlyList<NanoTestCase> Discover(Type fixture) =>
        NanoTestDiscovery.CreateTestCases(Collection, fixture);

    /// <summary>
    /// Everything the [NanoTests] discoverer finds in this assembly, given a method of <see cref="HarnessEntry"/> in the fixture
    /// collection (or, with <paramref name="inFixtureCollection"/> false, in a collection without a definition).
    /// </summary>
    public static IReadOnlyList<IXunitTestCase> DiscoverAssembly(out IReadOnlyList<string> diagnostics, bool inFixtureCollection = true)
    {
        var collection = inFixtureCollection ? Collection : new TestCollection(Assembly, null, "no definition");
        var entryClass = new TestClass(collection, Reflector.Wrap(typeof(HarnessEntry)));
        var entry = new TestMethod(entryClass, Reflector.Wrap(typeof(HarnessEntry).GetMethod(nameof(HarnessEntry.Run))!));
        var sink = new RecordingSink();
        var cases = new NanoTestCaseDiscoverer(sink).Discover(new Options(), entry, null!).ToList();
        diagnostics = [.. sink.Messages.OfType<IDiagnosticMessage>().Select(m => m.Message)];
        return cases;
    }

    public static IXunitTestCase RoundTrip(IXunitTestCase testCase) =>
        SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(testCase));

    /// <summary>Runs the cases through xunit's assembly runner after a serialization round trip.</summary>
    public static async Task<AdapterRun> RunAsync(IEnumerable<IXunitTestCase> testCases)
    {
        var cases = testCases.Select(RoundTrip).ToList();
        var diagnostics = new RecordingSink();
        var messages = new RecordingSink();
        using (var runner = new XunitTestAssemblyRunner(Assembly, cases, diagnostics, messages, new Options()))
        {
            await runner.RunAsync();
        }

        return new AdapterRun(messages.Messages, diagnostics.Messages);
    }

    /// <summary>Runs the cases one by one without the orderer, as a runner that ignores the collection's orderer would.</summary>
    public static async Task<AdapterRun> RunWithoutOrdererAsync(IEnumerable<IXunitTestCase> testCases)
    {
        var messages = new RecordingSink();
        using var bus = new SynchronousMessageBus(messages, stopOnFail: false);
        foreach (var testCase in testCases.Select(RoundTrip))
        {
            await testCase.RunAsync(new RecordingSink(), bus, [], new ExceptionAggregator(), new CancellationTokenSource());
        }

        return new AdapterRun(messages.Messages, []);
    }

    /// <summary>The method handed to the discoverer; it carries no [NanoTests], so this assembly's own run ignores the fixtures.</summary>
    public sealed class HarnessEntry
    {
        public void Run()
        {
        }
    }

    private sealed class RecordingSink : Xunit.LongLivedMarshalByRefObject, IMessageSink
    {
        private readonly List<IMessageSinkMessage> messages = [];

        public IReadOnlyList<IMessageSinkMessage> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public bool OnMessage(IMessageSinkMessage message)
        {
            lock (messages)
            {
                messages.Add(message);
            }

            return true;
        }
    }

    private sealed class Options : ITestFrameworkDiscoveryOptions, ITestFrameworkExecutionOptions
    {
        private readonly Dictionary<string, object?> values = new()
        {
            ["xunit.execution.DisableParallelization"] = true,
            ["xunit.execution.SynchronousMessageReporting"] = true,
        };

        public TValue GetValue<TValue>(string name) =>
            values.TryGetValue(name, out var value) && value is TValue typed ? typed : default!;

        public void SetValue<TValue>(string name, TValue value) => values[name] = value;
    }
}
