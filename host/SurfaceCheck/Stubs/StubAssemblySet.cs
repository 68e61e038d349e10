using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Telemetry.SurfaceCheck.Listing;

namespace Telemetry.SurfaceCheck.Stubs
{
    /// <summary>Reference stubs of every listed assembly, compiled in memory in reference order (README §7).</summary>
    public sealed class StubAssemblySet
    {
        /// <summary>Runtime version string of the core library (§7: <c>-runtimemetadataversion:v4.0.30319</c>).</summary>
        public const string RuntimeMetadataVersion = "v4.0.30319";

        private static readonly ConcurrentDictionary<string, Lazy<StubAssemblySet>> Cache = new(StringComparer.Ordinal);

        private readonly Dictionary<string, StubAssembly> byName;

        private StubAssemblySet(ApiListingSet listings, IReadOnlyList<StubAssembly> assemblies)
        {
            Listings = listings;
            Assemblies = assemblies;
            byName = assemblies.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The listings the stubs were generated from.</summary>
        public ApiListingSet Listings { get; }

        /// <summary>One stub per listing, in reference order.</summary>
        public IReadOnlyList<StubAssembly> Assemblies { get; }

        /// <summary>True when every stub compiled without errors.</summary>
        public bool Succeeded => Assemblies.All(a => a.Errors.Count == 0);

        /// <summary>
        /// Loads the listings of <paramref name="apiDirectory"/> and compiles their stubs, failing when any stub has an error.
        /// The result is kept in memory for the life of the process (nothing is written to disk).
        /// </summary>
        /// <exception cref="DirectoryNotFoundException">No listing folder.</exception>
        /// <exception cref="ListingFormatException">A listing is malformed.</exception>
        /// <exception cref="StubCompilationException">A stub does not compile.</exception>
        public static StubAssemblySet Load(string apiDirectory)
        {
            string key = Path.GetFullPath(apiDirectory);
            Lazy<StubAssemblySet> entry = Cache.GetOrAdd(key, k => new Lazy<StubAssemblySet>(() =>
            {
                StubAssemblySet stubs = Compile(ApiListingSet.Load(k));
                stubs.EnsureSucceeded();
                return stubs;
            }));
            try
            {
                return entry.Value;
            }
            catch
            {
                Cache.TryRemove(new KeyValuePair<string, Lazy<StubAssemblySet>>(key, entry));
                throw;
            }
        }

        /// <summary>Generates and compiles the stub of every listing; errors are kept on each <see cref="StubAssembly"/>.</summary>
        public static StubAssemblySet Compile(ApiListingSet listings)
        {
            var tasks = new Dictionary<ApiListing, Task<StubAssembly>>();
            foreach (ApiListing listing in listings.Listings)
            {
                Task<StubAssembly>[] dependencies = listings.ReferenceClosure(listing).Select(l => tasks[l]).ToArray();
                tasks[listing] = Task.Run(async () =>
                {
                    StubAssembly[] references = await Task.WhenAll(dependencies).ConfigureAwait(false);
                    return CompileOne(listing, listings, references);
                });
            }

            StubAssembly[] assemblies = Task.WhenAll(tasks.Values).GetAwaiter().GetResult();
            return new StubAssemblySet(listings, assemblies);
        }

        /// <summary>Throws <see cref="StubCompilationException"/> listing every stub error, if there is one.</summary>
        public void EnsureSucceeded()
        {
            if (Succeeded)
            {
                return;
            }

            var message = new StringBuilder("The API listing stubs do not compile (generator or listing problem):\n");
            foreach (StubAssembly assembly in Assemblies.Where(a => a.Errors.Count > 0))
            {
                foreach (Diagnostic error in assembly.Errors.Take(50))
                {
                    message.Append(CultureInfo.InvariantCulture, $"  {assembly.Name}.stub.cs{FormatPosition(error)}: {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}\n");
                }
            }

            throw new StubCompilationException(message.ToString());
        }

        /// <summary>The stub of an assembly, or null when it has no listing.</summary>
        public StubAssembly? Find(string assemblyName) =>
            byName.TryGetValue(assemblyName, out StubAssembly? assembly) ? assembly : null;

        /// <summary>References for the named assemblies; throws for a name without a listing.</summary>
        public IReadOnlyList<MetadataReference> ReferencesFor(IEnumerable<string> assemblyNames) =>
            assemblyNames
                .Select(n => Find(n)?.Reference ?? throw new ArgumentException($"No API listing for assembly '{n}'.", nameof(assemblyNames)))
                .ToArray();

        private static StubAssembly CompileOne(ApiListing listing, ApiListingSet listings, IReadOnlyList<StubAssembly> references)
        {
            string source = StubSourceWriter.Write(listing, listings);
            SyntaxTree tree = CSharpSyntaxTree.ParseText(
                source,
                new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.None),
                path: listing.AssemblyName + ".stub.cs");
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: true,
                nullableContextOptions: NullableContextOptions.Disable,
                concurrentBuild: true);
            if (listing.PublicKey is { } publicKey)
            {
                // Public-signing with the real key gives the stub the real identity (name, version, token).
                options = options.WithPublicSign(true).WithCryptoPublicKey(Convert.FromHexString(publicKey).ToImmutableArray());
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                listing.AssemblyName,
                [tree],
                references.Select(r => r.Reference),
                options);
            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream, options: new EmitOptions().WithRuntimeMetadataVersion(RuntimeMetadataVersion));
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length == 0 && listing.PublicKeyToken is { } token)
            {
                string actual = Convert.ToHexStringLower(compilation.Assembly.Identity.PublicKeyToken.AsSpan());
                if (!string.Equals(actual, token, StringComparison.OrdinalIgnoreCase))
                {
                    errors = [Diagnostic.Create(
                        new DiagnosticDescriptor("NF0900", "Stub identity", "Stub public key token {0} differs from the listing's {1}", "SurfaceCheck", DiagnosticSeverity.Error, true),
                        Location.None,
                        actual,
                        token)];
                }
            }

            return new StubAssembly(listing, source, compilation, errors.Length == 0 ? stream.ToArray() : null, errors);
        }

        private static string FormatPosition(Diagnostic diagnostic)
        {
            if (!diagnostic.Location.IsInSource)
            {
                return "";
            }

            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            return string.Create(CultureInfo.InvariantCulture, $"({position.Line + 1},{position.Character + 1})");
        }
    }
}
