using System;
using nanoFramework.TestFramework;
using TestFrameworkShared;

namespace Telemetry.Tests.Shim
{
    // Exercises the test framework itself. The same file runs on the device and on the host adapter, so a difference
    // between the two (Setup/Cleanup order, DataRow values, assertion semantics) shows up as a failure on one of them.
    [TestClass]
    public class TestShimTests
    {
        private static int setupRuns;
        private static byte[] sharedBuffer;

        // An instance method on purpose: the launcher calls it without ever constructing the class.
        [Setup]
        public void CreateSharedState()
        {
            setupRuns++;
            sharedBuffer = new byte[] { 1, 2, 3 };
            OutputHelper.WriteLine("Setup created the shared buffer");
        }

        // Runs once, after the last test of the class in this run.
        [Cleanup]
        public static void ReleaseSharedState()
        {
            Assert.AreEqual(1, setupRuns, "Setup must run exactly once before Cleanup");
            Assert.IsNotNull(sharedBuffer, "Cleanup must not run twice");
            sharedBuffer = null;
            setupRuns = 0;
        }

        [TestMethod]
        public void SetupRanOnceBeforeTheTests()
        {
            Assert.AreEqual(1, setupRuns);
            Assert.IsNotNull(sharedBuffer);
            OutputHelper.WriteLine("setup runs: " + setupRuns.ToString());
        }

        [TestMethod]
        [DataRow(7, "7", (byte)7, 49L, false, 3.5)]
        [DataRow(-3, "-3", (byte)253, 9L, true, -1.5)]
        [DataRow(65536, "65536", (byte)0, 4294967296L, false, 32768.0)]
        public void PassesRowValuesWithTheirTypes(int value, string text, byte lowByte, long square, bool negative, double half)
        {
            Assert.AreEqual(text, value.ToString());
            Assert.AreEqual(lowByte, (byte)(value & 0xFF));
            Assert.AreEqual(square, (long)value * value);
            Assert.AreEqual(negative, value < 0);
            Assert.AreEqual(half, value / 2.0);
        }

        [TestMethod]
        public void AssertionsPassOnMatchingValues()
        {
            Assert.AreEqual(3, sharedBuffer.Length);
            Assert.AreNotEqual(2, sharedBuffer.Length);
            Assert.AreEqual("3", sharedBuffer.Length.ToString());
            Assert.IsTrue(sharedBuffer[0] == 1);
            Assert.IsFalse(sharedBuffer[2] == 1);
            Assert.AreSame(sharedBuffer, sharedBuffer);
            Assert.AreNotSame(sharedBuffer, new byte[] { 1, 2, 3 });
            Assert.IsInstanceOfType(sharedBuffer, typeof(byte[]));

            // The type checks compare the exact type: a string is not "an instance of" object here.
            Assert.IsNotInstanceOfType("text", typeof(object));
            Assert.Contains("QT", "MQTT");
            Assert.DoesNotContains("X", "MQTT");
            Assert.StartsWith("MQ", "MQTT");
            Assert.EndsWith("TT", "MQTT");
        }

        [TestMethod]
        public void FailedAssertionsThrowAssertFailedException()
        {
            Assert.ThrowsException(typeof(AssertFailedException), () => Assert.AreEqual(1, 2));
            Assert.ThrowsException(typeof(AssertFailedException), () => Assert.AreEqual("a", "b"));
            Assert.ThrowsException(typeof(AssertFailedException), () => Assert.IsTrue(false));
            Assert.ThrowsException(typeof(AssertFailedException), () => Assert.IsNull(sharedBuffer));
            Assert.ThrowsException(typeof(AssertFailedException), () => CollectionAssert.AreEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 }));
            Assert.ThrowsException(typeof(SkipTestException), () => Assert.SkipTest("inside a test"));
        }

        [TestMethod]
        public void ThrowsExceptionChecksTheExactType()
        {
            Assert.ThrowsException(typeof(IndexOutOfRangeException), () => sharedBuffer[3] = 0);

            // A derived exception type does not satisfy ThrowsException, and neither does no exception at all.
            Assert.ThrowsException(
                typeof(AssertFailedException),
                () => Assert.ThrowsException(typeof(ArgumentException), () => { throw new ArgumentNullException("value"); }));
            Assert.ThrowsException(
                typeof(AssertFailedException),
                () => Assert.ThrowsException(typeof(ArgumentException), () => { }));
        }

        [TestMethod]
        public void CollectionsCompareElementByElement()
        {
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, sharedBuffer);
            CollectionAssert.AreNotEqual(new byte[] { 1, 2, 4 }, sharedBuffer);
            CollectionAssert.AreNotEqual(new byte[] { 1, 2 }, sharedBuffer);
            CollectionAssert.Empty(new byte[0]);
            CollectionAssert.NotEmpty(sharedBuffer);
        }

        [TestMethod]
        public void SkipTestReportsTheTestAsSkipped()
        {
            Assert.AreEqual(1, setupRuns);
            Assert.SkipTest("skipped on purpose: shows how a skipped test is reported");
        }
    }
}
