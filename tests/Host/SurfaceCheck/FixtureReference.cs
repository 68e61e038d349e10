namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>A Reference of a fixture project: the assembly, the package that ships it and the version in its HintPath.</summary>
    public sealed record FixtureReference(string Assembly, string PackageId, string Version, string Extension = ".dll")
    {
        /// <summary>The HintPath as a .nfproj writes it.</summary>
        public string HintPath => $"..\\packages\\{PackageId}.{Version}\\lib\\{Assembly}{Extension}";
    }
}
