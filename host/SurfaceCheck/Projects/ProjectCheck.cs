using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.CodeAnalysis;
using Telemetry.SurfaceCheck.Device;
using Telemetry.SurfaceCheck.Listing;
using Telemetry.SurfaceCheck.Stubs;

namespace Telemetry.SurfaceCheck.Projects
{
    /// <summary>
    /// Checks every device project of a repo: compiles its listed files against the stubs of exactly the assemblies it
    /// references (and the outputs of the projects it references), and checks that the .nfproj, packages.config, the
    /// listing and the files on disk agree (the drift guard).
    /// </summary>
    public sealed partial class ProjectCheck
    {
        /// <summary>The package of the test framework: pinned by the test project, also ships the launcher.</summary>
        public const string TestFrameworkPackage = "nanoFramework.TestFramework";

        /// <summary>The one referenced assembly without a listing: the test launcher of the TestFramework package.</summary>
        public const string TestLauncherAssembly = "nanoFramework.UnitTestLauncher";

        private readonly DeviceCompiler compiler;
        private readonly List<(ProjectState? Owner, SurfaceDiagnostic Diagnostic)> diagnostics = [];

        /// <summary>Creates a check of the repo at <paramref name="repoRoot"/> against <paramref name="stubs"/>.</summary>
        public ProjectCheck(string repoRoot, StubAssemblySet stubs)
        {
            RepoRoot = Path.GetFullPath(repoRoot);
            compiler = new DeviceCompiler(stubs);
        }

        /// <summary>Absolute path of the repo root (where nf.sln and packages/ sit).</summary>
        public string RepoRoot { get; }

        private ApiListingSet Listings => compiler.Stubs.Listings;

        /// <summary>Loads the listings of <paramref name="apiDirectory"/>, compiles their stubs and checks <paramref name="repoRoot"/>.</summary>
        public static SurfaceCheckReport Run(string repoRoot, string apiDirectory) =>
            new ProjectCheck(repoRoot, StubAssemblySet.Load(apiDirectory)).Run();

        /// <summary>Runs every check once and returns what it found.</summary>
        public SurfaceCheckReport Run()
        {
            diagnostics.Clear();
            List<string> projectFiles = DiscoverProjects();
            var states = new List<ProjectState>();
            foreach (string file in projectFiles)
            {
                try
                {
                    states.Add(new ProjectState(NfProject.Load(file, RepoRoot)));
                }
                catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
                {
                    Add(null, RepoLayout.Relative(RepoRoot, file), 1, 1, ProjectRuleIds.BadProjectFile, $"cannot read the project file: {e.Message}");
                }
            }

            CheckSolution(projectFiles);
            foreach (ProjectState state in states)
            {
                CheckCompileItems(state);
                CheckReferences(state);
            }

            CheckUnlistedFiles(states);
            foreach (ProjectState state in OrderByProjectReferences(states))
            {
                Compile(state);
            }

            var sorted = diagnostics
                .Select(d => d.Diagnostic)
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToArray();
            var summaries = states
                .Select(s => new ProjectSummary(
                    s.Project.RelativePath,
                    s.Project.AssemblyName,
                    s.SourceFiles.Count,
                    diagnostics.Where(d => d.Owner == s).Select(d => d.Diagnostic).Distinct().Count()))
                .ToArray();
            return new SurfaceCheckReport(sorted, summaries);
        }

        private List<string> DiscoverProjects()
        {
            var files = new List<string>();
            foreach (string root in RepoLayout.DeviceRoots)
            {
                string directory = Path.Combine(RepoRoot, root);
                if (Directory.Exists(directory))
                {
                    files.AddRange(Directory.EnumerateFiles(directory, "*.nfproj", SearchOption.AllDirectories)
                        .Where(f => !RepoLayout.IsBuildOutput(RepoLayout.Relative(RepoRoot, f)) && !RepoLayout.IsHostOnly(RepoLayout.Relative(RepoRoot, f))));
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files;
        }

        private void CheckSolution(List<string> projectFiles)
        {
            foreach (string solution in Directory.EnumerateFiles(RepoRoot, "*.sln").Order(StringComparer.Ordinal))
            {
                string relativeSolution = RepoLayout.Relative(RepoRoot, solution);
                string[] lines = File.ReadAllLines(solution);
                var listed = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < lines.Length; i++)
                {
                    Match match = SolutionProjectLine().Match(lines[i]);
                    if (!match.Success || !match.Groups[1].Value.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    string full = Path.GetFullPath(Path.Combine(RepoRoot, match.Groups[1].Value.Replace('\\', '/')));
                    listed.Add(full);
                    if (!File.Exists(full))
                    {
                        Add(null, relativeSolution, i + 1, 1, ProjectRuleIds.SolutionMismatch, $"lists '{match.Groups[1].Value}', which does not exist");
                    }
                }

                foreach (string file in projectFiles.Where(f => !listed.Contains(f)))
                {
                    Add(null, RepoLayout.Relative(RepoRoot, file), 1, 1, ProjectRuleIds.SolutionMismatch, $"device project is not listed in {relativeSolution}");
                }
            }
        }

        private void CheckCompileItems(ProjectState state)
        {
            NfProject project = state.Project;
            string projectPrefix = project.Directory + Path.DirectorySeparatorChar;
            foreach (ProjectItem item in project.CompileItems)
            {
                if (item.Include.Length == 0)
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.BadProjectFile, "Compile item without Include");
                    continue;
                }

                if (item.Include.Contains('*', StringComparison.Ordinal) || item.Include.Contains('?', StringComparison.Ordinal))
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.Wildcard, $"Compile Include '{item.Include}' uses a wildcard: list device files one by one");
                    continue;
                }

