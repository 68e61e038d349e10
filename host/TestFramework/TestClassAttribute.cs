#nullable disable

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose [TestMethod] and [DataRow] methods the launcher runs (it never constructs the class).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
        {
            return testMethodAttribute;
        }
    }
}
