using Telemetry.SurfaceCheck.Listing;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>A small .nfproj + packages.config to write into a <see cref="FixtureRepo"/>; tests change one thing each.</summary>
    public sealed class FixtureProject
    {
        public FixtureProject(string folder, string assemblyName)
        {
            Folder = folder;
            AssemblyName = assemblyName;
        }

        public string Folder { get; }

        public string AssemblyName { get; }

        public string OutputType { get; set; } = "Library";

        public List<string> Compile { get; } = [];

        public List<FixtureReference> References { get; } = [];

        public List<(string Id, string Version)> Packages { get; } = [];

        public List<string> ProjectReferences { get; } = [];

        public string ProjectPath => $"{Folder}/{AssemblyName}.nfproj";

        /// <summary>References and pins the listed assemblies and everything they reference, at the listing's versions.</summary>
        public FixtureProject Use(params string[] assemblies)
        {
            ApiListingSet listings = CheckPaths.Stubs.Listings;
            foreach (string name in assemblies)
            {
                ApiListing listing = listings.FindAssembly(name) ?? throw new ArgumentException("no listing for " + name, nameof(assemblies));
                foreach (ApiListing needed in listings.ReferenceClosure(listing).Append(listing))
                {
                    string version = needed.PackageVersion.Replace(".*", ".1016", StringComparison.Ordinal);
                    if (References.All(r => r.Assembly != needed.AssemblyName))
                    {
                        References.Add(new FixtureReference(needed.AssemblyName, needed.PackageId, version));
                        Packages.Add((needed.PackageId, version));
                    }
                }
            }

            return this;
        }

        /// <summary>Drops the Reference and the pin of an assembly's package.</summary>
        public FixtureProject Drop(string assembly)
        {
            FixtureReference reference = References.Single(r => r.Assembly == assembly);
            References.Remove(reference);
            Packages.RemoveAll(p => p.Id == reference.PackageId);
            return this;
        }

        public string ProjectXml()
        {
            string compile = string.Concat(Compile.Select(c => $"    <Compile Include=\"{c}\" />\n"));
            string references = string.Concat(References.Select(r =>
                $"    <Reference Include=\"{r.Assembly}\">\n      <HintPath>{r.HintPath}</HintPath>\n    </Reference>\n"));
            string projectReferences = string.Concat(ProjectReferences.Select(p => $"    <ProjectReference Include=\"{p}\" />\n"));
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <Project ToolsVersion="Current" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                  <PropertyGroup>
                    <OutputType>{OutputType}</OutputType>
                    <AssemblyName>{AssemblyName}</AssemblyName>
                    <TargetFrameworkVersion>v1.0</TargetFrameworkVersion>
                  </PropertyGroup>
                  <ItemGroup>
                {compile}  </ItemGroup>
                  <ItemGroup>
                {references}  </ItemGroup>
                  <ItemGroup>
                {projectReferences}  </ItemGroup>
                </Project>

                """;
        }

        public string PackagesXml()
        {
            string packages = string.Concat(Packages.Select(p => $"  <package id=\"{p.Id}\" version=\"{p.Version}\" targetFramework=\"netnano1.0\" />\n"));
            return $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<packages>\n{packages}</packages>\n";
        }
    }
}
