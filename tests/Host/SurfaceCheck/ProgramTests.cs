using Xunit;
using SurfaceCheckProgram = Telemetry.SurfaceCheck.Program;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>The command line: exit codes 0 (clean), 1 (errors), 2 (usage or I/O problem) and what it prints.</summary>
    public sealed class ProgramTests : IDisposable
    {
        private readonly FixtureRepo repo = new();
        private readonly StringWriter output = new();
        private readonly StringWriter error = new();

        public void Dispose()
        {
            repo.Dispose();
            output.Dispose();
            error.Dispose();
        }

        [Fact]
        public void CleanRepoExitsWithZeroAndPrintsTheSummaryLast()
        {
            WriteProject("public class Clean\n{\n}\n");

            int code = SurfaceCheckProgram.Run(["--repo", repo.Root, "--api", CheckPaths.ApiDirectory], output, error);

            Assert.Equal(0, code);
            string[] lines = Lines();
            Assert.Equal("surface check: 1 projects, 1 files, 0 errors", lines[^1]);
            Assert.Contains("  drivers/Telemetry.Drivers.nfproj (Telemetry.Drivers): 1 files, 0 errors", lines);
        }

        [Fact]
        public void ErrorsExitWithOneAndArePrintedWithRepoRelativePaths()
        {
            WriteProject("public class Broken\n{\n    decimal value;\n}\n");

            int code = SurfaceCheckProgram.Run(["--repo", repo.Root, "--api", CheckPaths.ApiDirectory], output, error);

            Assert.Equal(1, code);
            string[] lines = Lines();
            Assert.Contains(lines, l => l.StartsWith("drivers/Broken.cs(3,5): error CS0518: ", StringComparison.Ordinal));
            Assert.Matches(@"^surface check: 1 projects, 1 files, [1-9]\d* errors$", lines[^1]);
        }

        [Fact]
        public void MissingListingFolderExitsWithTwo()
        {
            WriteProject("public class Clean\n{\n}\n");
            string missing = Path.Combine(repo.Root, "no-listing");

            int code = SurfaceCheckProgram.Run(["--repo", repo.Root, "--api", missing], output, error);

            Assert.Equal(2, code);
            Assert.Contains("listing folder not found", error.ToString(), StringComparison.Ordinal);
            Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void UnknownArgumentExitsWithTwo()
        {
            int code = SurfaceCheckProgram.Run(["--fast"], output, error);

            Assert.Equal(2, code);
            Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void MissingRepoFolderExitsWithTwo()
        {
            int code = SurfaceCheckProgram.Run(["--repo", Path.Combine(repo.Root, "nowhere")], output, error);

            Assert.Equal(2, code);
            Assert.Contains("repo folder not found", error.ToString(), StringComparison.Ordinal);
        }

        private void WriteProject(string source)
        {
            string name = source.Contains("Broken", StringComparison.Ordinal) ? "Broken" : "Clean";
            FixtureProject project = new FixtureProject("drivers", "Telemetry.Drivers").Use("mscorlib");
            project.Compile.Add(name + ".cs");
            repo.Write(project).WriteFile($"drivers/{name}.cs", source);
        }

        private string[] Lines() => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }
}
