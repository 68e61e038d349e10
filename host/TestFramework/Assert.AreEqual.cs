#nullable disable

using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(char expected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(double expected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(float expected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(long expected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(short expected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(string expected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!expected.Equals(actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }
    }
}
