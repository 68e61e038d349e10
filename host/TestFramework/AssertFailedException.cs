#nullable disable

using System;

namespace TestFrameworkShared
{
    /// <summary>Thrown by the assertions of <c>nanoFramework.TestFramework</c> when a condition is not met.</summary>
    public class AssertFailedException : Exception
    {
        public AssertFailedException()
        {
        }

        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}
