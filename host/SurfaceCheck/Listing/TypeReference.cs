namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A type as the listing writes it (§1.1), parsed so it can be rendered as C# and looked up.</summary>
    public sealed class TypeReference
    {
        private static readonly HashSet<string> KeywordTypes = new(StringComparer.Ordinal)
        {
            "object", "string", "void", "bool", "char", "sbyte", "byte", "short", "ushort",
            "int", "uint", "long", "ulong", "float", "double", "decimal",
        };

        private TypeReference(TypeReferenceKind kind, string name, IReadOnlyList<TypeNamePart> parts, TypeReference? element, int rank, NullableMark mark)
        {
            Kind = kind;
            Name = name;
            Parts = parts;
            Element = element;
            Rank = rank;
            Mark = mark;
        }

        /// <summary>What kind of type this is.</summary>
        public TypeReferenceKind Kind { get; }

        /// <summary>Keyword or type parameter name; for named types the first part's name.</summary>
        public string Name { get; }

        /// <summary>The '+'-separated parts of a named type (first part namespace-qualified).</summary>
        public IReadOnlyList<TypeNamePart> Parts { get; }

        /// <summary>Element type of an array or pointer.</summary>
        public TypeReference? Element { get; }

        /// <summary>Rank of an array.</summary>
        public int Rank { get; }

        /// <summary>Nullable annotation written after this type.</summary>
        public NullableMark Mark { get; }

        /// <summary>True when this type or any type inside it carries a nullable mark.</summary>
        public bool HasNullableMark =>
            Mark != NullableMark.None
            || (Element?.HasNullableMark ?? false)
            || Parts.Any(p => p.Arguments.Any(a => a.HasNullableMark));

        /// <summary>True when this type or any type inside it is a pointer.</summary>
        public bool HasPointer =>
            Kind == TypeReferenceKind.Pointer
            || (Element?.HasPointer ?? false)
            || Parts.Any(p => p.Arguments.Any(a => a.HasPointer));

        /// <summary>True when this is the given C# keyword type.</summary>
        public bool IsKeyword(string keyword) => Kind == TypeReferenceKind.Keyword && Name == keyword;

        /// <summary>Lookup key of a named type: parts joined with '+', each with a `N arity suffix.</summary>
        public string Key => Kind == TypeReferenceKind.Named
            ? string.Join("+", Parts.Select(p => p.Arguments.Count == 0 ? p.Name : p.Name + "`" + p.Arguments.Count))
            : throw new InvalidOperationException("Only named types have a key.");

        /// <summary>Parses one TYPE field of the listing.</summary>
        public static TypeReference Parse(string text)
        {
            int position = 0;
            TypeReference result = ParseAt(text, ref position);
            if (position != text.Length)
            {
                throw new FormatException($"Unexpected '{text[position..]}' in type '{text}'.");
            }

            return result;
        }

        /// <summary>Renders the type as C#: global::-qualified names, '.' for nesting, '?' kept and '!' dropped when asked.</summary>
        public string ToCSharp(bool withNullableMarks = true)
        {
            string core = Kind switch
            {
                TypeReferenceKind.Keyword => Name,
                TypeReferenceKind.TypeParameter => Name,
                TypeReferenceKind.Array => Element!.ToCSharp(withNullableMarks) + "[" + new string(',', Rank - 1) + "]",
                TypeReferenceKind.Pointer => Element!.ToCSharp(withNullableMarks) + "*",
                _ => "global::" + string.Join(".", Parts.Select(p => p.Arguments.Count == 0
                    ? p.Name
                    : p.Name + "<" + string.Join(", ", p.Arguments.Select(a => a.ToCSharp(withNullableMarks))) + ">")),
            };
            return withNullableMarks && Mark == NullableMark.Annotated ? core + "?" : core;
        }

        /// <summary>Replaces type parameters by the given types (for base constructor calls on generic bases).</summary>
        public TypeReference Substitute(IReadOnlyDictionary<string, TypeReference> map)
        {
            return Kind switch
            {
                TypeReferenceKind.TypeParameter => map.TryGetValue(Name, out TypeReference? value) ? value : this,
                TypeReferenceKind.Array or TypeReferenceKind.Pointer =>
                    new TypeReference(Kind, Name, Parts, Element!.Substitute(map), Rank, Mark),
                TypeReferenceKind.Named => new TypeReference(
                    Kind,
                    Name,
                    Parts.Select(p => new TypeNamePart(p.Name, p.Arguments.Select(a => a.Substitute(map)).ToArray())).ToArray(),
                    null,
                    0,
                    Mark),
                _ => this,
            };
        }

        /// <inheritdoc/>
        public override string ToString() => ToCSharp();

        private static TypeReference ParseAt(string text, ref int position)
        {
            int start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_' || text[position] == '.'))
            {
                position++;
            }

            string head = text[start..position];
            if (head.Length == 0)
            {
                throw new FormatException($"Expected a type name at {start} in '{text}'.");
            }

            TypeReference result;
            if (KeywordTypes.Contains(head))
            {
                result = new TypeReference(TypeReferenceKind.Keyword, head, [], null, 0, NullableMark.None);
            }
            else if (!head.Contains('.') && !(position < text.Length && (text[position] == '<' || text[position] == '+')))
            {
                result = new TypeReference(TypeReferenceKind.TypeParameter, head, [], null, 0, NullableMark.None);
            }
            else
            {
                var parts = new List<TypeNamePart>();
                string partName = head;
                while (true)
                {
                    var arguments = new List<TypeReference>();
                    if (position < text.Length && text[position] == '<')
                    {
                        position++;
                        while (true)
                        {
                            arguments.Add(ParseAt(text, ref position));
                            if (position >= text.Length)
                            {
                                throw new FormatException($"Unterminated type argument list in '{text}'.");
                            }

                            char c = text[position++];
                            if (c == '>')
                            {
                                break;
                            }

                            if (c != ',')
                            {
                                throw new FormatException($"Unexpected '{c}' in type argument list of '{text}'.");
                            }
                        }
                    }

                    parts.Add(new TypeNamePart(partName, arguments));
                    if (position < text.Length && text[position] == '+')
                    {
                        position++;
                        int nameStart = position;
                        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
                        {
                            position++;
                        }

                        partName = text[nameStart..position];
                        if (partName.Length == 0)
                        {
                            throw new FormatException($"Expected a nested type name after '+' in '{text}'.");
                        }

                        continue;
                    }

                    break;
                }

                result = new TypeReference(TypeReferenceKind.Named, head, parts, null, 0, NullableMark.None);
            }

            while (position < text.Length)
            {
                char c = text[position];
                if (c == '[')
                {
                    int rank = 1;
                    position++;
                    while (position < text.Length && text[position] == ',')
                    {
                        rank++;
                        position++;
                    }

                    if (position >= text.Length || text[position] != ']')
                    {
                        throw new FormatException($"Bad array rank in '{text}'.");
                    }

                    position++;
                    result = new TypeReference(TypeReferenceKind.Array, result.Name, [], result, rank, NullableMark.None);
                }
                else if (c == '*')
                {
                    position++;
                    result = new TypeReference(TypeReferenceKind.Pointer, result.Name, [], result, 0, NullableMark.None);
                }
                else if (c == '?' || c == '!')
                {
                    position++;
                    result = new TypeReference(
                        result.Kind,
                        result.Name,
                        result.Parts,
                        result.Element,
                        result.Rank,
                        c == '?' ? NullableMark.Annotated : NullableMark.NotAnnotated);
                }
                else
                {
                    break;
                }
            }

            return result;
        }
    }
}
