namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>One <c>&lt;Assembly&gt;.api</c> file in the <c>nfapi 1</c> format.</summary>
    public sealed class ApiListing
    {
        /// <summary>Creates an empty listing for the given file.</summary>
        public ApiListing(string filePath)
        {
            FilePath = filePath;
        }

        /// <summary>Path of the .api file.</summary>
        public string FilePath { get; }

        /// <summary>Assembly name (<c>assembly</c> line).</summary>
        public string AssemblyName { get; set; } = "";

        /// <summary>Assembly version (<c>assembly</c> line).</summary>
        public string AssemblyVersion { get; set; } = "";

        /// <summary>Public key token, or null for unsigned assemblies.</summary>
        public string? PublicKeyToken { get; set; }

        /// <summary>Full public key blob (hex), or null for unsigned assemblies.</summary>
        public string? PublicKey { get; set; }

        /// <summary>NuGet package that ships the assembly.</summary>
        public string PackageId { get; set; } = "";

        /// <summary>Package version; may end in <c>.*</c> (any release of that line).</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>Referenced assemblies.</summary>
        public List<ApiAssemblyReference> References { get; } = [];

        /// <summary>Assembly-level attribute lines, without the keyword.</summary>
        public List<string> AssemblyAttributes { get; } = [];

        /// <summary>Forwarded types: the type and the assembly it lives in.</summary>
        public List<(TypeReference Type, string Assembly)> Forwards { get; } = [];

        /// <summary>All types in listing order, nested ones included.</summary>
        public List<ApiType> Types { get; } = [];

        /// <summary>True when <paramref name="version"/> is a release this listing describes (§3: <c>1.2.*</c> matches any 1.2.x).</summary>
        public bool MatchesPackageVersion(string version)
        {
            if (PackageVersion.EndsWith(".*", StringComparison.Ordinal))
            {
                string prefix = PackageVersion[..^1];
                return version.StartsWith(prefix, StringComparison.Ordinal)
                    && version.Length > prefix.Length
                    && version[prefix.Length..].All(char.IsAsciiDigit);
            }

            return string.Equals(PackageVersion, version, StringComparison.OrdinalIgnoreCase);
        }

        /// <inheritdoc/>
        public override string ToString() => $"{AssemblyName} {AssemblyVersion} ({PackageId} {PackageVersion})";
    }
}
