namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>An item of a .nfproj (Compile, Reference, ProjectReference) with its position in the file.</summary>
    /// <param name="Include">The Include attribute as written.</param>
    /// <param name="HintPath">The HintPath child of a Reference, or null.</param>
    /// <param name="Line">1-based line of the element.</param>
    /// <param name="Column">1-based column of the element.</param>
    /// <param name="HintPathLine">1-based line of the HintPath element (or of the item).</param>
    public sealed record ProjectItem(string Include, string? HintPath, int Line, int Column, int HintPathLine);
}
