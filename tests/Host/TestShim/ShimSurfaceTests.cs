using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;
using Assert = Xunit.Assert;

namespace Telemetry.HostTests.TestShim;

/// <summary>
/// The host shim of nanoFramework.TestFramework must have exactly the API of the real 3.0.77 listing, so that a test that
/// compiles here compiles against the device package and the other way round.
/// </summary>
public class ShimSurfaceTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly string[] ApiNamespaces = ["nanoFramework.TestFramework", "TestFrameworkShared"];
    private static readonly Assembly Shim = typeof(nanoFramework.TestFramework.Assert).Assembly;

    private static readonly Dictionary<string, Type> Keywords = new()
    {
        ["object"] = typeof(object),
        ["string"] = typeof(string),
        ["void"] = typeof(void),
        ["bool"] = typeof(bool),
        ["char"] = typeof(char),
        ["sbyte"] = typeof(sbyte),
        ["byte"] = typeof(byte),
        ["short"] = typeof(short),
        ["ushort"] = typeof(ushort),
        ["int"] = typeof(int),
        ["uint"] = typeof(uint),
        ["long"] = typeof(long),
        ["ulong"] = typeof(ulong),
        ["float"] = typeof(float),
        ["double"] = typeof(double),
        ["decimal"] = typeof(decimal),
    };

    private static ApiListing Listing => ApiListing.Load(Path.Combine(RepoPaths.ApiListing, "nanoFramework.TestFramework.api"));

    [Fact]
    public void TheListingIsReadCompletely()
    {
        var listing = Listing;

        Assert.Equal(12, listing.Types.Count);
        Assert.Equal(106, listing.Types.Sum(t => t.Members.Count));
        var areEqual = listing.Types.Single(t => t.Name == "nanoFramework.TestFramework.Assert").Members.First(m => m.Name == "AreEqual");
        Assert.Equal(["expected", "actual", "message"], areEqual.Parameters.Select(p => p.Name));
        Assert.Equal("\"\"", areEqual.Parameters[2].Default);
        Assert.Equal(["System.Runtime.CompilerServices.CallerArgumentExpressionAttribute(\"actual\")"], areEqual.Parameters[2].Attributes);
    }

    [Fact]
    public void EveryListedTypeAndMemberExistsWithTheListedSignature()
    {
        var problems = new List<string>();
        foreach (var listed in Listing.Types)
        {
            var type = Shim.GetType(listed.Name);
            if (type == null)
            {
                problems.Add("missing type " + listed.Name);
                continue;
            }

            problems.AddRange(CheckType(listed, type));
            foreach (var member in listed.Members)
            {
                problems.AddRange(CheckMember(type, member));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TheShimHasNoPublicApiBeyondTheListing()
    {
        var listing = Listing;
        var problems = new List<string>();
        foreach (var type in Shim.GetExportedTypes().Where(t => ApiNamespaces.Contains(t.Namespace)))
        {
            var listed = listing.Types.SingleOrDefault(t => t.Name == type.FullName);
            if (listed == null)
            {
                problems.Add("type not in the listing: " + type.FullName);
                continue;
            }

            foreach (var member in type.GetMembers(Declared).Where(IsVisible))
            {
                bool found = member switch
                {
                    MethodBase method => listed.Members.Any(m => m.Name == method.Name && SameParameters(method, m)),
                    PropertyInfo property => listed.Members.Any(m => m.Kind == "property" && m.Name == property.Name),
                    _ => listed.Members.Any(m => m.Name == member.Name),
                };
                if (!found)
                {
                    problems.Add("member not in the listing: " + type.FullName + "." + member);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> CheckType(ApiListing.ApiType listed, Type type)
    {
        bool isStatic = type.IsAbstract && type.IsSealed;
        if (listed.Modifiers.Contains("static") != isStatic
            || listed.Modifiers.Contains("sealed") != (type.IsSealed && !isStatic)
            || listed.Modifiers.Contains("abstract") != (type.IsAbstract && !isStatic))
        {
            yield return listed.Name + ": modifiers " + string.Join(' ', listed.Modifiers) + " do not match";
        }

        if (listed.Kind != "class" || !type.IsClass || !type.IsPublic)
        {
            yield return listed.Name + ": expected a public " + listed.Kind;
        }

        if (listed.Base != null && Resolve(listed.Base) != type.BaseType)
        {
            yield return listed.Name + ": base " + type.BaseType + ", listed " + listed.Base;
        }

        var attributes = Render(type.GetCustomAttributesData());
        if (!attributes.SequenceEqual(listed.Attributes.Order(StringComparer.Ordinal)))
        {
            yield return listed.Name + ": attributes [" + string.Join("; ", attributes) + "], listed [" + string.Join("; ", listed.Attributes) + "]";
        }
    }

    private static IEnumerable<string> CheckMember(Type type, ApiListing.ApiMember listed)
    {
        string where = type.FullName + ": " + listed;
        if (listed.Kind == "property")
        {
            var property = type.GetProperty(listed.Name, Declared);
            if (property == null || Resolve(listed.Type) != property.PropertyType)
            {
                yield return where + ": missing or of another type";
            }
            else if (listed.Details.Contains("get") != (property.GetMethod?.IsPublic == true)
                || listed.Details.Any(d => d.StartsWith("set", StringComparison.Ordinal)) != (property.SetMethod?.IsPublic == true))
            {
                yield return where + ": accessors differ from " + string.Join(' ', listed.Details);
            }

            yield break;
        }

        var candidates = listed.Kind == "ctor"
            ? type.GetConstructors(Declared).Cast<MethodBase>()
            : type.GetMethods(Declared).Where(m => m.Name == listed.Name);
        var method = candidates.FirstOrDefault(m => SameParameters(m, listed));
        if (method == null)
        {
            yield return where + ": no member with these parameter types";
            yield break;
        }

        if (!method.IsPublic
            || listed.Modifiers.Contains("static") != method.IsStatic
            || listed.Modifiers.Contains("virtual") != (method.IsVirtual && !method.IsFinal))
        {
            yield return where + ": access or modifiers differ from " + listed.Access + " " + string.Join(' ', listed.Modifiers);
        }

        if (method is MethodInfo info && Resolve(listed.Type) != info.ReturnType)
        {
            yield return where + ": returns " + info.ReturnType;
        }

        var attributes = Render(method.GetCustomAttributesData());
        if (!attributes.SequenceEqual(listed.Attributes.Order(StringComparer.Ordinal)))
        {
            yield return where + ": attributes [" + string.Join("; ", attributes) + "], listed [" + string.Join("; ", listed.Attributes) + "]";
        }

        var parameters = method.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            foreach (string problem in CheckParameter(parameters[i], listed.Parameters[i], method))
            {
                yield return where + ": parameter " + parameters[i].Name + ": " + problem;
            }
        }
    }

    private static IEnumerable<string> CheckParameter(ParameterInfo parameter, ApiListing.ApiParameter listed, MethodBase method)
    {
        if (parameter.Name != listed.Name)
        {
            yield return "listed as " + listed.Name;
        }

        if (listed.Modifiers.Contains("params") != parameter.IsDefined(typeof(ParamArrayAttribute)))
        {
            yield return "params differs";
        }

        if (listed.Modifiers.Contains("this") != (parameter.Position == 0 && method.IsDefined(typeof(ExtensionAttribute))))
        {
            yield return "this differs";
        }

        if ((listed.Default != null) != parameter.HasDefaultValue)
        {
            yield return "default value presence differs";
        }
        else if (listed.Default != null && !Equals(Literal(listed.Default), parameter.DefaultValue))
        {
            yield return "default " + parameter.DefaultValue + ", listed " + listed.Default;
        }

        var attributes = Render(parameter.GetCustomAttributesData());
        if (!attributes.SequenceEqual(listed.Attributes.Order(StringComparer.Ordinal)))
        {
            yield return "attributes [" + string.Join("; ", attributes) + "], listed [" + string.Join("; ", listed.Attributes) + "]";
        }
    }

    private static bool SameParameters(MethodBase method, ApiListing.ApiMember listed)
    {
        var parameters = method.GetParameters();
        return (method is ConstructorInfo) == (listed.Kind == "ctor")
            && parameters.Length == listed.Parameters.Count
            && parameters.Zip(listed.Parameters).All(pair => Resolve(pair.Second.Type) == pair.First.ParameterType);
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName,
        PropertyInfo property => property.GetAccessors().Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        EventInfo => true,
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static Type? Resolve(string name)
    {
        name = name.TrimEnd('?', '!');
        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            return Resolve(name[..^2])?.MakeArrayType();
        }

        return Keywords.TryGetValue(name, out var keyword) ? keyword : Shim.GetType(name) ?? Type.GetType(name);
    }

    private static object? Literal(string text) => text switch
    {
        "null" => null,
        "true" => true,
        "false" => false,
        _ when text.StartsWith('"') => Regex.Unescape(text[1..^1]),
        _ => text,
    };

    /// <summary>The attributes the listing records (those the compiler reacts to), written as the listing writes them.</summary>
    private static List<string> Render(IEnumerable<CustomAttributeData> attributes) =>
        attributes.Where(a => IsRecorded(a.AttributeType)).Select(Render).Order(StringComparer.Ordinal).ToList();

    private static bool IsRecorded(Type attribute) =>
        attribute == typeof(ObsoleteAttribute)
        || attribute == typeof(AttributeUsageAttribute)
        || attribute == typeof(System.Diagnostics.ConditionalAttribute)
        || attribute == typeof(FlagsAttribute)
        || attribute == typeof(CallerArgumentExpressionAttribute)
        || attribute == typeof(CallerMemberNameAttribute)
        || attribute.Namespace == "System.Diagnostics.CodeAnalysis";

    private static string Render(CustomAttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments.Select(Render)
            .Concat(attribute.NamedArguments.Select(named => named.MemberName + " = " + Render(named.TypedValue)))
            .ToList();
        return attribute.AttributeType.FullName + (arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")");
    }

    private static string Render(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool flag => flag ? "true" : "false",
        Type type => "typeof(" + type.FullName + ")",
        _ when argument.ArgumentType.IsEnum => "(" + argument.ArgumentType.FullName + ")" + Convert.ToInt64(argument.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(argument.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
