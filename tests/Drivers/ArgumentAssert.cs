using System;
using nanoFramework.TestFramework;

namespace Telemetry.Tests.Drivers
{
    /// <summary>Asserts that an action throws an ArgumentException naming the expected parameter.</summary>
    internal static class ArgumentAssert
    {
        public static void ThrowsFor(string expectedParamName, Action action)
        {
            string named = null;
            try
            {
                action();
            }
            catch (ArgumentException e)
            {
                named = e.ParamName;
            }

            Assert.AreEqual(expectedParamName, named, "ArgumentException.ParamName");
        }
    }
}
