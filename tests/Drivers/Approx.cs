using System;
using nanoFramework.TestFramework;

namespace Telemetry.Tests.Drivers
{
    /// <summary>Floating-point comparison with a tolerance (the framework's AreEqual for double has none).</summary>
    public static class Approx
    {
        /// <summary>Fails unless |expected - actual| &lt;= tolerance.</summary>
        public static void Equal(double expected, double actual, double tolerance, string what)
        {
            Assert.IsTrue(
                Math.Abs(expected - actual) <= tolerance,
                what + ": expected " + expected.ToString() + " +/- " + tolerance.ToString() + ", got " + actual.ToString());
        }
    }
}
