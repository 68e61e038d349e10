namespace Telemetry.SurfaceCheck.Stubs
{
    /// <summary>A generated stub did not compile: the generator or the listing is wrong, so no check can be trusted.</summary>
    public sealed class StubCompilationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public StubCompilationException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        public StubCompilationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and the cause.</summary>
        public StubCompilationException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
