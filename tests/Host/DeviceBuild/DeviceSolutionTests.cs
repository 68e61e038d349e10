using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Telemetry.HostTests.DeviceBuild;

/// <summary>
/// nf.sln and the .nfproj files follow what the nanoFramework project system in Visual Studio expects
/// (../shared/NANOFRAMEWORK.md). Nothing here can build them, so their shape is checked instead.
/// </summary>
public partial class DeviceSolutionTests
{
    private const string NanoProjectType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";
    private const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
    private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

    private static readonly string[] Projects =
    [
        "protocol/Telemetry.Mqtt.nfproj",
        "drivers/Telemetry.Drivers.nfproj",
        "firmware/Telemetry.Firmware.nfproj",
        "tests/NFUnitTest.nfproj",
    ];

    public static TheoryData<string> ProjectPaths() => new(Projects);

    [GeneratedRegex("""^Project\("(?<type>\{[^}]+\})"\) = "(?<name>[^"]+)", "(?<path>[^"]+)", "(?<guid>\{[^}]+\})"\s*$""", RegexOptions.Multiline)]
    private static partial Regex SolutionProjectLine();

    [Fact]
    public void SolutionListsTheFourProjectsAsNanoFrameworkProjects()
    {
        string sln = File.ReadAllText(RepoPaths.Combine("nf.sln"));
        var entries = SolutionProjectLine().Matches(sln)
            .Select(m => (Type: m.Groups["type"].Value, Path: m.Groups["path"].Value.Replace('\\', '/'), Guid: m.Groups["guid"].Value))
            .ToList();

        Assert.Equal(Projects.Order(), entries.Select(e => e.Path).Order());
        foreach (var entry in entries)
        {
            Assert.Equal(NanoProjectType, entry.Type);
            Assert.Equal(ProjectGuid(entry.Path), entry.Guid, ignoreCase: true);
        }
    }

