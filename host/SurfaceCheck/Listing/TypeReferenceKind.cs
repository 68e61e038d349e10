namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>Shape of a <see cref="TypeReference"/>.</summary>
    public enum TypeReferenceKind
    {
        /// <summary>A namespace-qualified type, possibly nested and generic.</summary>
        Named,

        /// <summary>One of the 16 C# keyword types.</summary>
        Keyword,

        /// <summary>A type parameter of the enclosing type or method.</summary>
        TypeParameter,

        /// <summary>An array of <see cref="TypeReference.Element"/>.</summary>
        Array,

        /// <summary>A pointer to <see cref="TypeReference.Element"/>.</summary>
        Pointer,
    }
}
