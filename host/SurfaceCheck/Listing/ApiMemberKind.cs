namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>The member line keywords of §4 and §6.</summary>
    public enum ApiMemberKind
    {
        /// <summary><c>const</c>.</summary>
        Constant,

        /// <summary><c>field</c>.</summary>
        Field,

        /// <summary><c>ctor</c> (any access, including the non-public ones of §6).</summary>
        Constructor,

        /// <summary><c>finalizer</c>.</summary>
        Finalizer,

        /// <summary><c>method</c>.</summary>
        Method,

        /// <summary><c>property</c>.</summary>
        Property,

        /// <summary><c>indexer</c>.</summary>
        Indexer,

        /// <summary><c>event</c>.</summary>
        Event,

        /// <summary><c>operator</c> (also conversions).</summary>
        Operator,

        /// <summary><c>enumvalue</c>.</summary>
        EnumValue,

        /// <summary><c>structfield</c>: a non-public instance field of a struct.</summary>
        StructField,

        /// <summary><c>explicit method</c>.</summary>
        ExplicitMethod,

        /// <summary><c>explicit property</c>.</summary>
        ExplicitProperty,

        /// <summary><c>explicit indexer</c>.</summary>
        ExplicitIndexer,

        /// <summary><c>explicit event</c>.</summary>
        ExplicitEvent,

        /// <summary><c>invoke</c>: the signature of a delegate type.</summary>
        Invoke,
    }
}