    [Fact]
    public void EveryNfprojInTheRepoIsInTheSolution()
    {
        var onDisk = Directory.GetFiles(RepoPaths.Root, "*.nfproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("artifacts/", StringComparison.Ordinal));
        Assert.Equal(Projects.Order(), onDisk.Order());
    }

    [Fact]
    public void SolutionBuildsEveryProjectInDebugAndReleaseAndDeploysOnlyTheApplication()
    {
        string sln = File.ReadAllText(RepoPaths.Combine("nf.sln"));
        Assert.Contains("Debug|Any CPU = Debug|Any CPU", sln);
        Assert.Contains("Release|Any CPU = Release|Any CPU", sln);
        foreach (string project in Projects)
        {
            string guid = ProjectGuid(project);
            foreach (string config in new[] { "Debug", "Release" })
            {
                Assert.Contains($"{guid}.{config}|Any CPU.ActiveCfg = {config}|Any CPU", sln, StringComparison.OrdinalIgnoreCase);
                Assert.Contains($"{guid}.{config}|Any CPU.Build.0 = {config}|Any CPU", sln, StringComparison.OrdinalIgnoreCase);
                bool deploys = sln.Contains($"{guid}.{config}|Any CPU.Deploy.0", StringComparison.OrdinalIgnoreCase);
                Assert.True(deploys == project.StartsWith("firmware/", StringComparison.Ordinal), $"{project} {config}: Deploy.0 = {deploys}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProjectPaths))]
    public void ProjectFollowsTheNanoFrameworkProjectSystem(string project)
    {
        var doc = XDocument.Load(RepoPaths.Combine(project));
        var root = doc.Root!;
        Assert.Equal(Msb + "Project", root.Name);
        Assert.Equal("Current", (string?)root.Attribute("ToolsVersion"));

        string[] imports = root.Elements(Msb + "Import").Select(i => (string)i.Attribute("Project")!).ToArray();
        Assert.Equal(
            ["$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props", "$(NanoFrameworkProjectSystemPath)NFProjectSystem.props", "$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets"],
            imports);
        foreach (var import in root.Elements(Msb + "Import"))
        {
            Assert.Equal($"Exists('{import.Attribute("Project")!.Value}')", (string?)import.Attribute("Condition"));
        }

        Assert.Equal(@"$(MSBuildExtensionsPath)\nanoFramework\v1.0\", Property(root, "NanoFrameworkProjectSystemPath"));
        Assert.Equal($"{NanoProjectType};{CSharpProjectType}", Property(root, "ProjectTypeGuids"));
        Assert.Equal("v1.0", Property(root, "TargetFrameworkVersion"));
        Assert.Equal(project.StartsWith("firmware/", StringComparison.Ordinal) ? "Exe" : "Library", Property(root, "OutputType"));
        Assert.False(string.IsNullOrEmpty(Property(root, "RootNamespace")));
        Assert.False(string.IsNullOrEmpty(Property(root, "AssemblyName")));
        Assert.Contains(root.Descendants(Msb + "None"), n => (string?)n.Attribute("Include") == "packages.config");
        Assert.DoesNotContain(root.Descendants(Msb + "Compile"), c => ((string)c.Attribute("Include")!).Contains('*'));
    }

    [Fact]
    public void TestProjectIsWhatTheNanoFrameworkTestAdapterLooksFor()
    {
        var root = XDocument.Load(RepoPaths.Combine("tests/NFUnitTest.nfproj")).Root!;
        Assert.Equal("NFUnitTest", Property(root, "AssemblyName"));
        Assert.Equal("true", Property(root, "IsTestProject"));
        Assert.Equal("UnitTest", Property(root, "TestProjectType"));
        Assert.Equal(@"$(MSBuildProjectDirectory)\nano.runsettings", Property(root, "RunSettingsFilePath"));
        Assert.Contains(root.Descendants(Msb + "ProjectCapability"), c => (string?)c.Attribute("Include") == "TestContainer");
        string[] hintPaths = root.Descendants(Msb + "HintPath").Select(h => h.Value).ToArray();
        Assert.Contains(hintPaths, h => h.EndsWith(@"\lib\nanoFramework.TestFramework.dll", StringComparison.Ordinal));
        Assert.Contains(hintPaths, h => h.EndsWith(@"\lib\nanoFramework.UnitTestLauncher.exe", StringComparison.Ordinal));

        var settings = XDocument.Load(RepoPaths.Combine("tests/nano.runsettings")).Root!;
        var run = settings.Element("RunConfiguration")!;
        Assert.Equal("1", run.Element("MaxCpuCount")?.Value);
        Assert.Equal("net48", run.Element("TargetFrameworkVersion")?.Value);
        Assert.Equal("x64", run.Element("TargetPlatform")?.Value);
        Assert.True(int.Parse(run.Element("TestSessionTimeout")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(settings.Element("nanoFrameworkAdapter")!.Element("Logging")!.Value, new[] { "None", "Detailed", "Verbose", "Error" });
        Assert.Equal("False", settings.Element("nanoFrameworkAdapter")!.Element("IsRealHardware")!.Value);
    }

    [Theory]
    [MemberData(nameof(ProjectPaths))]
    public void PackagesConfigTargetsNanoAndMarksOnlyTheTestFrameworkAsDevelopmentOnly(string project)
    {
        var packages = XDocument.Load(Path.Combine(Path.GetDirectoryName(RepoPaths.Combine(project))!, "packages.config")).Root!;
        Assert.NotEmpty(packages.Elements("package"));
        foreach (var package in packages.Elements("package"))
        {
            string id = (string)package.Attribute("id")!;
            Assert.Equal("netnano1.0", (string?)package.Attribute("targetFramework"));
            Assert.Equal(id == "nanoFramework.TestFramework", (string?)package.Attribute("developmentDependency") == "true");
        }
    }

    private static string ProjectGuid(string project) =>
        Property(XDocument.Load(RepoPaths.Combine(project)).Root!, "ProjectGuid");

    private static string Property(XElement root, string name) =>
        root.Elements(Msb + "PropertyGroup").Elements(Msb + name).Select(e => e.Value).FirstOrDefault() ?? "";
}
