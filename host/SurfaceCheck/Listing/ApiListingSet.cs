namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>All listing files of one folder, nested types linked, in reference order (referenced assemblies first).</summary>
    public sealed class ApiListingSet
    {
        private readonly Dictionary<string, ApiListing> byAssembly;
        private readonly Dictionary<string, ApiListing> byPackage;
        private readonly Dictionary<string, ApiType> byKey;

        private ApiListingSet(string directory, IReadOnlyList<ApiListing> listings)
        {
            Directory = directory;
            byAssembly = new Dictionary<string, ApiListing>(StringComparer.OrdinalIgnoreCase);
            byPackage = new Dictionary<string, ApiListing>(StringComparer.OrdinalIgnoreCase);
            byKey = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            foreach (ApiListing listing in listings)
            {
                if (!byAssembly.TryAdd(listing.AssemblyName, listing))
                {
                    throw new ListingFormatException($"{listing.FilePath}: assembly {listing.AssemblyName} is listed twice.");
                }

                byPackage.TryAdd(listing.PackageId, listing);
                foreach (ApiType type in listing.Types)
                {
                    // The same full name in two assemblies would be a clash for the compiler too; keep the first.
                    byKey.TryAdd(type.Key, type);
                }

                LinkNestedTypes(listing);
            }

            var ordered = new List<ApiListing>();
            var state = new Dictionary<ApiListing, bool>();
            foreach (ApiListing listing in listings.OrderBy(l => l.AssemblyName, StringComparer.Ordinal))
            {
                Visit(listing, state, ordered);
            }

            Listings = ordered;
        }

        /// <summary>Folder the listings were read from.</summary>
        public string Directory { get; }

        /// <summary>Listings, every one after the listings it references.</summary>
        public IReadOnlyList<ApiListing> Listings { get; }

        /// <summary>Reads every <c>*.api</c> file of <paramref name="directory"/>.</summary>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist or holds no .api file.</exception>
        /// <exception cref="ListingFormatException">A file does not follow the format.</exception>
        public static ApiListingSet Load(string directory)
        {
            string full = Path.GetFullPath(directory);
            if (!System.IO.Directory.Exists(full))
            {
                throw new DirectoryNotFoundException($"API listing folder not found: {full}");
            }

            string[] files = System.IO.Directory.GetFiles(full, "*.api").Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new DirectoryNotFoundException($"No *.api listing file in {full}");
            }

            return new ApiListingSet(full, files.Select(ApiListingReader.Read).ToArray());
        }

        /// <summary>Builds a set from listings already read (tests).</summary>
        public static ApiListingSet FromListings(string directory, IReadOnlyList<ApiListing> listings) =>
            new(directory, listings);

        /// <summary>The listing of an assembly, or null.</summary>
        public ApiListing? FindAssembly(string assemblyName) =>
            byAssembly.TryGetValue(assemblyName, out ApiListing? listing) ? listing : null;

        /// <summary>The listing of the assembly a package ships, or null.</summary>
        public ApiListing? FindPackage(string packageId) =>
            byPackage.TryGetValue(packageId, out ApiListing? listing) ? listing : null;

        /// <summary>A type by its key (<see cref="ApiType.Key"/>), or null.</summary>
        public ApiType? FindType(string key) => byKey.TryGetValue(key, out ApiType? type) ? type : null;

        /// <summary>Every assembly <paramref name="listing"/> references, directly or not (itself excluded).</summary>
        public IReadOnlyList<ApiListing> ReferenceClosure(ApiListing listing)
        {
            var seen = new HashSet<ApiListing>();
            var stack = new Stack<ApiListing>();
            stack.Push(listing);
            while (stack.Count > 0)
            {
                foreach (ApiAssemblyReference reference in stack.Pop().References)
                {
                    ApiListing target = FindAssembly(reference.Name)
                        ?? throw new ListingFormatException($"{listing.FilePath}: references {reference.Name}, which has no listing.");
                    if (target != listing && seen.Add(target))
                    {
                        stack.Push(target);
                    }
                }
            }

            return Listings.Where(seen.Contains).ToArray();
        }

        private static void LinkNestedTypes(ApiListing listing)
        {
            var local = listing.Types.ToDictionary(t => t.Key, StringComparer.Ordinal);
            foreach (ApiType type in listing.Types)
            {
                if (type.ParentKey is { } parentKey)
                {
                    if (!local.TryGetValue(parentKey, out ApiType? parent))
                    {
                        throw new ListingFormatException(
                            $"{listing.FilePath}({type.Line}): nested type {type.DeclaredName} has no containing type {parentKey}.");
                    }

                    parent.NestedTypes.Add(type);
                }
            }
        }

        private void Visit(ApiListing listing, Dictionary<ApiListing, bool> state, List<ApiListing> ordered)
        {
            if (state.TryGetValue(listing, out bool done))
            {
                if (!done)
                {
                    throw new ListingFormatException($"{listing.FilePath}: reference cycle through {listing.AssemblyName}.");
                }

                return;
            }

            state[listing] = false;
            foreach (ApiAssemblyReference reference in listing.References)
            {
                ApiListing target = FindAssembly(reference.Name)
                    ?? throw new ListingFormatException($"{listing.FilePath}: references {reference.Name}, which has no listing.");
                Visit(target, state, ordered);
            }

            state[listing] = true;
            ordered.Add(listing);
        }
    }
}
