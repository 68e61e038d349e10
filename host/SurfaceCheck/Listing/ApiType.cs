namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A <c>type</c> line with its detail lines, members and nested types.</summary>
    public sealed class ApiType
    {
        /// <summary>Creates a type.</summary>
        public ApiType(string assembly, string access, IReadOnlyList<string> modifiers, string kind, string declaredName, int line)
        {
            Assembly = assembly;
            Access = access;
            Modifiers = modifiers;
            Kind = kind;
            DeclaredName = declaredName;
            Line = line;
            var parts = SplitParts(declaredName);
            string first = parts[0].Name;
            int dot = first.LastIndexOf('.');
            Namespace = dot < 0 ? "" : first[..dot];
            var own = parts[^1];
            Name = parts.Count == 1 && dot >= 0 ? first[(dot + 1)..] : own.Name;
            TypeParameters = own.TypeParameters;
            Key = string.Join("+", parts.Select(p => p.TypeParameters.Count == 0 ? p.Name : p.Name + "`" + p.TypeParameters.Count));
            ParentKey = parts.Count == 1 ? null : Key[..Key.LastIndexOf('+')];
        }

        /// <summary>Assembly whose listing declares the type.</summary>
        public string Assembly { get; }

        /// <summary>Line number in the listing file.</summary>
        public int Line { get; }

        /// <summary><c>public</c>, <c>protected</c> or <c>protectedinternal</c>.</summary>
        public string Access { get; }

        /// <summary><c>static abstract sealed readonly ref new</c>, as listed.</summary>
        public IReadOnlyList<string> Modifiers { get; }

        /// <summary><c>class</c>, <c>struct</c>, <c>interface</c>, <c>enum</c> or <c>delegate</c>.</summary>
        public string Kind { get; }

        /// <summary>The full name as declared, variance included.</summary>
        public string DeclaredName { get; }

        /// <summary>Namespace of the type (of its outermost containing type when nested).</summary>
        public string Namespace { get; }

        /// <summary>Simple name without type parameters.</summary>
        public string Name { get; }

        /// <summary>Own type parameters.</summary>
        public IReadOnlyList<ApiTypeParameter> TypeParameters { get; }

        /// <summary>Lookup key: '+'-joined parts with `N arity suffixes (<c>System.Action`1</c>).</summary>
        public string Key { get; }

        /// <summary>Key of the containing type, or null for a top-level type.</summary>
        public string? ParentKey { get; }

        /// <summary>Base class (<c>base</c> line).</summary>
        public TypeReference? Base { get; set; }

        /// <summary>Interface list (<c>implements</c> lines).</summary>
        public List<TypeReference> Interfaces { get; } = [];

        /// <summary>Enum underlying type.</summary>
        public TypeReference? Underlying { get; set; }

        /// <summary>Attribute lines of the type, without the keyword.</summary>
        public List<string> Attributes { get; } = [];

        /// <summary>Constraints of the type's own type parameters.</summary>
        public List<ApiConstraint> Constraints { get; } = [];

        /// <summary>Delegate signature (<c>invoke</c> line and its params).</summary>
        public ApiMember? Invoke { get; set; }

        /// <summary>Members in listing order.</summary>
        public List<ApiMember> Members { get; } = [];

        /// <summary>Nested types, linked after the whole listing set is read.</summary>
        public List<ApiType> NestedTypes { get; } = [];

        /// <summary>True when the type line has the given modifier.</summary>
        public bool Has(string modifier) => Modifiers.Contains(modifier);

        /// <summary>Splits a declared name into its '+'-separated parts with their type parameters.</summary>
        internal static List<(string Name, IReadOnlyList<ApiTypeParameter> TypeParameters)> SplitParts(string declaredName)
        {
            var result = new List<(string, IReadOnlyList<ApiTypeParameter>)>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= declaredName.Length; i++)
            {
                char c = i < declaredName.Length ? declaredName[i] : '+';
                if (c == '<')
                {
                    depth++;
                }
                else if (c == '>')
                {
                    depth--;
                }
                else if (c == '+' && depth == 0)
                {
                    result.Add(SplitTypeParameters(declaredName[start..i]));
                    start = i + 1;
                }
            }

            return result;
        }

        /// <summary>Splits <c>Name&lt;in T,out U&gt;</c> into the name and its type parameters.</summary>
        internal static (string Name, IReadOnlyList<ApiTypeParameter> TypeParameters) SplitTypeParameters(string text)
        {
            int open = text.IndexOf('<', StringComparison.Ordinal);
            if (open < 0)
            {
                return (text, []);
            }

            if (!text.EndsWith('>'))
            {
                throw new FormatException($"Bad type parameter list in '{text}'.");
            }

            var parameters = text[(open + 1)..^1]
                .Split(',')
                .Select(p => p.Trim().Split(' '))
                .Select(words => words.Length == 2 ? new ApiTypeParameter(words[0], words[1]) : new ApiTypeParameter("", words[0]))
                .ToArray();
            return (text[..open], parameters);
        }
    }
}
