namespace Telemetry.SurfaceCheck.Listing
{
    /// <summary>A listing file that does not follow the <c>nfapi 1</c> format.</summary>
    public sealed class ListingFormatException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ListingFormatException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        public ListingFormatException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and the cause.</summary>
        public ListingFormatException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
