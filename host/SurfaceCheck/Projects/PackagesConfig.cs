using System.Xml;
using System.Xml.Linq;

namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>The packages.config beside a .nfproj: every installed package, dependencies included.</summary>
    public sealed class PackagesConfig
    {
        private PackagesConfig(string fullPath, IReadOnlyList<PinnedPackage> packages)
        {
            FullPath = fullPath;
            Packages = packages;
        }

        /// <summary>Absolute path of the file.</summary>
        public string FullPath { get; }

        /// <summary>Pinned packages in file order.</summary>
        public IReadOnlyList<PinnedPackage> Packages { get; }

        /// <summary>Reads a packages.config.</summary>
        /// <exception cref="XmlException">The file is not well-formed XML.</exception>
        public static PackagesConfig Load(string fullPath)
        {
            XDocument document = XDocument.Load(fullPath, LoadOptions.SetLineInfo);
            var packages = (document.Root?.Elements() ?? [])
                .Where(e => e.Name.LocalName == "package")
                .Select(e => new PinnedPackage(
                    (string?)e.Attribute("id") ?? "",
                    (string?)e.Attribute("version") ?? "",
                    string.Equals((string?)e.Attribute("developmentDependency"), "true", StringComparison.OrdinalIgnoreCase),
                    ((IXmlLineInfo)e).LineNumber))
                .ToArray();
            return new PackagesConfig(fullPath, packages);
        }

        /// <summary>The pinned package with this id (case-insensitive, as NuGet), or null.</summary>
        public PinnedPackage? Find(string id) =>
            Packages.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
    }
}
