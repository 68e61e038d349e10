using Telemetry.SurfaceCheck.Projects;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>A throw-away repo in the temp folder with device projects written by the test.</summary>
    public sealed class FixtureRepo : IDisposable
    {
        public FixtureRepo()
        {
            Root = Path.Combine(Path.GetTempPath(), "surface-check-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public FixtureRepo WriteFile(string relativePath, string text)
        {
            string full = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return this;
        }

        public FixtureRepo Write(FixtureProject project)
        {
            WriteFile(project.ProjectPath, project.ProjectXml());
            return WriteFile(project.Folder + "/packages.config", project.PackagesXml());
        }

        public SurfaceCheckReport Check() => new ProjectCheck(Root, CheckPaths.Stubs).Run();

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
