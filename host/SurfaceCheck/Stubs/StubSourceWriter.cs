using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Telemetry.SurfaceCheck.Listing;

namespace Telemetry.SurfaceCheck.Stubs
{
    /// <summary>Turns one listing into C# reference-stub source (README §7): same API shape, bodies <c>throw null</c>.</summary>
    public sealed partial class StubSourceWriter
    {
        private readonly ApiListing listing;
        private readonly ApiListingSet set;
        private readonly StringBuilder output = new();
        private int indent;

        private StubSourceWriter(ApiListing listing, ApiListingSet set)
        {
            this.listing = listing;
            this.set = set;
        }

        /// <summary>Writes the stub source of <paramref name="listing"/>; <paramref name="set"/> resolves base types of other assemblies.</summary>
        public static string Write(ApiListing listing, ApiListingSet set)
        {
            var writer = new StubSourceWriter(listing, set);
            writer.WriteAssembly();
            return writer.output.ToString();
        }

        /// <summary>Escapes a C# keyword used as a name (<c>object @object</c>).</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>Rewrites an <c>attr</c> line as C# attribute text with global::-qualified type names.</summary>
        public static string AttributeText(string attribute)
        {
            int open = attribute.IndexOf('(', StringComparison.Ordinal);
            string name = open < 0 ? attribute : attribute[..open];
            string arguments = open < 0 ? "" : QualifyNames(attribute[open..]);
            arguments = NegativeCastPattern().Replace(arguments, "(($1)($2))");
            return TypeReference.Parse(name).ToCSharp(withNullableMarks: false) + arguments;
        }

        /// <summary>Renders a listing literal (§1.2) as a C# constant expression of <paramref name="type"/>.</summary>
        public static string LiteralText(TypeReference type, string literal)
        {
            string typeText = type.ToCSharp(withNullableMarks: false);
            switch (literal)
            {
                case "null":
                case "true":
                case "false":
                    return literal;
                case "default":
                    return $"default({typeText})";
                case "NaN":
                    return $"({typeText})(0.0 / 0.0)";
                case "Infinity":
                    return $"({typeText})(1.0 / 0.0)";
                case "-Infinity":
                    return $"({typeText})(-1.0 / 0.0)";
            }

            if (literal.StartsWith('\'') || literal.StartsWith('"'))
            {
                return literal;
            }

            if (type.IsKeyword("float"))
            {
                return literal + "F";
            }

            return $"({typeText})({literal})";
        }

        private static string QualifyNames(string text)
        {
            var builder = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c is '"' or '\'')
                {
                    int start = i++;
                    while (i < text.Length && text[i] != c)
                    {
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    i++;
                    builder.Append(text, start, Math.Min(i, text.Length) - start);
                }
                else if (char.IsLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '+'))
                    {
                        i++;
                    }

