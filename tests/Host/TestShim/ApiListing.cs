namespace Telemetry.HostTests.TestShim;

/// <summary>
/// A reader for the nanoFramework API listings (format `nfapi 1`, see shared/nanoframework-api/README.md): the types of one
/// assembly with their members, parameters and the attributes the compiler reacts to.
/// </summary>
internal sealed class ApiListing
{
    private static readonly HashSet<string> TypeModifiers = ["static", "abstract", "sealed", "readonly", "ref", "new"];
    private static readonly HashSet<string> MemberModifiers = ["static", "abstract", "virtual", "override", "sealed", "new", "readonly", "volatile"];
    private static readonly HashSet<string> ParameterModifiers = ["this", "ref", "out", "in", "params"];

    public List<ApiType> Types { get; } = [];

    public static ApiListing Load(string path)
    {
        var listing = new ApiListing();
        ApiType? type = null;
        ApiMember? member = null;
        ApiParameter? parameter = null;
        foreach (string line in File.ReadAllLines(path))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string keyword = space < 0 ? line : line[..space];
            string rest = space < 0 ? string.Empty : line[(space + 1)..];
            switch (keyword)
            {
                case "type":
                    type = ParseType(rest);
                    listing.Types.Add(type);
                    member = null;
                    parameter = null;
                    break;
                case "base":
                    type!.Base = rest;
                    break;
                case "attr":
                    (parameter?.Attributes ?? member?.Attributes ?? type?.Attributes)?.Add(rest);
                    break;
                case "param":
                    parameter = ParseParameter(rest);
                    member!.Parameters.Add(parameter);
                    break;
                case "ctor" or "method" or "property" or "field" or "event" or "const" or "indexer" or "operator":
                    member = ParseMember(keyword, rest);
                    type!.Members.Add(member);
                    parameter = null;
                    break;
                default:
                    // Header lines (nfapi, assembly, publickey, reference, namespace) and type details not used here.
                    break;
            }
        }

        return listing;
    }

    private static ApiType ParseType(string text)
    {
        var words = text.Split(' ');
        int next = 1;
        var modifiers = new List<string>();
        while (TypeModifiers.Contains(words[next]))
        {
            modifiers.Add(words[next++]);
        }

        return new ApiType(words[0], modifiers, words[next], string.Join(' ', words.Skip(next + 1)));
    }

    private static ApiMember ParseMember(string kind, string text)
    {
        var words = text.Split(' ');
        int next = 1;
        var modifiers = new List<string>();
        while (next < words.Length && MemberModifiers.Contains(words[next]))
        {
            modifiers.Add(words[next++]);
        }

        if (kind == "ctor")
        {
            return new ApiMember(kind, words[0], modifiers, ".ctor", "void", []);
        }

        return new ApiMember(kind, words[0], modifiers, words[next + 1], words[next], [.. words.Skip(next + 2)]);
    }

    private static ApiParameter ParseParameter(string text)
    {
        string? defaultValue = null;
        int equals = text.IndexOf(" = ", StringComparison.Ordinal);
        if (equals >= 0)
        {
            defaultValue = text[(equals + 3)..];
            text = text[..equals];
        }

        var words = text.Split(' ');
        var modifiers = words.TakeWhile(ParameterModifiers.Contains).ToList();
        return new ApiParameter(modifiers, words[modifiers.Count], words[modifiers.Count + 1], defaultValue);
    }

    public sealed record ApiType(string Access, List<string> Modifiers, string Kind, string Name)
    {
        public string? Base { get; set; }

        public List<string> Attributes { get; } = [];

        public List<ApiMember> Members { get; } = [];
    }

    /// <summary>A member; <see cref="Details"/> holds what follows the name (accessors of a property, token of an operator).</summary>
    public sealed record ApiMember(string Kind, string Access, List<string> Modifiers, string Name, string Type, List<string> Details)
    {
        public List<ApiParameter> Parameters { get; } = [];

        public List<string> Attributes { get; } = [];

        public override string ToString() =>
            Kind + " " + Name + "(" + string.Join(", ", Parameters.Select(p => p.Type + " " + p.Name)) + ")";
    }

    public sealed record ApiParameter(List<string> Modifiers, string Type, string Name, string? Default)
    {
        public List<string> Attributes { get; } = [];
    }
}
