#nullable disable

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Array comparison as the device framework does it.</summary>
    public static class TestExtensions
    {
        /// <summary>
        /// True when both arrays have the same length and, element by element, the same type and value
        /// (primitives by value, NaN never equal, other objects by reference, as on the device).
        /// </summary>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!ElementsEqual(a.GetValue(i), b.GetValue(i)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ElementsEqual(object x, object y)
        {
            if (x == null || y == null)
            {
                return x == y;
            }

            if (x.GetType() != y.GetType())
            {
                return false;
            }

            if (x is double xd)
            {
                return xd == (double)y;
            }

            if (x is float xf)
            {
                return xf == (float)y;
            }

            return x.GetType().IsPrimitive ? x.Equals(y) : ReferenceEquals(x, y);
        }
    }
}
