#nullable disable

using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions over collections; equality means the same count and element by element <c>object.Equals</c>.</summary>
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string reason = Compare(expected, actual);
            if (reason != null)
            {
                Assert.Fail("CollectionAssert.AreEqual", reason + " " + message);
            }
        }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (Compare(notExpected, actual) == null)
            {
                string reason = ReferenceEquals(notExpected, actual)
                    ? "Both collection references point to the same collection object."
                    : "Both collection contain same elements.";
                Assert.Fail("CollectionAssert.AreNotEqual", reason + " " + message);
            }
        }

        public static void Empty(ICollection collection, string message = "")
        {
            Assert.RequireNotNull(collection, nameof(collection), "CollectionAssert.Empty");
            if (collection.Count != 0)
            {
                Assert.Fail("CollectionAssert.Empty", "Count:<" + collection.Count + ">. " + message);
            }
        }

        public static void NotEmpty(ICollection collection, string message = "")
        {
            Assert.RequireNotNull(collection, nameof(collection), "CollectionAssert.NotEmpty");
            if (collection.Count == 0)
            {
                Assert.Fail("CollectionAssert.NotEmpty", message);
            }
        }

        /// <summary>Returns null when the collections are equal, otherwise why they differ.</summary>
        private static string Compare(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }

            if (expected == null || actual == null)
            {
                return "Expected:<" + Assert.Show(expected) + ">. Actual:<" + Assert.Show(actual) + ">.";
            }

            if (expected.Count != actual.Count)
            {
                return "Different number of elements. Expected:<" + expected.Count + ">. Actual:<" + actual.Count + ">.";
            }

            IEnumerator left = expected.GetEnumerator();
            IEnumerator right = actual.GetEnumerator();
            int index = 0;
            while (left.MoveNext() && right.MoveNext())
            {
                if (!Equals(left.Current, right.Current))
                {
                    return "Element at index " + index + " do not match. Expected:<" + Assert.Show(left.Current) + ">. Actual:<" + Assert.Show(right.Current) + ">.";
                }

                index++;
            }

            return null;
        }
    }
}
