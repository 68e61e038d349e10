using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Telemetry.SurfaceCheck.Stubs;

namespace Telemetry.SurfaceCheck.Device
{
    /// <summary>
    /// Compiles device sources the way the nanoFramework project system does (C# 9, no standard library, nullable off,
    /// Debug symbols) against the listing stubs only, then applies <see cref="DeviceRuntimeRules"/>.
    /// </summary>
    public sealed class DeviceCompiler
    {
        /// <summary>Symbols of a Debug device build.</summary>
        public static readonly ImmutableArray<string> PreprocessorSymbols = ["NANOFRAMEWORK_1_0", "DEBUG", "TRACE"];

        /// <summary>
        /// Compiler warnings not reported. Every other warning counts as an error.
        /// CS1701/CS1702: assembly unification notices; the stubs carry exactly the versions of the listing set, so a
        /// notice can only come from the stubs, never from device code.
        /// </summary>
        public static readonly ImmutableHashSet<string> IgnoredWarnings = ["CS1701", "CS1702"];

        /// <summary>Parse options of device sources.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(
            LanguageVersion.CSharp9,
            DocumentationMode.Parse,
            SourceCodeKind.Regular,
            PreprocessorSymbols);

        /// <summary>Creates a compiler over the given stubs.</summary>
        public DeviceCompiler(StubAssemblySet stubs)
        {
            Stubs = stubs;
        }

        /// <summary>The stubs device code is compiled against.</summary>
        public StubAssemblySet Stubs { get; }

        /// <summary>
        /// Compiles <paramref name="sources"/> into an assembly named <paramref name="assemblyName"/> against the stubs of
        /// <paramref name="assemblies"/> and the outputs of <paramref name="projectReferences"/>, and reports every error,
        /// warning (as an error) and device rule violation.
        /// </summary>
        public DeviceCompilation Compile(
            string assemblyName,
            IEnumerable<DeviceSourceFile> sources,
            IEnumerable<string> assemblies,
            IEnumerable<MetadataReference>? projectReferences = null,
            OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
            string pathOfUnlocatedErrors = "")
        {
            var trees = sources
                .Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.DisplayPath))
                .ToArray();
            var references = Stubs.ReferencesFor(assemblies).Concat(projectReferences ?? []).ToArray();
            var options = new CSharpCompilationOptions(
                outputKind,
                optimizationLevel: OptimizationLevel.Debug,
                warningLevel: 4,
                allowUnsafe: false,
                nullableContextOptions: NullableContextOptions.Disable,
                concurrentBuild: true);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, references, options);

            using var stream = new MemoryStream();
            EmitResult emit = compilation.Emit(stream, options: new EmitOptions().WithRuntimeMetadataVersion(StubAssemblySet.RuntimeMetadataVersion));
            var diagnostics = emit.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error
                    || (d.Severity == DiagnosticSeverity.Warning && !IgnoredWarnings.Contains(d.Id)))
                .Concat(DeviceRuntimeRules.Analyze(compilation))
                .Select(d => ToSurfaceDiagnostic(d, pathOfUnlocatedErrors))
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToArray();
            MetadataReference reference = emit.Success
                ? MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll")
                : compilation.ToMetadataReference();
            return new DeviceCompilation(compilation, reference, diagnostics);
        }

        /// <summary>
        /// Checks one device source text against the stubs of <paramref name="assemblies"/> (mscorlib when none are given).
        /// Returns every diagnostic; an empty list means the code passes.
        /// </summary>
        public IReadOnlyList<SurfaceDiagnostic> CheckSnippet(string code, params string[] assemblies)
        {
            string[] names = assemblies.Length == 0 ? ["mscorlib"] : assemblies;
            const string Path = "snippet.cs";
            return Compile("Snippet", [new DeviceSourceFile(Path, code)], names, pathOfUnlocatedErrors: Path).Diagnostics;
        }

        /// <summary>
        /// Converts a Roslyn diagnostic to the printed form (warnings become errors); <paramref name="pathOfUnlocatedErrors"/>
        /// stands for diagnostics without a source location (emit errors).
        /// </summary>
        public static SurfaceDiagnostic ToSurfaceDiagnostic(Diagnostic diagnostic, string pathOfUnlocatedErrors = "")
        {
            ArgumentNullException.ThrowIfNull(diagnostic);
            string path = pathOfUnlocatedErrors;
            int line = 1;
            int column = 1;
            if (diagnostic.Location.IsInSource)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                path = span.Path;
                line = span.StartLinePosition.Line + 1;
                column = span.StartLinePosition.Character + 1;
            }

            return new SurfaceDiagnostic(path, line, column, diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }
    }
}
