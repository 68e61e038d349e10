namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>Nullable reference annotation of a type in the listing (§1.1).</summary>
    public enum NullableMark
    {
        /// <summary>No mark: nullable-oblivious.</summary>
        None,

        /// <summary><c>?</c>: may be null.</summary>
        Annotated,

        /// <summary><c>!</c>: not annotated in a nullable-aware context.</summary>
        NotAnnotated,
    }
}
