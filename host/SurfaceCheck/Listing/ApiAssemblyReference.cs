namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A <c>reference</c> line: an assembly the listed assembly references.</summary>
    public sealed record ApiAssemblyReference(string Name, string Version, string? PublicKeyToken);
}
