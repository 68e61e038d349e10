namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>Reads <c>nfapi 1</c> listing files (README §1-§6).</summary>
    public static class ApiListingReader
    {
        private static readonly HashSet<string> TypeKinds = ["class", "struct", "interface", "enum", "delegate"];
        private static readonly HashSet<string> AccessWords = ["public", "protected", "protectedinternal", "internal", "private"];

        /// <summary>Reads one listing file.</summary>
        public static ApiListing Read(string path) => Parse(File.ReadAllText(path), path);

        /// <summary>Parses listing text; <paramref name="path"/> is used for the result and in error messages.</summary>
        public static ApiListing Parse(string text, string path)
        {
            var listing = new ApiListing(path);
            var state = new ReaderState(listing);
            string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                try
                {
                    if (state.LineCount == 0)
                    {
                        if (line != "nfapi 1")
                        {
                            throw new FormatException("The first line must be 'nfapi 1'.");
                        }

                        state.LineCount++;
                        continue;
                    }

                    state.LineCount++;
                    ParseLine(state, line, i + 1);
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
                {
                    throw new ListingFormatException($"{path}({i + 1}): {e.Message} Line: '{line}'", e);
                }
            }

            if (listing.AssemblyName.Length == 0)
            {
                throw new ListingFormatException($"{path}: no 'assembly' line.");
            }

            if (listing.PackageId.Length == 0)
            {
                throw new ListingFormatException($"{path}: no 'package' line.");
            }

            return listing;
        }

        private static void ParseLine(ReaderState state, string line, int lineNumber)
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string keyword = space < 0 ? line : line[..space];
            string rest = space < 0 ? "" : line[(space + 1)..];
            string[] words = rest.Length == 0 ? [] : rest.Split(' ');
            ApiListing listing = state.Listing;
            switch (keyword)
            {
                case "assembly":
                    Expect(words, 2);
                    listing.AssemblyName = words[0];
                    listing.AssemblyVersion = words[1];
                    break;
                case "publickeytoken":
                    Expect(words, 1);
                    listing.PublicKeyToken = words[0];
                    break;
                case "publickey":
                    Expect(words, 1);
                    listing.PublicKey = words[0];
                    break;
                case "package":
                    Expect(words, 2);
                    listing.PackageId = words[0];
                    listing.PackageVersion = words[1];
                    break;
                case "reference":
                    if (words.Length is < 2 or > 3)
                    {
                        throw new FormatException("Expected 'reference NAME VERSION [TOKEN]'.");
                    }

                    listing.References.Add(new ApiAssemblyReference(words[0], words[1], words.Length == 3 ? words[2] : null));
                    break;
                case "forward":
                    Expect(words, 2);
                    listing.Forwards.Add((TypeReference.Parse(words[0]), words[1]));
                    break;
                case "namespace":
                    state.SeenNamespace = true;
                    break;
                case "type":
                    ParseType(state, words, lineNumber);
                    break;
                case "base":
                    state.RequireType().Base = TypeReference.Parse(rest);
                    break;
                case "implements":
                    state.RequireType().Interfaces.Add(TypeReference.Parse(rest));
                    break;
                case "underlying":
                    state.RequireType().Underlying = TypeReference.Parse(rest);
                    break;
                case "where":
                    ParseWhere(state, words);
                    break;
                case "attr":
                    AddAttribute(state, rest);
                    break;
                case "returnattr":
                    (state.Member is { Kind: ApiMemberKind.Method or ApiMemberKind.Invoke } member
                        ? member
                        : throw new FormatException("'returnattr' without a method.")).ReturnAttributes.Add(rest);
                    break;
                case "invoke":
                    ParseInvoke(state, words, lineNumber);
                    break;
                case "param":
                    ParseParameter(state, rest);
                    break;
                case "explicit":
                    ParseExplicit(state, words, lineNumber);
                    break;
                default:
                    ParseMember(state, keyword, rest, words, lineNumber);
                    break;
            }
        }

        private static void ParseType(ReaderState state, string[] words, int lineNumber)
        {
            int kindIndex = Array.FindIndex(words, TypeKinds.Contains);
            if (kindIndex < 1)
            {
                throw new FormatException("Expected 'type MODS KIND NAME'.");
            }

            string access = words[0];
            if (!AccessWords.Contains(access))
            {
                throw new FormatException($"Unknown type access '{access}'.");
            }

            string name = string.Join(' ', words[(kindIndex + 1)..]);
            var type = new ApiType(state.Listing.AssemblyName, access, words[1..kindIndex], words[kindIndex], name, lineNumber);
            state.Listing.Types.Add(type);
            state.Type = type;
            state.Member = null;
            state.Parameter = null;
        }

        private static void ParseWhere(ReaderState state, string[] words)
        {
            Expect(words, 2);
            var constraint = new ApiConstraint(words[0], words[1].Split(','));
            if (state.Member is { Kind: not ApiMemberKind.Invoke } member)
            {
                member.Constraints.Add(constraint);
            }
            else
            {
                state.RequireType().Constraints.Add(constraint);
            }
        }

        private static void AddAttribute(ReaderState state, string attribute)
        {
            if (state.Parameter is { } parameter)
            {
                parameter.Attributes.Add(attribute);
            }
            else if (state.Member is { Kind: not ApiMemberKind.Invoke } member)
            {
                member.Attributes.Add(attribute);
            }
            else if (state.Type is { } type)
            {
                type.Attributes.Add(attribute);
            }
            else if (!state.SeenNamespace)
            {
                state.Listing.AssemblyAttributes.Add(attribute);
            }
            else
            {
                throw new FormatException("'attr' without a target.");
            }
        }

        private static void ParseInvoke(ReaderState state, string[] words, int lineNumber)
        {
            ApiType type = state.RequireType();
            var invoke = new ApiMember(ApiMemberKind.Invoke, lineNumber);
            int index = ReadRefKind(words, 0, invoke);
            invoke.Type = TypeReference.Parse(words[index]);
            Expect(words, index + 1);
            type.Invoke = invoke;
            state.Member = invoke;
            state.Parameter = null;
        }

        private static void ParseParameter(ReaderState state, string rest)
        {
            ApiMember member = state.Member ?? throw new FormatException("'param' without a member.");
            string? literal = null;
            int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
            if (equals >= 0)
            {
                literal = rest[(equals + 3)..];
                rest = rest[..equals];
            }

            string[] words = rest.Split(' ');
            if (words.Length < 2)
            {
                throw new FormatException("Expected 'param PMODS TYPE NAME'.");
            }

            var parameter = new ApiParameter(words[..^2], TypeReference.Parse(words[^2]), words[^1], literal);
            member.Parameters.Add(parameter);
            state.Parameter = parameter;
        }

        private static void ParseExplicit(ReaderState state, string[] words, int lineNumber)
        {
            ApiType type = state.RequireType();
            if (words.Length < 4)
            {
                throw new FormatException("Expected 'explicit KIND TYPE INTERFACE NAME'.");
            }

            ApiMember member;
            switch (words[0])
            {
                case "method":
                    {
                        member = new ApiMember(ApiMemberKind.ExplicitMethod, lineNumber);
                        int index = ReadRefKind(words, 1, member);
                        Expect(words, index + 3);
                        member.Type = TypeReference.Parse(words[index]);
                        member.Interface = TypeReference.Parse(words[index + 1]);
                        SetMethodName(member, words[index + 2]);
                        break;
                    }

                case "property":
                case "indexer":
                    {
                        member = new ApiMember(words[0] == "property" ? ApiMemberKind.ExplicitProperty : ApiMemberKind.ExplicitIndexer, lineNumber);
                        int end = ReadAccessors(words, member);
                        if (end != 4)
                        {
                            throw new FormatException("Expected 'explicit property TYPE INTERFACE NAME ACCESSORS'.");
                        }

                        member.Type = TypeReference.Parse(words[1]);
                        member.Interface = TypeReference.Parse(words[2]);
                        member.Name = words[3];
                        break;
                    }

                case "event":
                    Expect(words, 4);
                    member = new ApiMember(ApiMemberKind.ExplicitEvent, lineNumber)
                    {
                        Type = TypeReference.Parse(words[1]),
                        Interface = TypeReference.Parse(words[2]),
                        Name = words[3],
                    };
                    break;
                default:
                    throw new FormatException($"Unknown explicit member kind '{words[0]}'.");
            }

            type.Members.Add(member);
            state.Member = member;
            state.Parameter = null;
        }

        private static void ParseMember(ReaderState state, string keyword, string rest, string[] words, int lineNumber)
        {
            ApiType type = state.RequireType();
            ApiMember member;
            switch (keyword)
            {
                case "const":
                    {
                        int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
                        if (equals < 0)
                        {
                            throw new FormatException("Expected 'const ACC [new] TYPE NAME = LIT'.");
                        }

                        string[] left = rest[..equals].Split(' ');
                        member = new ApiMember(ApiMemberKind.Constant, lineNumber)
                        {
                            Access = left[0],
                            Type = TypeReference.Parse(left[^2]),
                            Name = left[^1],
                            Literal = rest[(equals + 3)..],
                        };
                        member.Modifiers.AddRange(left[1..^2]);
                        break;
                    }

                case "enumvalue":
                    {
                        int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
                        if (equals < 0)
                        {
                            throw new FormatException("Expected 'enumvalue NAME = LIT'.");
                        }

                        member = new ApiMember(ApiMemberKind.EnumValue, lineNumber)
                        {
                            Name = rest[..equals],
                            Literal = rest[(equals + 3)..],
                        };
                        break;
                    }

                case "structfield":
                    member = new ApiMember(ApiMemberKind.StructField, lineNumber)
                    {
                        Type = TypeReference.Parse(words[^2]),
                        Name = words[^1],
                    };
                    member.Modifiers.AddRange(words[..^2]);
                    break;
                case "field":
                case "event":
                    member = new ApiMember(keyword == "field" ? ApiMemberKind.Field : ApiMemberKind.Event, lineNumber)
                    {
                        Access = words[0],
                        Type = TypeReference.Parse(words[^2]),
                        Name = words[^1],
                    };
                    member.Modifiers.AddRange(words[1..^2]);
                    break;
                case "ctor":
                case "finalizer":
                    Expect(words, 1);
                    member = new ApiMember(keyword == "ctor" ? ApiMemberKind.Constructor : ApiMemberKind.Finalizer, lineNumber)
                    {
                        Access = words[0],
                    };
                    break;
                case "method":
                    {
                        member = new ApiMember(ApiMemberKind.Method, lineNumber) { Access = words[0] };
                        int index = ReadModifiers(words, 1, member);
                        Expect(words, index + 2);
                        member.Type = TypeReference.Parse(words[index]);
                        SetMethodName(member, words[index + 1]);
                        break;
                    }

                case "property":
                case "indexer":
                    {
                        member = new ApiMember(keyword == "property" ? ApiMemberKind.Property : ApiMemberKind.Indexer, lineNumber)
                        {
                            Access = words[0],
                        };
                        int end = ReadAccessors(words, member);
                        int index = ReadModifiers(words[..end], 1, member);
                        if (index != end - 2)
                        {
                            throw new FormatException($"Expected '{keyword} ACC MODS TYPE NAME ACCESSORS'.");
                        }

                        member.Type = TypeReference.Parse(words[index]);
                        member.Name = words[index + 1];
                        break;
                    }

                case "operator":
                    {
                        member = new ApiMember(ApiMemberKind.Operator, lineNumber) { Access = words[0] };
                        int index = ReadModifiers(words[..^1], 1, member);
                        Expect(words, index + 3);
                        member.Type = TypeReference.Parse(words[index]);
                        member.Name = words[index + 1];
                        member.OperatorToken = words[index + 2];
                        break;
                    }

                default:
                    throw new FormatException($"Unknown keyword '{keyword}'.");
            }

            if (member.Access.Length > 0 && !AccessWords.Contains(member.Access))
            {
                throw new FormatException($"Unknown access '{member.Access}'.");
            }

            type.Members.Add(member);
            state.Member = member;
            state.Parameter = null;
        }

        private static void SetMethodName(ApiMember member, string text)
        {
            var (name, typeParameters) = ApiType.SplitTypeParameters(text);
            member.Name = name;
            member.TypeParameters.AddRange(typeParameters);
        }

        /// <summary>Reads modifiers and an optional <c>ref [readonly]</c> up to the type; returns the index of the type.</summary>
        private static int ReadModifiers(string[] words, int index, ApiMember member)
        {
            while (index < words.Length - 2)
            {
                if (words[index] == "ref")
                {
                    return ReadRefKind(words, index, member);
                }

                member.Modifiers.Add(words[index]);
                index++;
            }

            return index;
        }

        private static int ReadRefKind(string[] words, int index, ApiMember member)
        {
            if (index < words.Length && words[index] == "ref")
            {
                member.RefKind = "ref";
                index++;
                if (index < words.Length && words[index] == "readonly")
                {
                    member.RefKind = "ref readonly";
                    index++;
                }
            }

            return index;
        }

        /// <summary>Reads the trailing accessor words; returns the index of the first one.</summary>
        private static int ReadAccessors(string[] words, ApiMember member)
        {
            int end = words.Length;
            while (end > 0 && IsAccessor(words[end - 1]))
            {
                end--;
            }

            if (end == words.Length)
            {
                throw new FormatException("Expected accessors (get, set, init).");
            }

            foreach (string word in words[end..])
            {
                string[] pieces = word.Split(':');
                string? access = null;
                bool isReadOnly = false;
                foreach (string piece in pieces.Skip(1))
                {
                    if (piece == "readonly")
                    {
                        isReadOnly = true;
                    }
                    else if (piece is "public" or "protected" or "internal" or "private" or "protectedinternal" or "privateprotected")
                    {
                        access = piece;
                    }
                    else
                    {
                        throw new FormatException($"Unknown accessor modifier '{piece}'.");
                    }
                }

                member.Accessors.Add(new ApiAccessor(pieces[0], access, isReadOnly));
            }

            return end;
        }

        private static bool IsAccessor(string word)
        {
            string head = word.Split(':')[0];
            return head is "get" or "set" or "init";
        }

        private static void Expect(string[] words, int count)
        {
            if (words.Length != count)
            {
                throw new FormatException($"Expected {count} fields, found {words.Length}.");
            }
        }

        /// <summary>Where the next detail line attaches.</summary>
        private sealed class ReaderState(ApiListing listing)
        {
            public ApiListing Listing { get; } = listing;

            public int LineCount { get; set; }

            public bool SeenNamespace { get; set; }

            public ApiType? Type { get; set; }

            public ApiMember? Member { get; set; }

            public ApiParameter? Parameter { get; set; }

            public ApiType RequireType() => Type ?? throw new FormatException("Line outside a type.");
        }
    }
}
