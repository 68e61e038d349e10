namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A member line of a type (§4, §6), with the param/where/attr lines that follow it.</summary>
    public sealed class ApiMember
    {
        /// <summary>Creates a member.</summary>
        public ApiMember(ApiMemberKind kind, int line)
        {
            Kind = kind;
            Line = line;
        }

        /// <summary>The member keyword.</summary>
        public ApiMemberKind Kind { get; }

        /// <summary>Line number in the listing file.</summary>
        public int Line { get; }

        /// <summary><c>public</c>, <c>protected</c>, <c>protectedinternal</c>, <c>internal</c>, <c>private</c>, or empty.</summary>
        public string Access { get; set; } = "";

        /// <summary><c>static abstract virtual override sealed new readonly volatile</c>, as listed.</summary>
        public List<string> Modifiers { get; } = [];

        /// <summary>Empty, <c>ref</c> or <c>ref readonly</c> for by-reference returns.</summary>
        public string RefKind { get; set; } = "";

        /// <summary>Field, property, event or return type; operator result; null for constructors and finalizers.</summary>
        public TypeReference? Type { get; set; }

        /// <summary>Member name; the metadata name of an indexer or operator; empty for constructors.</summary>
        public string Name { get; set; } = "";

        /// <summary>Type parameters of a generic method.</summary>
        public List<ApiTypeParameter> TypeParameters { get; } = [];

        /// <summary>The interface of an explicit implementation.</summary>
        public TypeReference? Interface { get; set; }

        /// <summary>Accessors of a property or indexer.</summary>
        public List<ApiAccessor> Accessors { get; } = [];

        /// <summary>Value literal of a constant or enum value.</summary>
        public string? Literal { get; set; }

        /// <summary>C# token of an operator (<c>==</c>, <c>implicit</c>, ...).</summary>
        public string? OperatorToken { get; set; }

        /// <summary>Parameters in order.</summary>
        public List<ApiParameter> Parameters { get; } = [];

        /// <summary>Attribute lines of the member, without the keyword.</summary>
        public List<string> Attributes { get; } = [];

        /// <summary>Return attribute lines of a method or invoke.</summary>
        public List<string> ReturnAttributes { get; } = [];

        /// <summary>Constraints of the method's type parameters.</summary>
        public List<ApiConstraint> Constraints { get; } = [];

        /// <summary>True when the member has the given modifier.</summary>
        public bool Has(string modifier) => Modifiers.Contains(modifier);
    }
}
