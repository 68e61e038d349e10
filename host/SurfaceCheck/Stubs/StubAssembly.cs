using Microsoft.CodeAnalysis;
using Telemetry.SurfaceCheck.Listing;

namespace Telemetry.SurfaceCheck.Stubs
{
    /// <summary>The compiled reference stub of one listed assembly.</summary>
    public sealed class StubAssembly
    {
        /// <summary>Creates the result of compiling one stub.</summary>
        public StubAssembly(ApiListing listing, string source, Compilation compilation, byte[]? image, IReadOnlyList<Diagnostic> errors)
        {
            Listing = listing;
            Source = source;
            Compilation = compilation;
            Image = image;
            Errors = errors;
            Reference = image is null
                ? compilation.ToMetadataReference()
                : MetadataReference.CreateFromImage(image, filePath: listing.AssemblyName + ".dll");
        }

        /// <summary>The listing the stub was generated from.</summary>
        public ApiListing Listing { get; }

        /// <summary>Assembly name.</summary>
        public string Name => Listing.AssemblyName;

        /// <summary>Generated C# source.</summary>
        public string Source { get; }

        /// <summary>The Roslyn compilation of the stub.</summary>
        public Compilation Compilation { get; }

        /// <summary>The emitted assembly, or null when it did not compile.</summary>
        public byte[]? Image { get; }

        /// <summary>Error diagnostics of compiling the stub (empty when it compiled).</summary>
        public IReadOnlyList<Diagnostic> Errors { get; }

        /// <summary>Reference to hand to compilations that use this assembly.</summary>
        public MetadataReference Reference { get; }

        /// <summary>Identity of the compiled assembly (name, version, public key token).</summary>
        public AssemblyIdentity Identity => Compilation.Assembly.Identity;

        /// <inheritdoc/>
        public override string ToString() => Identity.GetDisplayName();
    }
}
