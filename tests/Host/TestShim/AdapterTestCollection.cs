using Xunit;

namespace Telemetry.HostTests.TestShim;

/// <summary>The adapter tests share the fixtures' static log and the adapter's pending-cleanup list: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class AdapterTestCollection
{
    public const string Name = "nanoFramework adapter";
}
