namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>One '+'-separated part of a named type: its name and its type arguments.</summary>
    public sealed record TypeNamePart(string Name, IReadOnlyList<TypeReference> Arguments);
}
