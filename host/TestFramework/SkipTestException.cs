#nullable disable

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Thrown to skip a test; thrown from a [Setup] method it skips the whole class.</summary>
    public class SkipTestException : Exception
    {
        public SkipTestException(string message = null, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
