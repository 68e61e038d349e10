namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A <c>where</c> line: the constraints of one type parameter, as written (comma separated).</summary>
    public sealed record ApiConstraint(string TypeParameter, IReadOnlyList<string> Constraints);
}
