using Telemetry.SurfaceCheck;
using Telemetry.SurfaceCheck.Projects;
using Xunit;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>The project check compiles what each .nfproj lists against what it references, and guards against drift.</summary>
    public sealed class ProjectCheckTests : IDisposable
    {
        private const string LineReader = """
            using System.IO.Ports;

            namespace Telemetry.Drivers.Serial
            {
                public class LineReader
                {
                    private readonly SerialPort port = new SerialPort("COM2", 9600);
                    private readonly byte[] buffer = new byte[32];

                    public int Poll()
                    {
                        return port.BytesToRead > 0 ? port.Read(buffer, 0, buffer.Length) : 0;
                    }
                }
            }

            """;

        private readonly FixtureRepo repo = new();

        public void Dispose() => repo.Dispose();

        [Fact]
        public void ValidFixturePasses()
        {
            repo.Write(SerialProject()).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            Assert.True(report.ErrorCount == 0, report.DiagnosticsText);
            ProjectSummary project = Assert.Single(report.Projects);
            Assert.Equal(("drivers/Telemetry.Drivers.nfproj", "Telemetry.Drivers", 1, 0), (project.RelativePath, project.AssemblyName, project.FileCount, project.ErrorCount));
            Assert.Equal("surface check: 1 projects, 1 files, 0 errors", report.SummaryLine);
        }

        [Fact]
        public void SerialPortWithoutTheSystemIOPortsReferenceFails()
        {
            repo.Write(SerialProject().Drop("System.IO.Ports")).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Path == "drivers/Serial/LineReader.cs" && d.Id is "CS0234" or "CS0246");
        }

        [Fact]
        public void HintPathVersionNotPinnedFails()
        {
            FixtureProject project = SerialProject();
            int core = project.Packages.FindIndex(p => p.Id == "nanoFramework.CoreLibrary");
            project.Packages[core] = ("nanoFramework.CoreLibrary", "1.17.10");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics, d => d.Id == ProjectRuleIds.NotPinned);
            Assert.Equal("drivers/Telemetry.Drivers.nfproj", error.Path);
            Assert.Contains("nanoFramework.CoreLibrary 1.17.11", error.Message, StringComparison.Ordinal);
            Assert.Contains("pins nanoFramework.CoreLibrary 1.17.10", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void HintPathVersionTheListingDoesNotDescribeFails()
        {
            FixtureProject project = SerialProject();
            int ports = project.References.FindIndex(r => r.Assembly == "System.IO.Ports");
            project.References[ports] = project.References[ports] with { Version = "1.1.140" };
            int pin = project.Packages.FindIndex(p => p.Id == "nanoFramework.System.IO.Ports");
            project.Packages[pin] = ("nanoFramework.System.IO.Ports", "1.1.140");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(ProjectRuleIds.ListingVersion, error.Id);
            Assert.Contains("1.1.139", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void UnlistedDeviceFileFails()
        {
            repo.Write(SerialProject())
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("drivers/Serial/Extra.cs", "namespace Telemetry.Drivers.Serial\n{\n    public class Extra\n    {\n    }\n}\n");

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(("drivers/Serial/Extra.cs", ProjectRuleIds.UnlistedFile), (error.Path, error.Id));
            Assert.Contains("<Compile Include=\"Serial\\Extra.cs\" />", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ListedFileThatDoesNotExistFails()
        {
            FixtureProject project = SerialProject();
            project.Compile.Add("Serial\\Gone.cs");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(("drivers/Telemetry.Drivers.nfproj", ProjectRuleIds.MissingFile), (error.Path, error.Id));
            Assert.Contains("Serial\\Gone.cs", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ListedSimulatedFileFails()
        {
            FixtureProject project = SerialProject();
            project.Compile.Add("Simulated\\FakePort.cs");
            repo.Write(project)
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("drivers/Simulated/FakePort.cs", "namespace Telemetry.Drivers.Simulated\n{\n    public class FakePort\n    {\n    }\n}\n");

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(ProjectRuleIds.HostOnlyListed, error.Id);
            Assert.Contains("Simulated\\FakePort.cs", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void HostOnlyAndBuildOutputFilesNeedNoListing()
        {
            repo.Write(SerialProject())
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("drivers/Simulated/FakePort.cs", "class FakePort { }")
                .WriteFile("drivers/Serial/Simulated/FakeLine.cs", "class FakeLine { }")
                .WriteFile("drivers/obj/Debug/AssemblyInfo.cs", "class Generated { }")
                .WriteFile("tests/Host/Drivers/LineReaderTests.cs", "class HostTest { }");

            SurfaceCheckReport report = repo.Check();

            Assert.True(report.ErrorCount == 0, report.DiagnosticsText);
        }

        [Fact]
        public void MissingDependencyInPackagesConfigFails()
        {
            FixtureProject project = SerialProject();
            project.Packages.RemoveAll(p => p.Id == "nanoFramework.System.IO.Streams");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics, d => d.Id == ProjectRuleIds.MissingDependency);
            Assert.Equal("drivers/packages.config", error.Path);
            Assert.Contains("nanoFramework.System.IO.Streams", error.Message, StringComparison.Ordinal);
            Assert.Contains("nanoFramework.System.IO.Ports", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void MissingDependencyReferenceFails()
        {
            FixtureProject project = SerialProject();
            project.References.RemoveAll(r => r.Assembly == "nanoFramework.Runtime.Events");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.MissingDependencyReference && d.Message.Contains("nanoFramework.Runtime.Events", StringComparison.Ordinal));
            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.UnusedPackage && d.Message.Contains("nanoFramework.Runtime.Events", StringComparison.Ordinal));
        }

        [Fact]
        public void PinnedPackageWithoutReferenceFails()
        {
            FixtureProject project = SerialProject();
            project.Packages.Add(("nanoFramework.System.Math", "1.5.116"));
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(("drivers/packages.config", ProjectRuleIds.UnusedPackage), (error.Path, error.Id));
        }

        [Fact]
        public void AnyPatchOfAWildcardListingVersionMatches()
        {
            const string Sensor = "using Iot.Device.Bmxx80;\nusing System.Device.I2c;\n\nnamespace Telemetry.Drivers\n{\n    public class Sensor\n    {\n        public double Celsius(I2cDevice device)\n        {\n            Bme280 bme = new Bme280(device);\n            return bme.Read().Temperature.DegreesCelsius;\n        }\n    }\n}\n";
            FixtureProject project = new FixtureProject("drivers", "Telemetry.Drivers").Use("Iot.Device.Bmxx80");
            project.Compile.Add("Sensor.cs");
            repo.Write(project).WriteFile("drivers/Sensor.cs", Sensor);

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(project.References, r => r.Assembly == "Iot.Device.Bmxx80" && r.Version == "1.2.1016");
            Assert.True(report.ErrorCount == 0, report.DiagnosticsText);
        }

        [Fact]
        public void OtherMinorOfAWildcardListingVersionFails()
        {
            FixtureProject project = new FixtureProject("drivers", "Telemetry.Drivers").Use("Iot.Device.Bmxx80");
            int bme = project.References.FindIndex(r => r.Assembly == "Iot.Device.Bmxx80");
            project.References[bme] = project.References[bme] with { Version = "1.3.5" };
            int pin = project.Packages.FindIndex(p => p.Id == "nanoFramework.Iot.Device.Bmxx80");
            project.Packages[pin] = ("nanoFramework.Iot.Device.Bmxx80", "1.3.5");
            repo.Write(project);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(ProjectRuleIds.ListingVersion, error.Id);
            Assert.Contains("1.2.*", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TestLauncherIsTheOneAssemblyWithoutAListing()
        {
            FixtureProject project = TestProject();
            repo.Write(project).WriteFile("tests/Codec/SampleTests.cs", SampleTests);

            SurfaceCheckReport report = repo.Check();

            Assert.True(report.ErrorCount == 0, report.DiagnosticsText);
        }

        [Fact]
        public void OtherAssemblyWithoutAListingFails()
        {
            FixtureProject project = TestProject();
            project.References.Add(new FixtureReference("nanoFramework.Json", "nanoFramework.Json", "2.2.100"));
            project.Packages.Add(("nanoFramework.Json", "2.2.100"));
            repo.Write(project).WriteFile("tests/Codec/SampleTests.cs", SampleTests);

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal(ProjectRuleIds.AssemblyMismatch, error.Id);
            Assert.Contains("nanoFramework.Json", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AssemblyFileNameMustMatchTheListing()
        {
            FixtureProject project = SerialProject();
            int ports = project.References.FindIndex(r => r.Assembly == "System.IO.Ports");
            project.References[ports] = project.References[ports] with { Assembly = "System.IO.Streams" };
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.AssemblyMismatch && d.Message.Contains("nanoFramework.System.IO.Ports", StringComparison.Ordinal));
        }

        [Fact]
        public void ProjectReferencesCompileInDependencyOrder()
        {
            FixtureProject protocol = new FixtureProject("protocol", "Telemetry.Mqtt").Use("mscorlib");
            protocol.Compile.Add("Codec\\Checksum.cs");
            FixtureProject firmware = new FixtureProject("firmware", "Telemetry.Firmware") { OutputType = "Exe" }.Use("mscorlib");
            firmware.Compile.Add("Program.cs");
            firmware.ProjectReferences.Add("..\\protocol\\Telemetry.Mqtt.nfproj");
            repo.Write(protocol).Write(firmware)
                .WriteFile("protocol/Codec/Checksum.cs", "namespace Telemetry.Mqtt.Codec\n{\n    public static class Checksum\n    {\n        public static int Of(byte[] data)\n        {\n            return data.Length;\n        }\n    }\n}\n")
                .WriteFile("firmware/Program.cs", "using Telemetry.Mqtt.Codec;\n\nnamespace Telemetry.Firmware\n{\n    public class Program\n    {\n        public static void Main()\n        {\n            System.Console.WriteLine(Checksum.Of(new byte[2]).ToString());\n        }\n    }\n}\n");

            SurfaceCheckReport report = repo.Check();

            Assert.True(report.ErrorCount == 0, report.DiagnosticsText);
            Assert.Equal(2, report.Projects.Count);

            firmware.ProjectReferences.Clear();
            repo.Write(firmware);
            Assert.Contains(repo.Check().Diagnostics, d => d.Path == "firmware/Program.cs" && d.Id == "CS0234");
        }

        [Fact]
        public void CompileItemOutsideTheProjectFolderFails()
        {
            FixtureProject project = SerialProject();
            project.Compile.Add("..\\shared\\Common.cs");
            repo.Write(project)
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("shared/Common.cs", "namespace Telemetry.Shared\n{\n    public class Common\n    {\n    }\n}\n");

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.OutsideProject);
        }

        [Fact]
        public void WildcardCompileItemFails()
        {
            FixtureProject project = SerialProject();
            project.Compile.Clear();
            project.Compile.Add("Serial\\*.cs");
            repo.Write(project).WriteFile("drivers/Serial/LineReader.cs", LineReader);

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.Wildcard);
        }

        [Fact]
        public void SolutionMustListEveryDeviceProject()
        {
            repo.Write(SerialProject())
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("nf.sln", "Project(\"{11A8DD76-328B-46DF-9F39-F559912D0360}\") = \"Telemetry.Mqtt\", \"protocol\\Telemetry.Mqtt.nfproj\", \"{505489CE-7EE2-4E2D-AB35-026A2E368819}\"\nEndProject\n");

            SurfaceCheckReport report = repo.Check();

            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.SolutionMismatch && d.Path == "nf.sln");
            Assert.Contains(report.Diagnostics, d => d.Id == ProjectRuleIds.SolutionMismatch && d.Path == "drivers/Telemetry.Drivers.nfproj");
        }

        [Fact]
        public void DeviceRuleViolationInAListedFileFails()
        {
            FixtureProject project = SerialProject();
            project.Compile.Add("Serial\\Callbacks.cs");
            repo.Write(project)
                .WriteFile("drivers/Serial/LineReader.cs", LineReader)
                .WriteFile("drivers/Serial/Callbacks.cs", "using System;\n\nnamespace Telemetry.Drivers.Serial\n{\n    public class Callbacks\n    {\n        public Action<int> OnLine;\n    }\n}\n");

            SurfaceCheckReport report = repo.Check();

            SurfaceDiagnostic error = Assert.Single(report.Diagnostics);
            Assert.Equal("drivers/Serial/Callbacks.cs(7,16): error NF0001: generic type 'Action<int>' used: the device runtime (nanoFramework 1.x) has no generics", error.ToString());
        }

        [Fact]
        public void RealRepoHasNoErrors()
        {
            SurfaceCheckReport report = ProjectCheck.Run(CheckPaths.RepoRoot, CheckPaths.ApiDirectory);

            Assert.True(report.ErrorCount == 0, $"{report.SummaryLine}\n{report.DiagnosticsText}");
            Assert.Contains(report.Projects, p => p.RelativePath == "tests/NFUnitTest.nfproj" && p.AssemblyName == "NFUnitTest");
            Assert.True(report.FileCount >= 4, report.SummaryLine);
        }

        private const string SampleTests = """
            using nanoFramework.TestFramework;

            namespace Telemetry.Tests.Codec
            {
                [TestClass]
                public class SampleTests
                {
                    [TestMethod]
                    [DataRow(1, 2)]
                    public void Adds(int a, int b)
                    {
                        Assert.AreEqual(3, a + b);
                    }
                }
            }

            """;

        private static FixtureProject SerialProject()
        {
            FixtureProject project = new FixtureProject("drivers", "Telemetry.Drivers").Use("System.IO.Ports");
            project.Compile.Add("Serial\\LineReader.cs");
            return project;
        }

        private static FixtureProject TestProject()
        {
            FixtureProject project = new FixtureProject("tests", "NFUnitTest").Use("nanoFramework.TestFramework");
            project.References.Add(new FixtureReference("nanoFramework.UnitTestLauncher", "nanoFramework.TestFramework", "3.0.77", ".exe"));
            project.Compile.Add("Codec\\SampleTests.cs");
            return project;
        }
    }
}
