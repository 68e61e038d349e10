namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A property or indexer accessor: <c>get</c>, <c>set</c> or <c>init</c>, with its own access when it differs.</summary>
    public sealed record ApiAccessor(string Kind, string? Access, bool IsReadOnly);
}
