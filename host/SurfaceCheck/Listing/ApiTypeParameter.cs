namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A type parameter of a generic type or method, with its variance (<c>in</c>, <c>out</c> or empty).</summary>
    public sealed record ApiTypeParameter(string Variance, string Name);
}
