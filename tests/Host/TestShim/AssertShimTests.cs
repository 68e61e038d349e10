using nanoFramework.TestFramework;
using TestFrameworkShared;
using Xunit;
using NanoAssert = nanoFramework.TestFramework.Assert;

namespace Telemetry.HostTests.TestShim;

/// <summary>The shim's assertions behave like the real framework's: messages, exact-type checks, element-wise comparison.</summary>
public class AssertShimTests
{
    [Fact]
    public void AreEqualFailsWithExpectedActualAndTheCallersExpression()
    {
        int actual = 2;

        var failure = Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual(1, actual));

        Xunit.Assert.Equal("Assert.AreEqual failed. Expected:<1>. Actual:<2>. actual", failure.Message);
    }

    [Fact]
    public void StringsCompareOrdinally()
    {
        Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual("a\0", "a", "nul"));
        Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual("e\u0301", "\u00e9", "unnormalized"));
        NanoAssert.AreEqual("MQTT", new string(['M', 'Q', 'T', 'T']));
    }

    [Fact]
    public void NumbersCompareLikeTheDevice()
    {
        NanoAssert.AreEqual(double.NaN, double.NaN, "Equals treats NaN as equal");
        NanoAssert.AreNotEqual(1L, 2L);
        var failure = Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual(0.5, 0.25, "half"));
        Xunit.Assert.Equal("Assert.AreEqual failed. Expected:<0.5>. Actual:<0.25>. half", failure.Message);
    }

    [Fact]
    public void TypeChecksAcceptTheExactTypeOnly()
    {
        NanoAssert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentNullException));
        Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentException)));
        Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.IsInstanceOfType(null!, typeof(object)));
        NanoAssert.IsNotInstanceOfType(new ArgumentNullException(), typeof(ArgumentException));
    }

    [Fact]
    public void ThrowsExceptionWantsExactlyTheGivenType()
    {
        NanoAssert.ThrowsException(typeof(InvalidOperationException), () => throw new InvalidOperationException());

        var derived = Xunit.Assert.Throws<AssertFailedException>(
            () => NanoAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("x")));
        Xunit.Assert.StartsWith("Assert.ThrowsException failed. Threw exception ArgumentNullException, but exception ArgumentException was expected.", derived.Message, StringComparison.Ordinal);

        var none = Xunit.Assert.Throws<AssertFailedException>(() => NanoAssert.ThrowsException(typeof(ArgumentException), () => { }));
        Xunit.Assert.StartsWith("Assert.ThrowsException failed. No exception thrown. ArgumentException exception was expected.", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipTestThrowsSkipTestException()
    {
        var skip = Xunit.Assert.Throws<SkipTestException>(() => NanoAssert.SkipTest("later"));

        Xunit.Assert.Equal("later", skip.Message);
    }

    [Fact]
    public void CollectionAssertComparesElementByElement()
    {
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 });

        var element = Xunit.Assert.Throws<AssertFailedException>(() => CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 9, 3 }));
        Xunit.Assert.Contains("Element at index 1 do not match. Expected:<2>. Actual:<9>.", element.Message, StringComparison.Ordinal);

        var count = Xunit.Assert.Throws<AssertFailedException>(() => CollectionAssert.AreEqual(new byte[] { 1 }, new byte[] { 1, 2 }));
        Xunit.Assert.Contains("Different number of elements.", count.Message, StringComparison.Ordinal);

        Xunit.Assert.Throws<AssertFailedException>(() => CollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 1, 2 }));
        Xunit.Assert.Throws<AssertFailedException>(() => CollectionAssert.Empty(new[] { 1 }));
        Xunit.Assert.Throws<AssertFailedException>(() => CollectionAssert.NotEmpty(Array.Empty<int>()));
    }

    [Fact]
    public void SequenceEqualComparesPrimitivesByValueAndObjectsByReference()
    {
        // Called by name: with System.Linq in scope, a.SequenceEqual(b) would bind to Enumerable.SequenceEqual.
        Xunit.Assert.True(TestExtensions.SequenceEqual(new[] { 1, 2 }, new[] { 1, 2 }));
        Xunit.Assert.False(TestExtensions.SequenceEqual(new[] { 1, 2 }, new long[] { 1, 2 }));
        Xunit.Assert.False(TestExtensions.SequenceEqual(new[] { double.NaN }, new[] { double.NaN }));
        Xunit.Assert.False(TestExtensions.SequenceEqual(new[] { new string('a', 2) }, new[] { new string('a', 2) }));
        Xunit.Assert.False(TestExtensions.SequenceEqual(new[] { 1 }, null!));
    }

    [Fact]
    public void ADataRowNeedsAtLeastOneValue()
    {
        Xunit.Assert.Throws<ArgumentException>(() => new DataRowAttribute());
        Xunit.Assert.Throws<ArgumentNullException>(() => new DataRowAttribute(null!));
        Xunit.Assert.Equal([1, "a"], new DataRowAttribute(1, "a").MethodParameters);
    }

    [Fact]
    public void HelperDropsTestMethodWhenDataRowsExist()
    {
        var row = new DataRowAttribute(1);
        object[] both = [new TestMethodAttribute(), row];
        object[] only = [new TestMethodAttribute()];

        Xunit.Assert.Equal([row], Helper.RemoveTestMethodIfDataRowExists(both));
        Xunit.Assert.Same(only, Helper.RemoveTestMethodIfDataRowExists(only));
    }
}
