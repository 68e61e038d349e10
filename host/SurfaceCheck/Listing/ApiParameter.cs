namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A <c>param</c> line.</summary>
    public sealed class ApiParameter
    {
        /// <summary>Creates a parameter.</summary>
        public ApiParameter(IReadOnlyList<string> modifiers, TypeReference type, string name, string? defaultLiteral)
        {
            Modifiers = modifiers;
            Type = type;
            Name = name;
            DefaultLiteral = defaultLiteral;
        }

        /// <summary><c>this</c>, <c>ref</c>, <c>out</c>, <c>in</c>, <c>params</c>.</summary>
        public IReadOnlyList<string> Modifiers { get; }

        /// <summary>Parameter type.</summary>
        public TypeReference Type { get; }

        /// <summary>Parameter name.</summary>
        public string Name { get; }

        /// <summary>Default value literal of an optional parameter, or null.</summary>
        public string? DefaultLiteral { get; }

        /// <summary>Attribute lines (<c>attr</c>) of the parameter, without the keyword.</summary>
        public List<string> Attributes { get; } = [];
    }
}
