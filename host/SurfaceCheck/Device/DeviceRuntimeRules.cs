using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Telemetry.SurfaceCheck.Device
{
    /// <summary>
    /// Rules of the stable nanoFramework runtime (1.x) that the C# compiler does not enforce against the stubs:
    /// the listing declares Action&lt;T&gt; and friends, and iterators, multidimensional arrays and foreach over a string
    /// compile, yet none of them runs on the device.
    /// </summary>
    public static partial class DeviceRuntimeRules
    {
        private const string Category = "DeviceRuntime";
        private const string NoGenerics = "the device runtime (nanoFramework 1.x) has no generics";

        /// <summary>NF0001: a generic type or method is declared or used.</summary>
        public static readonly DiagnosticDescriptor Generic = Rule("NF0001", "{0}: " + NoGenerics);

        /// <summary>NF0002: an iterator (<c>yield</c>).</summary>
        public static readonly DiagnosticDescriptor Iterator = Rule("NF0002", "iterator ('{0}') is not supported on the device; fill an array or use an explicit IEnumerator class");

        /// <summary>NF0003: <c>async</c> / <c>await</c>.</summary>
        public static readonly DiagnosticDescriptor Async = Rule("NF0003", "'{0}' is not supported on the device (no Task, no async method builders); use threads and events");

        /// <summary>NF0004: <c>foreach</c> over a string.</summary>
        public static readonly DiagnosticDescriptor ForEachString = Rule("NF0004", "foreach over a string is not supported on the device; encode the string to bytes once (UTF8Encoding.GetBytes) and loop over the bytes");

        /// <summary>NF0005: a multidimensional array.</summary>
        public static readonly DiagnosticDescriptor MultidimensionalArray = Rule("NF0005", "multidimensional array '{0}' is not supported on the device; use a jagged array or index arithmetic");

        /// <summary>NF0006: an array argument in <c>[DataRow]</c>.</summary>
        public static readonly DiagnosticDescriptor DataRowArray = Rule("NF0006", "[DataRow] argument '{0}' is an array: the nanoFramework test launcher dies on array arguments; pass scalars");

        /// <summary>NF0007: a record type.</summary>
        public static readonly DiagnosticDescriptor Record = Rule("NF0007", "record '{0}' is not supported on the device (generated members need generics); write a class");

        /// <summary>NF0008: a format specifier in an interpolated string.</summary>
        public static readonly DiagnosticDescriptor InterpolationFormat = Rule("NF0008", "format specifier ':{0}' in an interpolated string is not supported on the device; call ToString(\"{0}\") on a standard format");

        /// <summary>NF0009: a numeric format string the device does not support.</summary>
        public static readonly DiagnosticDescriptor NumericFormat = Rule("NF0009", "numeric format \"{0}\" is not supported on the device: only D, F, G, N, X with an optional precision");

        /// <summary>NF0010: a <c>volatile</c> field.</summary>
        public static readonly DiagnosticDescriptor VolatileField = Rule("NF0010", "volatile field '{0}' is not supported on the device (no IsVolatile in the core library); use lock or Interlocked");

        /// <summary>NF0011: a string indexer (<c>s[i]</c> on a <c>string</c>).</summary>
        public static readonly DiagnosticDescriptor StringIndexer = Rule("NF0011", "string indexer '{0}': the device runtime keeps strings as UTF-8 and walks '{1}' from its start on every [i] (a per-character loop is quadratic, and characters above U+FFFF read wrong); encode the string once with a cached UTF8Encoding.GetBytes and work on the bytes");

        /// <summary>All rules.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [
            Generic, Iterator, Async, ForEachString, MultidimensionalArray, DataRowArray, Record, InterpolationFormat, NumericFormat, VolatileField,
            StringIndexer,
        ];

        /// <summary>Runs every rule over every syntax tree of <paramref name="compilation"/>; at most one report per rule and line.</summary>
        public static IReadOnlyList<Diagnostic> Analyze(Compilation compilation)
        {
            var results = new List<Diagnostic>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                var walker = new TreeAnalysis(compilation.GetSemanticModel(tree), results);
                walker.Run(tree.GetRoot());
            }

            return results;
        }

        private static DiagnosticDescriptor Rule(string id, string format) =>
            new(id, id, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        /// <summary>True for the standard numeric formats the device implements (D, F, G, N, X, optional precision).</summary>
        public static bool IsSupportedNumericFormat(string format) =>
            format.Length == 0 || SupportedNumericFormat().IsMatch(format);

        [GeneratedRegex(@"^[DdFfGgNnXx]\d{0,2}$")]
        private static partial Regex SupportedNumericFormat();

        [GeneratedRegex(@"\{(\d+)\s*(?:,\s*-?\d+\s*)?(?::([^}]*))?\}")]
        private static partial Regex FormatItem();

        private static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double;

        private static bool IsGeneric(ITypeSymbol? type) => type switch
        {
            null => false,
            { TypeKind: TypeKind.Error } => false,
            IArrayTypeSymbol array => IsGeneric(array.ElementType),
            IPointerTypeSymbol pointer => IsGeneric(pointer.PointedAtType),
            INamedTypeSymbol named => named.IsGenericType || IsGeneric(named.ContainingType),
            _ => false,
        };

        private static string Display(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

        /// <summary>The walk over one tree.</summary>
        private sealed class TreeAnalysis(SemanticModel model, List<Diagnostic> results)
        {
            private readonly HashSet<(string Id, int Line)> reported = [];

            public void Run(SyntaxNode root)
            {
                foreach (SyntaxNode node in root.DescendantNodesAndSelf())
                {
                    Visit(node);
                }
            }

            private void Report(DiagnosticDescriptor rule, Location location, params object[] arguments)
            {
                int line = location.GetLineSpan().StartLinePosition.Line;
                if (reported.Add((rule.Id, line)))
                {
                    results.Add(Diagnostic.Create(rule, location, arguments));
                }
            }

            private void Visit(SyntaxNode node)
            {
                switch (node)
                {
                    case TypeParameterListSyntax list:
                        Report(Generic, list.GetLocation(), list.Parent switch
                        {
                            MethodDeclarationSyntax m => $"generic method '{m.Identifier.Text}{list}' declared",
                            LocalFunctionStatementSyntax f => $"generic local function '{f.Identifier.Text}{list}' declared",
                            DelegateDeclarationSyntax d => $"generic delegate '{d.Identifier.Text}{list}' declared",
                            BaseTypeDeclarationSyntax t => $"generic type '{t.Identifier.Text}{list}' declared",
                            _ => $"generic declaration '{list}'",
                        });
                        break;
                    case GenericNameSyntax name:
                        {
                            ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                            string what = symbol is IMethodSymbol ? "generic method" : "generic type";
                            Report(Generic, name.GetLocation(), $"{what} '{name}' used");
                            break;
                        }

                    case LambdaExpressionSyntax or AnonymousMethodExpressionSyntax:
                        CheckConvertedToGeneric((ExpressionSyntax)node, "lambda");
                        CheckAsync(node);
                        break;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                        CheckGenericExpression((ExpressionSyntax)node);
                        break;
                    case InvocationExpressionSyntax invocation:
                        CheckGenericExpression(invocation);
                        CheckFormatCall(invocation);
                        break;
                    case BaseObjectCreationExpressionSyntax creation:
                        CheckGenericExpression(creation);
                        break;
                    case AnonymousObjectCreationExpressionSyntax anonymous:
                        Report(Generic, anonymous.NewKeyword.GetLocation(), "anonymous type (compiled as a generic class) used");
                        break;
                    case YieldStatementSyntax yield:
                        Report(Iterator, yield.GetLocation(), yield.ReturnOrBreakKeyword.IsKind(SyntaxKind.ReturnKeyword) ? "yield return" : "yield break");
                        break;
                    case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                        CheckAsync(node);
                        break;
                    case AwaitExpressionSyntax await:
                        Report(Async, await.AwaitKeyword.GetLocation(), "await");
                        break;
                    case CommonForEachStatementSyntax forEach
                        when model.GetTypeInfo(forEach.Expression).Type?.SpecialType == SpecialType.System_String:
                        Report(ForEachString, forEach.ForEachKeyword.GetLocation());
                        break;
                    case ArrayRankSpecifierSyntax rank when rank.Rank > 1:
                        Report(MultidimensionalArray, rank.GetLocation(), rank.Parent?.ToString() ?? rank.ToString());
                        break;
                    case AttributeSyntax attribute:
                        CheckDataRow(attribute);
                        break;
                    case RecordDeclarationSyntax record:
                        Report(Record, record.Identifier.GetLocation(), record.Identifier.Text);
                        break;
                    case InterpolationFormatClauseSyntax format:
                        Report(InterpolationFormat, format.GetLocation(), format.FormatStringToken.ValueText);
                        break;
                    case ElementAccessExpressionSyntax access
                        when model.GetTypeInfo(access.Expression).Type?.SpecialType == SpecialType.System_String:
                        Report(StringIndexer, access.GetLocation(), access.ToString(), access.Expression.ToString());
                        break;
                    case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.VolatileKeyword):
                        Report(VolatileField, field.Declaration.Variables[0].Identifier.GetLocation(), field.Declaration.Variables[0].Identifier.Text);
                        break;
                }
            }

            private void CheckAsync(SyntaxNode node)
            {
                SyntaxToken asyncKeyword = node switch
                {
                    MethodDeclarationSyntax m => m.Modifiers.FirstOrDefault(t => t.IsKind(SyntaxKind.AsyncKeyword)),
                    LocalFunctionStatementSyntax f => f.Modifiers.FirstOrDefault(t => t.IsKind(SyntaxKind.AsyncKeyword)),
                    AnonymousFunctionExpressionSyntax a => a.AsyncKeyword,
                    _ => default,
                };
                if (asyncKeyword.IsKind(SyntaxKind.AsyncKeyword))
                {
                    Report(Async, asyncKeyword.GetLocation(), "async");
                }
            }

            private void CheckConvertedToGeneric(ExpressionSyntax expression, string what)
            {
                ITypeSymbol? target = model.GetTypeInfo(expression).ConvertedType;
                if (IsGeneric(target))
                {
                    Report(Generic, expression.GetLocation(), $"{what} converted to generic delegate '{Display(target!)}'");
                }
            }

            private void CheckGenericExpression(ExpressionSyntax expression)
            {
                SymbolInfo info = model.GetSymbolInfo(expression);
                if (info.Symbol is IMethodSymbol { IsGenericMethod: true } method)
                {
                    Report(Generic, expression.GetLocation(), $"call of generic method '{Display(method)}'");
                    return;
                }

                TypeInfo type = model.GetTypeInfo(expression);
                if (info.Symbol is IMethodSymbol && IsGeneric(type.ConvertedType))
                {
                    Report(Generic, expression.GetLocation(), $"method group converted to generic delegate '{Display(type.ConvertedType!)}'");
                }
                else if (IsGeneric(type.Type))
                {
                    Report(Generic, expression.GetLocation(), $"value of generic type '{Display(type.Type!)}'");
                }
                else if (IsGeneric(type.ConvertedType))
                {
                    Report(Generic, expression.GetLocation(), $"conversion to generic type '{Display(type.ConvertedType!)}'");
                }
            }

            private void CheckDataRow(AttributeSyntax attribute)
            {
                string? typeName = (model.GetSymbolInfo(attribute).Symbol as IMethodSymbol)?.ContainingType.ToDisplayString();
                string written = attribute.Name.ToString();
                bool isDataRow = typeName == "nanoFramework.TestFramework.DataRowAttribute"
                    || (typeName is null && (written.EndsWith("DataRow", StringComparison.Ordinal) || written.EndsWith("DataRowAttribute", StringComparison.Ordinal)));
                if (!isDataRow || attribute.ArgumentList is null)
                {
                    return;
                }

                foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
                {
                    ExpressionSyntax expression = argument.Expression;
                    if (expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                        || expression.IsKind(SyntaxKind.CollectionExpression)
                        || model.GetTypeInfo(expression).Type is IArrayTypeSymbol)
                    {
                        Report(DataRowArray, expression.GetLocation(), expression.ToString());
                    }
                }
            }

            private void CheckFormatCall(InvocationExpressionSyntax invocation)
            {
                string calledName = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => "",
                };
                if (calledName is not ("ToString" or "Format") || invocation.ArgumentList.Arguments.Count == 0
                    || model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
                {
                    return;
                }

                var arguments = invocation.ArgumentList.Arguments;
                if (method.Name == "ToString" && IsNumeric(method.ContainingType)
                    && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
                {
                    if (model.GetConstantValue(arguments[0].Expression).Value is string format && !IsSupportedNumericFormat(format))
                    {
                        Report(NumericFormat, arguments[0].GetLocation(), format);
                    }

                    return;
                }

                if (method.Name == "Format" && method.ContainingType.SpecialType == SpecialType.System_String
                    && model.GetConstantValue(arguments[0].Expression).Value is string composite)
                {
                    foreach (Match item in FormatItem().Matches(composite))
                    {
                        if (!item.Groups[2].Success)
                        {
                            continue;
                        }

                        int index = int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                        ITypeSymbol? argumentType = index + 1 < arguments.Count
                            ? model.GetTypeInfo(arguments[index + 1].Expression).Type
                            : null;
                        if (IsNumeric(argumentType) && !IsSupportedNumericFormat(item.Groups[2].Value))
                        {
                            Report(NumericFormat, arguments[0].GetLocation(), item.Groups[2].Value);
                        }
                    }
                }
            }
        }
    }
}
