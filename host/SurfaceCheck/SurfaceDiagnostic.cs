using System.Globalization;

namespace Telemetry.SurfaceCheck
{
    /// <summary>One error of the surface check, printed as <c>path(line,col): error ID: message</c>.</summary>
    /// <param name="Path">Repo-relative path with '/' separators.</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Column">1-based column.</param>
    /// <param name="Id">Compiler id (CS....) or surface check id (NF....).</param>
    /// <param name="Message">What is wrong.</param>
    public sealed record SurfaceDiagnostic(string Path, int Line, int Column, string Id, string Message)
    {
        /// <inheritdoc/>
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error {Id}: {Message}");
    }
}
