namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>A <c>&lt;package&gt;</c> line of packages.config.</summary>
    /// <param name="Id">Package id.</param>
    /// <param name="Version">Pinned version.</param>
    /// <param name="IsDevelopmentDependency">True for <c>developmentDependency="true"</c>.</param>
    /// <param name="Line">1-based line in packages.config.</param>
    public sealed record PinnedPackage(string Id, string Version, bool IsDevelopmentDependency, int Line);
}
