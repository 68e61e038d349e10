using Microsoft.CodeAnalysis;

namespace Telemetry.SurfaceCheck.Device
{
    /// <summary>The result of compiling device sources: the compilation, a reference for dependent projects, and the errors.</summary>
    public sealed class DeviceCompilation
    {
        /// <summary>Creates a result.</summary>
        public DeviceCompilation(Compilation compilation, MetadataReference reference, IReadOnlyList<SurfaceDiagnostic> diagnostics)
        {
            Compilation = compilation;
            Reference = reference;
            Diagnostics = diagnostics;
        }

        /// <summary>The Roslyn compilation.</summary>
        public Compilation Compilation { get; }

        /// <summary>The compiled assembly (or the compilation itself when it has errors) for projects that reference it.</summary>
        public MetadataReference Reference { get; }

        /// <summary>Every error, warning (reported as an error) and device rule violation, sorted by position.</summary>
        public IReadOnlyList<SurfaceDiagnostic> Diagnostics { get; }

        /// <summary>True when nothing was reported.</summary>
        public bool Succeeded => Diagnostics.Count == 0;
    }
}
