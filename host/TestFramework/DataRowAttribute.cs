#nullable disable

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>One set of arguments for a test method; the launcher runs the method once per row.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters)
        {
            if (methodParameters == null)
            {
                throw new ArgumentNullException(nameof(methodParameters), "methodParameters can not be null");
            }

            if (methodParameters.Length == 0)
            {
                throw new ArgumentException("methodParameters can not be empty", nameof(methodParameters));
            }

            MethodParameters = methodParameters;
        }

        public object[] MethodParameters { get; }
    }
}
