#nullable disable

using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (string.Equals(notExpected, actual, StringComparison.Ordinal))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (notExpected.Equals(actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }
    }
}