                    string chain = text[start..i];
                    bool qualified = chain.Contains('.') && (start == 0 || text[start - 1] != '.');
                    builder.Append(qualified ? "global::" + chain.Replace('+', '.') : chain);
                }
                else
                {
                    builder.Append(c);
                    i++;
                }
            }

            return builder.ToString();
        }

        private static string AccessText(string access) => access switch
        {
            "protectedinternal" => "protected internal",
            "privateprotected" => "private protected",
            _ => access,
        };

        private static bool IsBodiless(ApiType type, ApiMember member) =>
            type.Kind == "interface" || member.Has("abstract");

        [GeneratedRegex(@"\((global::[\w.]+)\)(-\d+)")]
        private static partial Regex NegativeCastPattern();

        private void Line(string text = "")
        {
            if (text.Length > 0)
            {
                output.Append(' ', indent * 4);
            }

            output.Append(text).Append('\n');
        }

        private void WriteAssembly()
        {
            Line($"// <auto-generated>Reference stub of {listing.AssemblyName} {listing.AssemblyVersion} from {Path.GetFileName(listing.FilePath)}.</auto-generated>");
            Line("#pragma warning disable");
            Line("#nullable disable");
            Line($"[assembly: global::System.Reflection.AssemblyVersionAttribute(\"{listing.AssemblyVersion}\")]");
            foreach (string attribute in listing.AssemblyAttributes)
            {
                Line($"[assembly: {AttributeText(attribute)}]");
            }

            foreach (var (type, assembly) in listing.Forwards)
            {
                Line($"// forwarded to {assembly}: {type.ToCSharp()}");
            }

            foreach (var group in listing.Types.Where(t => t.ParentKey is null).GroupBy(t => t.Namespace))
            {
                Line();
                bool hasNamespace = group.Key.Length > 0;
                if (hasNamespace)
                {
                    Line($"namespace {group.Key}");
                    Line("{");
                    indent++;
                }

                foreach (ApiType type in group)
                {
                    WriteType(type);
                }

                if (hasNamespace)
                {
                    indent--;
                    Line("}");
                }
            }
        }

        private void WriteAttributes(IEnumerable<string> attributes, string target = "")
        {
            foreach (string attribute in attributes)
            {
                Line($"[{target}{AttributeText(attribute)}]");
            }
        }

        private void WriteType(ApiType type)
        {
            bool hasIndexer = type.Members.Any(m => m.Kind == ApiMemberKind.Indexer);
            WriteAttributes(type.Attributes.Where(a => !(hasIndexer && a.StartsWith("System.Reflection.DefaultMemberAttribute", StringComparison.Ordinal))));
            var modifiers = new List<string> { AccessText(type.Access) };
            foreach (string modifier in new[] { "new", "static", "abstract", "sealed", "readonly", "ref" })
            {
                if (type.Has(modifier))
                {
                    modifiers.Add(modifier);
                }
            }

            string typeParameters = type.TypeParameters.Count == 0
                ? ""
                : "<" + string.Join(", ", type.TypeParameters.Select(p => (p.Variance.Length > 0 ? p.Variance + " " : "") + p.Name)) + ">";
            string constraints = ConstraintText(type.Constraints);
            if (type.Kind == "delegate")
            {
                ApiMember invoke = type.Invoke ?? throw new ListingFormatException($"{listing.FilePath}({type.Line}): delegate without 'invoke'.");
                WriteAttributes(invoke.ReturnAttributes, "return: ");
                bool isUnsafe = invoke.Type!.HasPointer || invoke.Parameters.Any(p => p.Type.HasPointer);
                WithNullableContext(HasNullableMark(invoke), () => Line(
                    $"{string.Join(" ", modifiers)}{(isUnsafe ? " unsafe" : "")} delegate {ReturnText(invoke)} {Escape(type.Name)}{typeParameters}({ParametersText(invoke.Parameters)}){constraints};"));
                return;
            }

            if (type.Kind == "enum")
            {
                string underlying = type.Underlying is { } u ? " : " + u.ToCSharp() : "";
                Line($"{string.Join(" ", modifiers)} enum {Escape(type.Name)}{underlying}");
                Line("{");
                indent++;
                foreach (ApiMember value in type.Members.Where(m => m.Kind == ApiMemberKind.EnumValue))
                {
                    WriteAttributes(value.Attributes);
                    Line($"{Escape(value.Name)} = {value.Literal},");
                }

                indent--;
                Line("}");
                return;
            }

            var bases = new List<string>();
            if (type.Kind == "class" && type.Base is { } baseType && !baseType.IsKeyword("object"))
            {
                bases.Add(baseType.ToCSharp());
            }

            bases.AddRange(type.Interfaces.Select(i => i.ToCSharp()));
            string baseList = bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
            Line($"{string.Join(" ", modifiers)} {type.Kind} {Escape(type.Name)}{typeParameters}{baseList}{constraints}");
            Line("{");
            indent++;
            string baseCall = BaseConstructorCall(type);
            int fieldIndex = 0;
            foreach (ApiMember member in type.Members)
            {
                WithNullableContext(HasNullableMark(member), () => WriteMember(type, member, baseCall, ref fieldIndex));
            }

            if (type.Kind == "class" && !type.Has("static") && baseCall.Length > 0
                && !type.Members.Any(m => m.Kind == ApiMemberKind.Constructor))
            {
                // No constructor listed: keep the compiler from adding a public one that cannot call the base.
                Line($"private {Escape(type.Name)}(){baseCall} => throw null;");
            }

            foreach (ApiType nested in type.NestedTypes)
            {
                WriteType(nested);
            }

            indent--;
            Line("}");
        }

        private void WithNullableContext(bool enable, Action write)
        {
            if (enable)
            {
                Line("#nullable enable");
            }

            write();
            if (enable)
            {
                Line("#nullable disable");
            }
        }

        private static bool HasNullableMark(ApiMember member) =>
            (member.Type?.HasNullableMark ?? false) || member.Parameters.Any(p => p.Type.HasNullableMark);

        private void WriteMember(ApiType type, ApiMember member, string baseCall, ref int fieldIndex)
        {
            bool isUnsafe = (member.Type?.HasPointer ?? false) || member.Parameters.Any(p => p.Type.HasPointer);
            string body = IsBodiless(type, member) ? ";" : " => throw null;";
            switch (member.Kind)
            {
                case ApiMemberKind.StructField:
                    {
                        bool isReadOnly = member.Has("readonly") || type.Has("readonly");
                        string name = SyntaxFacts.IsValidIdentifier(member.Name) ? member.Name : "__field" + fieldIndex.ToString(CultureInfo.InvariantCulture);
                        fieldIndex++;
                        Line($"private {(isUnsafe ? "unsafe " : "")}{(isReadOnly ? "readonly " : "")}{member.Type!.ToCSharp()} {Escape(name)};");
                        break;
                    }

                case ApiMemberKind.Constant:
                    WriteAttributes(member.Attributes);
                    Line($"{Modifiers(type, member)}const {member.Type!.ToCSharp()} {Escape(member.Name)} = {LiteralText(member.Type!, member.Literal!)};");
                    break;
                case ApiMemberKind.Field:
                    WriteAttributes(member.Attributes);
                    Line($"{Modifiers(type, member, isUnsafe)}{member.Type!.ToCSharp()} {Escape(member.Name)};");
                    break;
                case ApiMemberKind.Constructor:
                    if (type.Kind != "class" && member.Parameters.Count == 0)
                    {
                        // Structs have no declared parameterless constructor in C# 9 terms.
                        break;
                    }

                    if (type.Kind == "interface" || type.Has("static"))
                    {
                        break;
                    }

                    WriteAttributes(member.Attributes);
                    Line($"{Modifiers(type, member, isUnsafe)}{Escape(type.Name)}({ParametersText(member.Parameters)}){(type.Kind == "class" ? baseCall : "")} => throw null;");
                    break;
                case ApiMemberKind.Finalizer:
                    Line($"~{Escape(type.Name)}() {{ }}");
                    break;
                case ApiMemberKind.Method:
                    WriteAttributes(member.Attributes);
                    WriteAttributes(member.ReturnAttributes, "return: ");
                    Line($"{Modifiers(type, member, isUnsafe)}{ReturnText(member)} {Escape(member.Name)}{MethodTypeParameters(member)}({ParametersText(member.Parameters)}){(member.Has("override") ? "" : ConstraintText(member.Constraints))}{body}");
                    break;
                case ApiMemberKind.Property:
                    WriteAttributes(member.Attributes);
                    Line($"{Modifiers(type, member, isUnsafe)}{ReturnText(member)} {Escape(member.Name)} {AccessorsText(type, member)}");
                    break;
                case ApiMemberKind.Indexer:
                    WriteAttributes(member.Attributes);
                    if (member.Name != "Item" && !member.Has("override"))
                    {
                        Line($"[global::System.Runtime.CompilerServices.IndexerNameAttribute(\"{member.Name}\")]");
                    }

                    Line($"{Modifiers(type, member, isUnsafe)}{ReturnText(member)} this[{ParametersText(member.Parameters)}] {AccessorsText(type, member)}");
                    break;
                case ApiMemberKind.Event:
                    WriteAttributes(member.Attributes);
                    Line(IsBodiless(type, member)
                        ? $"{Modifiers(type, member, isUnsafe)}event {member.Type!.ToCSharp()} {Escape(member.Name)};"
                        : $"{Modifiers(type, member, isUnsafe)}event {member.Type!.ToCSharp()} {Escape(member.Name)} {{ add => throw null; remove => throw null; }}");
                    break;
                case ApiMemberKind.Operator:
                    WriteAttributes(member.Attributes);
                    Line(member.OperatorToken is "implicit" or "explicit"
                        ? $"{Modifiers(type, member, isUnsafe)}{member.OperatorToken} operator {member.Type!.ToCSharp()}({ParametersText(member.Parameters)}) => throw null;"
                        : $"{Modifiers(type, member, isUnsafe)}{member.Type!.ToCSharp()} operator {member.OperatorToken}({ParametersText(member.Parameters)}) => throw null;");
                    break;
                case ApiMemberKind.ExplicitMethod:
                    WriteAttributes(member.Attributes);
                    Line($"{(isUnsafe ? "unsafe " : "")}{ReturnText(member)} {member.Interface!.ToCSharp()}.{Escape(member.Name)}{MethodTypeParameters(member)}({ParametersText(member.Parameters)}) => throw null;");
                    break;
                case ApiMemberKind.ExplicitProperty:
                    WriteAttributes(member.Attributes);
                    Line($"{(isUnsafe ? "unsafe " : "")}{member.Type!.ToCSharp()} {member.Interface!.ToCSharp()}.{Escape(member.Name)} {AccessorsText(type, member)}");
                    break;
                case ApiMemberKind.ExplicitIndexer:
                    WriteAttributes(member.Attributes);
                    Line($"{(isUnsafe ? "unsafe " : "")}{member.Type!.ToCSharp()} {member.Interface!.ToCSharp()}.this[{ParametersText(member.Parameters)}] {AccessorsText(type, member)}");
                    break;
                case ApiMemberKind.ExplicitEvent:
                    WriteAttributes(member.Attributes);
                    Line($"event {member.Type!.ToCSharp()} {member.Interface!.ToCSharp()}.{Escape(member.Name)} {{ add => throw null; remove => throw null; }}");
                    break;
                default:
                    throw new ListingFormatException($"{listing.FilePath}({member.Line}): {member.Kind} is not valid in a {type.Kind}.");
            }
        }

        private string Modifiers(ApiType type, ApiMember member, bool isUnsafe = false)
        {
            var words = new List<string>();
            if (type.Kind != "interface")
            {
                words.Add(AccessText(member.Access));
                // 'volatile' needs IsVolatile, which the core library lacks; it changes nothing for callers.
                words.AddRange(member.Modifiers.Where(m => m != "volatile"));
            }

            if (isUnsafe)
            {
                words.Add("unsafe");
            }

            return words.Count == 0 ? "" : string.Join(" ", words) + " ";
        }

        private static string ReturnText(ApiMember member) =>
            (member.RefKind.Length > 0 ? member.RefKind + " " : "") + member.Type!.ToCSharp();

        private static string MethodTypeParameters(ApiMember member) =>
            member.TypeParameters.Count == 0 ? "" : "<" + string.Join(", ", member.TypeParameters.Select(p => p.Name)) + ">";

        private static string ConstraintText(IEnumerable<ApiConstraint> constraints)
        {
            var builder = new StringBuilder();
            foreach (ApiConstraint constraint in constraints)
            {
                builder.Append(" where ").Append(constraint.TypeParameter).Append(" : ");
                builder.Append(string.Join(", ", constraint.Constraints.Select(c =>
                    c is "class" or "struct" or "unmanaged" or "notnull" or "new()" or "class?" ? c : TypeReference.Parse(c).ToCSharp())));
            }

            return builder.ToString();
        }

        private static string ParametersText(IEnumerable<ApiParameter> parameters) =>
            string.Join(", ", parameters.Select(ParameterText));

        private static string ParameterText(ApiParameter parameter)
        {
            var builder = new StringBuilder();
            foreach (string attribute in parameter.Attributes)
            {
                builder.Append('[').Append(AttributeText(attribute)).Append("] ");
            }

            foreach (string modifier in parameter.Modifiers)
            {
                builder.Append(modifier).Append(' ');
            }

            builder.Append(parameter.Type.ToCSharp()).Append(' ').Append(Escape(parameter.Name));
            if (parameter.DefaultLiteral is { } literal)
            {
                builder.Append(" = ").Append(LiteralText(parameter.Type, literal));
            }

            return builder.ToString();
        }

        private static string AccessorsText(ApiType type, ApiMember member)
        {
            bool bodiless = IsBodiless(type, member);
            var builder = new StringBuilder("{ ");
            foreach (ApiAccessor accessor in member.Accessors)
            {
                if (accessor.Access is { } access && access != member.Access)
                {
                    builder.Append(AccessText(access)).Append(' ');
                }

                if (accessor.IsReadOnly)
                {
                    builder.Append("readonly ");
                }

                builder.Append(accessor.Kind).Append(bodiless ? "; " : " => throw null; ");
            }

            return builder.Append('}').ToString();
        }

        /// <summary>
        /// <c> : base(default(T1), ...)</c> when the base class has no accessible parameterless constructor (§7), else empty.
        /// </summary>
        private string BaseConstructorCall(ApiType type)
        {
            if (type.Kind != "class" || type.Base is not { Kind: TypeReferenceKind.Named } baseReference)
            {
                return "";
            }

            ApiType? baseType = set.FindType(baseReference.Key);
            if (baseType is null)
            {
                return "";
            }

            var constructors = baseType.Members.Where(m => m.Kind == ApiMemberKind.Constructor).ToArray();
            var accessible = constructors
                .Where(c => c.Access is "public" or "protected" or "protectedinternal"
                    || (c.Access == "internal" && baseType.Assembly == type.Assembly))
                .ToArray();
            if (constructors.Length == 0 || accessible.Any(c => c.Parameters.Count == 0))
            {
                return "";
            }

            ApiMember? chosen = accessible
                .Where(c => c.Parameters.All(p => !p.Modifiers.Contains("ref") && !p.Modifiers.Contains("out")))
                .OrderBy(c => c.Parameters.Count)
                .FirstOrDefault();
            if (chosen is null)
            {
                return "";
            }

            var map = new Dictionary<string, TypeReference>(StringComparer.Ordinal);
            IReadOnlyList<TypeReference> arguments = baseReference.Parts[^1].Arguments;
            for (int i = 0; i < baseType.TypeParameters.Count && i < arguments.Count; i++)
            {
                map[baseType.TypeParameters[i].Name] = arguments[i];
            }

            return " : base(" + string.Join(", ", chosen.Parameters.Select(p => $"default({p.Type.Substitute(map).ToCSharp(withNullableMarks: false)})")) + ")";
        }
    }
}