                string full = project.Resolve(item.Include);
                string relative = RepoLayout.Relative(RepoRoot, full);
                if (!full.StartsWith(projectPrefix, StringComparison.Ordinal))
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.OutsideProject, $"Compile Include '{item.Include}' points outside the project folder ({relative})");
                }

                if (RepoLayout.IsHostOnly(relative))
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.HostOnlyListed, $"Compile Include '{item.Include}' is host-only code (Simulated/ or tests/Host/), which a device project never lists");
                }

                if (!state.Listed.Add(full))
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.DuplicateCompile, $"Compile Include '{item.Include}' is listed twice");
                    continue;
                }

                if (!File.Exists(full))
                {
                    string? differentCase = FindDifferentCase(full);
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.MissingFile, differentCase is null
                        ? $"Compile Include '{item.Include}' names a file that does not exist ({relative})"
                        : $"Compile Include '{item.Include}' names a file that does not exist; did you mean '{RepoLayout.Relative(RepoRoot, differentCase)}' (case differs)?");
                    continue;
                }

                state.SourceFiles.Add(full);
            }
        }

        private static string? FindDifferentCase(string full)
        {
            string? directory = Path.GetDirectoryName(full);
            if (directory is null || !Directory.Exists(directory))
            {
                return null;
            }

            string name = Path.GetFileName(full);
            return Directory.EnumerateFiles(directory).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
        }

        private void CheckReferences(ProjectState state)
        {
            NfProject project = state.Project;
            string configPath = Path.Combine(project.Directory, "packages.config");
            string configRelative = RepoLayout.Relative(RepoRoot, configPath);
            PackagesConfig? config = null;
            if (File.Exists(configPath))
            {
                try
                {
                    config = PackagesConfig.Load(configPath);
                }
                catch (XmlException e)
                {
                    Add(state, configRelative, 1, 1, ProjectRuleIds.BadProjectFile, $"cannot read packages.config: {e.Message}");
                }
            }
            else
            {
                Add(state, project.RelativePath, 1, 1, ProjectRuleIds.BadProjectFile, "no packages.config beside the project: it must pin every package the References use");
            }

            var packagesDirectory = Path.Combine(RepoRoot, "packages");
            var referencedPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var referencedListings = new List<(ApiListing Listing, ProjectItem Item)>();
            foreach (ProjectItem item in project.References)
            {
                string name = item.Include.Split(',')[0].Trim();
                if (item.HintPath is null)
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.BadHintPath, $"Reference '{name}' has no HintPath: reference package assemblies as ..\\packages\\<PackageId>.<Version>\\lib\\<Assembly>.dll");
                    continue;
                }

                string full = Path.GetFullPath(Path.Combine(project.Directory, item.HintPath.Replace('\\', '/')));
                string[] segments = Path.GetRelativePath(packagesDirectory, full).Replace('\\', '/').Split('/');
                Match folder = segments.Length == 3 ? PackageFolder().Match(segments[0]) : Match.Empty;
                if (!folder.Success || segments[1] != "lib")
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.BadHintPath, $"HintPath '{item.HintPath}' is not <packages beside nf.sln>\\<PackageId>.<Version>\\lib\\<Assembly>.dll");
                    continue;
                }

                string packageId = folder.Groups[1].Value;
                string version = folder.Groups[2].Value;
                string fileName = segments[2];
                string assembly = Path.GetFileNameWithoutExtension(fileName);
                string extension = Path.GetExtension(fileName);
                referencedPackages.Add(packageId);
                if (!string.Equals(name, assembly, StringComparison.OrdinalIgnoreCase))
                {
                    Add(state, project.RelativePath, item.Line, item.Column, ProjectRuleIds.AssemblyMismatch, $"Reference Include '{name}' does not match the HintPath assembly '{fileName}'");
                }

                PinnedPackage? pinned = config?.Find(packageId);
                if (config is not null && pinned is null)
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.NotPinned, $"HintPath names package {packageId} {version}, which packages.config does not pin");
                }
                else if (pinned is not null && pinned.Version != version)
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.NotPinned, $"HintPath names package {packageId} {version}, but packages.config pins {pinned.Id} {pinned.Version}");
                }

                if (string.Equals(extension, ".exe", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(assembly, TestLauncherAssembly, StringComparison.Ordinal)
                    && string.Equals(packageId, TestFrameworkPackage, StringComparison.Ordinal))
                {
                    // Ships with the TestFramework package and has no listing; it is not compiled against.
                    if (Listings.FindPackage(TestFrameworkPackage) is { } framework && !framework.MatchesPackageVersion(version))
                    {
                        Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.ListingVersion, $"HintPath names {packageId} {version}, but the API listing describes {packageId} {framework.PackageVersion}");
                    }

                    continue;
                }

                ApiListing? listing = Listings.FindAssembly(assembly);
                if (listing is null)
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.AssemblyMismatch, $"no API listing for assembly '{assembly}' (HintPath '{item.HintPath}'): only listed assemblies can be checked");
                    continue;
                }

                if (!string.Equals(extension, ".dll", StringComparison.OrdinalIgnoreCase) || !string.Equals(assembly, listing.AssemblyName, StringComparison.Ordinal))
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.AssemblyMismatch, $"HintPath file '{fileName}' must be '{listing.AssemblyName}.dll'");
                }

                if (!string.Equals(listing.PackageId, packageId, StringComparison.OrdinalIgnoreCase))
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.AssemblyMismatch, $"assembly {listing.AssemblyName} ships in package {listing.PackageId}, but the HintPath names package {packageId}");
                }
                else if (!listing.MatchesPackageVersion(version))
                {
                    Add(state, project.RelativePath, item.HintPathLine, 1, ProjectRuleIds.ListingVersion, $"HintPath names {packageId} {version}, but the API listing describes {listing.PackageId} {listing.PackageVersion}");
                }

                state.Assemblies.Add(listing.AssemblyName);
                referencedListings.Add((listing, item));
            }

            CheckDependencies(state, config, configRelative, referencedListings);
            if (config is null)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (PinnedPackage pinned in config.Packages)
            {
                if (!seen.Add(pinned.Id))
                {
                    Add(state, configRelative, pinned.Line, 1, ProjectRuleIds.BadProjectFile, $"package {pinned.Id} is pinned twice");
                }
                else if (!referencedPackages.Contains(pinned.Id) && !string.Equals(pinned.Id, TestFrameworkPackage, StringComparison.OrdinalIgnoreCase))
                {
                    Add(state, configRelative, pinned.Line, 1, ProjectRuleIds.UnusedPackage, $"package {pinned.Id} {pinned.Version} is pinned, but no Reference HintPath of {project.RelativePath} uses it");
                }
            }
        }

        private void CheckDependencies(ProjectState state, PackagesConfig? config, string configRelative, List<(ApiListing Listing, ProjectItem Item)> referenced)
        {
            var reportedPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var reportedAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (listing, item) in referenced)
            {
                foreach (ApiListing dependency in Listings.ReferenceClosure(listing))
                {
                    if (config is not null && reportedPackages.Add(dependency.PackageId))
                    {
                        PinnedPackage? pinned = config.Find(dependency.PackageId);
                        if (pinned is null)
                        {
                            Add(state, configRelative, 1, 1, ProjectRuleIds.MissingDependency, $"packages.config lacks {dependency.PackageId} {dependency.PackageVersion}, a dependency of {listing.PackageId} ({listing.AssemblyName} references {dependency.AssemblyName})");
                        }
                        else if (!dependency.MatchesPackageVersion(pinned.Version))
                        {
                            Add(state, configRelative, pinned.Line, 1, ProjectRuleIds.MissingDependency, $"packages.config pins {pinned.Id} {pinned.Version}, but {listing.PackageId} needs {dependency.PackageId} {dependency.PackageVersion}");
                        }
                    }

                    if (!state.Assemblies.Contains(dependency.AssemblyName) && reportedAssemblies.Add(dependency.AssemblyName))
                    {
                        Add(state, state.Project.RelativePath, item.Line, item.Column, ProjectRuleIds.MissingDependencyReference, $"{listing.AssemblyName} references {dependency.AssemblyName}, which the project does not reference: add the Reference from package {dependency.PackageId}");
                    }
                }
            }
        }

        private void CheckUnlistedFiles(List<ProjectState> states)
        {
            foreach (string root in RepoLayout.DeviceRoots)
            {
                string directory = Path.Combine(RepoRoot, root);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    string relative = RepoLayout.Relative(RepoRoot, file);
                    if (RepoLayout.IsHostOnly(relative) || RepoLayout.IsBuildOutput(relative))
                    {
                        continue;
                    }

                    ProjectState? owner = states
                        .Where(s => file.StartsWith(s.Project.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                        .OrderByDescending(s => s.Project.Directory.Length)
                        .FirstOrDefault();
                    if (owner is null)
                    {
                        Add(null, relative, 1, 1, ProjectRuleIds.UnlistedFile, "device file is in no device project folder (host-only code goes in a Simulated/ folder or tests/Host/)");
                    }
                    else if (!owner.Listed.Contains(file))
                    {
                        string include = Path.GetRelativePath(owner.Project.Directory, file).Replace('/', '\\');
                        Add(owner, relative, 1, 1, ProjectRuleIds.UnlistedFile, $"device file is not listed in {owner.Project.RelativePath}: add <Compile Include=\"{include}\" /> (host-only code goes in a Simulated/ folder or tests/Host/)");
                    }
                }
            }
        }

        private List<ProjectState> OrderByProjectReferences(List<ProjectState> states)
        {
            var byPath = states.ToDictionary(s => s.Project.FullPath, StringComparer.Ordinal);
            foreach (ProjectState state in states)
            {
                foreach (ProjectItem item in state.Project.ProjectReferences)
                {
                    string full = state.Project.Resolve(item.Include);
                    if (byPath.TryGetValue(full, out ProjectState? target) && target != state)
                    {
                        state.Dependencies.Add(target);
                    }
                    else
                    {
                        Add(state, state.Project.RelativePath, item.Line, item.Column, ProjectRuleIds.BadProjectReference, $"ProjectReference '{item.Include}' does not name another device project under {string.Join(", ", RepoLayout.DeviceRoots)}");
                    }
                }
            }

            var ordered = new List<ProjectState>();
            var marks = new Dictionary<ProjectState, bool>();
            foreach (ProjectState state in states)
            {
                Visit(state, marks, ordered);
            }

            return ordered;
        }

        private void Visit(ProjectState state, Dictionary<ProjectState, bool> marks, List<ProjectState> ordered)
        {
            if (marks.TryGetValue(state, out bool done))
            {
                if (!done)
                {
                    Add(state, state.Project.RelativePath, 1, 1, ProjectRuleIds.BadProjectReference, "ProjectReferences form a cycle through this project");
                }

                return;
            }

            marks[state] = false;
            foreach (ProjectState dependency in state.Dependencies)
            {
                Visit(dependency, marks, ordered);
            }

            marks[state] = true;
            ordered.Add(state);
        }

        private void Compile(ProjectState state)
        {
            var sources = state.SourceFiles
                .Select(f => new DeviceSourceFile(RepoLayout.Relative(RepoRoot, f), File.ReadAllText(f)))
                .ToArray();
            var projectReferences = state.Dependencies
                .Where(d => d.Compilation is not null)
                .Select(d => d.Compilation!.Reference)
                .ToArray();
            OutputKind kind = string.Equals(state.Project.OutputType, "Exe", StringComparison.OrdinalIgnoreCase)
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;
            state.Compilation = compiler.Compile(state.Project.AssemblyName, sources, state.Assemblies, projectReferences, kind, state.Project.RelativePath);
            diagnostics.AddRange(state.Compilation.Diagnostics.Select(d => ((ProjectState?)state, d)));
        }

        private void Add(ProjectState? owner, string path, int line, int column, string id, string message) =>
            diagnostics.Add((owner, new SurfaceDiagnostic(path, line, column, id, message)));

        [GeneratedRegex(@"^Project\(""\{[^}]*\}""\)\s*=\s*""[^""]*""\s*,\s*""([^""]+)""")]
        private static partial Regex SolutionProjectLine();

        [GeneratedRegex(@"^(.+?)\.(\d+(?:\.\d+)+(?:-[0-9A-Za-z.-]+)?)$")]
        private static partial Regex PackageFolder();

        /// <summary>Per-project working state of one run.</summary>
        private sealed class ProjectState(NfProject project)
        {
            public NfProject Project { get; } = project;

            public HashSet<string> Listed { get; } = new(StringComparer.Ordinal);

            public List<string> SourceFiles { get; } = [];

            public SortedSet<string> Assemblies { get; } = new(StringComparer.Ordinal);

            public List<ProjectState> Dependencies { get; } = [];

            public DeviceCompilation? Compilation { get; set; }
        }
    }
}
