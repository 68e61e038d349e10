using System.Xml;
using System.Xml.Linq;

namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>What the surface check reads from a .nfproj: name, output type and its Compile, Reference and ProjectReference items.</summary>
    public sealed class NfProject
    {
        private NfProject(string fullPath, string relativePath)
        {
            FullPath = fullPath;
            RelativePath = relativePath;
            Directory = Path.GetDirectoryName(fullPath)!;
        }

        /// <summary>Absolute path of the .nfproj.</summary>
        public string FullPath { get; }

        /// <summary>Repo-relative path with '/' separators.</summary>
        public string RelativePath { get; }

        /// <summary>Absolute path of the project folder.</summary>
        public string Directory { get; }

        /// <summary>AssemblyName property (file name when missing).</summary>
        public string AssemblyName { get; private set; } = "";

        /// <summary>OutputType property (<c>Exe</c> or <c>Library</c>).</summary>
        public string OutputType { get; private set; } = "Library";

        /// <summary>Compile items in file order.</summary>
        public IReadOnlyList<ProjectItem> CompileItems { get; private set; } = [];

        /// <summary>Reference items in file order.</summary>
        public IReadOnlyList<ProjectItem> References { get; private set; } = [];

        /// <summary>ProjectReference items in file order.</summary>
        public IReadOnlyList<ProjectItem> ProjectReferences { get; private set; } = [];

        /// <summary>Reads a .nfproj. Item conditions are ignored (a Debug build lists the same items).</summary>
        /// <exception cref="XmlException">The file is not well-formed XML.</exception>
        public static NfProject Load(string fullPath, string repoRoot)
        {
            XDocument document = XDocument.Load(fullPath, LoadOptions.SetLineInfo);
            var project = new NfProject(fullPath, RepoLayout.Relative(repoRoot, fullPath));
            XElement root = document.Root ?? throw new XmlException("No root element.");
            project.AssemblyName = Property(root, "AssemblyName") ?? Path.GetFileNameWithoutExtension(fullPath);
            project.OutputType = Property(root, "OutputType") ?? "Library";
            project.CompileItems = Items(root, "Compile");
            project.References = Items(root, "Reference");
            project.ProjectReferences = Items(root, "ProjectReference");
            return project;
        }

        /// <summary>The absolute path an Include (with '\' separators) names, relative to the project folder.</summary>
        public string Resolve(string include) =>
            Path.GetFullPath(Path.Combine(Directory, include.Replace('\\', '/')));

        /// <inheritdoc/>
        public override string ToString() => RelativePath;

        private static string? Property(XElement root, string name) =>
            root.Elements().Where(e => e.Name.LocalName == "PropertyGroup")
                .SelectMany(g => g.Elements())
                .Where(e => e.Name.LocalName == name)
                .Select(e => e.Value.Trim())
                .LastOrDefault(v => v.Length > 0);

        private static List<ProjectItem> Items(XElement root, string kind) =>
            root.Elements().Where(e => e.Name.LocalName == "ItemGroup")
                .SelectMany(g => g.Elements())
                .Where(e => e.Name.LocalName == kind)
                .Select(e =>
                {
                    XElement? hint = e.Elements().FirstOrDefault(c => c.Name.LocalName == "HintPath");
                    var position = (IXmlLineInfo)e;
                    int hintLine = hint is null ? position.LineNumber : ((IXmlLineInfo)hint).LineNumber;
                    return new ProjectItem(
                        (string?)e.Attribute("Include") ?? "",
                        hint?.Value.Trim(),
                        position.LineNumber,
                        position.LinePosition,
                        hintLine);
                })
                .ToList();
    }
}
