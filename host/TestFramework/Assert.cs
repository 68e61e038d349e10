#nullable disable

using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework 3.0.77. A failed assertion throws <see cref="AssertFailedException"/>
    /// with the message format of the real framework ("Assert.X failed. ..."). Comparisons that the device does by type
    /// (IsInstanceOfType, ThrowsException) match the exact type, not derived types, as on the device.
    /// </summary>
    public sealed partial class Assert
    {
        private const string NullText = "(null)";
        private const string ObjectText = "(object)";

        public static void AreNotSame(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("Assert.AreNotSame", message);
            }
        }

        public static void AreSame(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (ReferenceEquals(expected, actual))
            {
                return;
            }

            if (expected is ValueType || actual is ValueType)
            {
                Fail("Assert.AreSame", "Do not pass value types to AreSame(). Values converted to Object will never be the same. Consider using AreEqual(). " + message);
            }

            Fail("Assert.AreSame", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
        }

        public static void Contains(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(expected, nameof(expected), "Assert.Contains");
            RequireNotNull(value, nameof(value), "Assert.Contains");
            if (!value.Contains(expected, StringComparison.Ordinal))
            {
                Fail("Assert.Contains", "'" + value + "' does not contain '" + expected + "'. " + message);
            }
        }

        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(notExpected, nameof(notExpected), "Assert.DoesNotContains");
            RequireNotNull(value, nameof(value), "Assert.DoesNotContains");
            if (value.Contains(notExpected, StringComparison.Ordinal))
            {
                Fail("Assert.DoesNotContains", "'" + value + "' should not contain '" + notExpected + "'. " + message);
            }
        }

        public static void EndsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(expected, nameof(expected), "Assert.EndsWith");
            RequireNotNull(value, nameof(value), "Assert.EndsWith");
            if (!value.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("Assert.EndsWith", "'" + value + "' does not end with '" + expected + "'. " + message);
            }
        }

        public static void StartsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(expected, nameof(expected), "Assert.StartsWith");
            RequireNotNull(value, nameof(value), "Assert.StartsWith");
            if (!value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("Assert.StartsWith", "'" + value + "' does not start with '" + expected + "'. " + message);
            }
        }

        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (condition)
            {
                Fail("Assert.IsFalse", message);
            }
        }

        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (!condition)
            {
                Fail("Assert.IsTrue", message);
            }
        }

        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(expected, nameof(expected), "Assert.IsInstanceOfType");

            // The device compares the exact type: a derived type does not pass.
            if (value == null || value.GetType() != expected)
            {
                Fail("Assert.IsInstanceOfType", "Expected type:<" + expected + ">. Actual type:<" + Show(value?.GetType()) + ">. " + message);
            }
        }

        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            RequireNotNull(notExpected, nameof(notExpected), "Assert.IsNotInstanceOfType");
            if (value != null && value.GetType() == notExpected)
            {
                Fail("Assert.IsNotInstanceOfType", "Wrong type:<" + notExpected + ">. Actual type:<" + value.GetType() + ">. " + message);
            }
        }

        public static void IsNotNull([NotNull] object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value == null)
            {
                Fail("Assert.IsNotNull", message);
            }
        }

        public static void IsNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value != null)
            {
                Fail("Assert.IsNull", "Actual:<" + Show(value) + ">. " + message);
            }
        }

        [DoesNotReturn]
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message);
        }

        /// <summary>Passes only when <paramref name="action"/> throws exactly <paramref name="exception"/> (not a derived type).</summary>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression(nameof(action))] string message = "")
        {
            RequireNotNull(action, nameof(action), "Assert.ThrowsException");
            RequireNotNull(exception, nameof(exception), "Assert.ThrowsException");
            try
            {
                action();
            }
            catch (Exception ex)
            {
                if (ex.GetType() == exception)
                {
                    return;
                }

                Fail("Assert.ThrowsException", "Threw exception " + ex.GetType().Name + ", but exception " + exception.Name + " was expected. " + message + "\r\nException Message: " + ex.Message);
            }

            Fail("Assert.ThrowsException", "No exception thrown. " + exception.Name + " exception was expected. " + message);
        }

        [DoesNotReturn]
        internal static void Fail(string assertion, string message)
        {
            string text = string.IsNullOrEmpty(message) ? string.Empty : ReplaceNullChars(message);
            throw new AssertFailedException(assertion + " failed. " + text);
        }

        internal static void RequireNotNull(object value, string parameter, string assertion)
        {
            if (value == null)
            {
                Fail(assertion, "The parameter '" + parameter + "' is invalid. The value cannot be null.");
            }
        }

        internal static string Show(object value)
        {
            if (value == null)
            {
                return NullText;
            }

            string text;
            try
            {
                text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
            }
            catch (NotImplementedException)
            {
                text = null;
            }

            return ReplaceNullChars(text ?? ObjectText);
        }

        [DoesNotReturn]
        private static void FailAreEqual(object expected, object actual, string message)
        {
            Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
        }

        [DoesNotReturn]
        private static void FailAreNotEqual(object notExpected, object actual, string message)
        {
            Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">. " + message);
        }

        private static string ReplaceNullChars(string text)
        {
            return string.IsNullOrEmpty(text) ? text : text.Replace("\0", "\\0", StringComparison.Ordinal);
        }
    }
}
