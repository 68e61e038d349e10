using Telemetry.SurfaceCheck.Listing;
using Telemetry.SurfaceCheck.Stubs;
using Xunit;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>The nfapi 1 reader attaches detail lines as the README says, and the writer renders them as compilable C#.</summary>
    public class ListingReaderTests
    {
        private const string Listing = """
            nfapi 1
            assembly Sample.Lib 1.2.0.0
            package Sample.Lib 1.2.*
            reference mscorlib 1.17.11.0 c07d481e9758c731
            attr System.CLSCompliantAttribute(false)
            namespace Sample
            type public sealed class Sample.Widget
            base object
            implements System.IDisposable
            attr System.ObsoleteAttribute("Use Gadget", true)
            ctor internal
            param int pin
            const public float Limit = 3.4028235E+38
            property public int Count get set:internal
            indexer public byte Cells get
            param int index
            method public static string Format
            attr System.CLSCompliantAttribute(false)
            param string format
            param params object[] args
            method public void Write
            param string? text
            attr System.Diagnostics.CodeAnalysis.NotNullAttribute
            param Sample.Widget+Mode mode = 1
            explicit method void System.IDisposable Dispose
            type public enum Sample.Widget+Mode
            underlying byte
            enumvalue Off = 0
            enumvalue On = 1
            type public delegate System.Func2<in T,out TResult>
            invoke TResult
            param T arg

            """;

        [Fact]
        public void DetailLinesAttachToTheirTypeMemberOrParameter()
        {
            ApiListing listing = ApiListingReader.Parse(Listing, "Sample.Lib.api");

            Assert.Equal(("Sample.Lib", "1.2.0.0", "Sample.Lib", "1.2.*"), (listing.AssemblyName, listing.AssemblyVersion, listing.PackageId, listing.PackageVersion));
            Assert.Equal(["System.CLSCompliantAttribute(false)"], listing.AssemblyAttributes);
            ApiType widget = listing.Types[0];
            Assert.Equal(("Sample", "Widget", "Sample.Widget"), (widget.Namespace, widget.Name, widget.Key));
            Assert.Equal(["System.ObsoleteAttribute(\"Use Gadget\", true)"], widget.Attributes);

            ApiMember format = widget.Members.Single(m => m.Name == "Format");
            Assert.Equal(["System.CLSCompliantAttribute(false)"], format.Attributes);
            Assert.Equal(["params"], format.Parameters[1].Modifiers);

            ApiMember write = widget.Members.Single(m => m.Name == "Write");
            Assert.Empty(write.Attributes);
            Assert.Equal(["System.Diagnostics.CodeAnalysis.NotNullAttribute"], write.Parameters[0].Attributes);
            Assert.Equal("1", write.Parameters[1].DefaultLiteral);

            ApiMember count = widget.Members.Single(m => m.Name == "Count");
            Assert.Equal([new ApiAccessor("get", null, false), new ApiAccessor("set", "internal", false)], count.Accessors);
            Assert.Equal("Cells", widget.Members.Single(m => m.Kind == ApiMemberKind.Indexer).Name);

            ApiType func = listing.Types[2];
            Assert.Equal("System.Func2`2", func.Key);
            Assert.Equal([new ApiTypeParameter("in", "T"), new ApiTypeParameter("out", "TResult")], func.TypeParameters);
            Assert.Equal("arg", Assert.Single(func.Invoke!.Parameters).Name);
            Assert.Equal("Sample.Widget", listing.Types[1].ParentKey);
        }

        [Fact]
        public void WildcardPackageVersionMatchesAnyPatch()
        {
            ApiListing listing = ApiListingReader.Parse(Listing, "Sample.Lib.api");

            Assert.True(listing.MatchesPackageVersion("1.2.1016"));
            Assert.True(listing.MatchesPackageVersion("1.2.0"));
            Assert.False(listing.MatchesPackageVersion("1.3.0"));
            Assert.False(listing.MatchesPackageVersion("1.2"));
            Assert.False(listing.MatchesPackageVersion("1.2.1-preview"));
        }

        [Fact]
        public void MalformedLinesNameTheFileAndLine()
        {
            var error = Assert.Throws<ListingFormatException>(() => ApiListingReader.Parse("nfapi 1\nassembly X 1.0.0.0\npackage X 1.0.0\nwidget public X\n", "X.api"));

            Assert.StartsWith("X.api(4): ", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("int", "int", "5", "(int)(5)")]
        [InlineData("float", "float", "3.4028235E+38", "3.4028235E+38F")]
        [InlineData("double", "double", "NaN", "(double)(0.0 / 0.0)")]
        [InlineData("long", "long", "-9223372036854775808", "(long)(-9223372036854775808)")]
        [InlineData("System.IO.Ports.Parity", "global::System.IO.Ports.Parity", "0", "(global::System.IO.Ports.Parity)(0)")]
        [InlineData("System.Threading.CancellationToken", "global::System.Threading.CancellationToken", "default", "default(global::System.Threading.CancellationToken)")]
        [InlineData("string", "string", "\"a b\"", "\"a b\"")]
        [InlineData("char", "char", "'\\uffff'", "'\\uffff'")]
        public void TypesAndLiteralsRenderAsCSharp(string type, string expectedType, string literal, string expectedLiteral)
        {
            TypeReference parsed = TypeReference.Parse(type);

            Assert.Equal(expectedType, parsed.ToCSharp());
            Assert.Equal(expectedLiteral, StubSourceWriter.LiteralText(parsed, literal));
        }

        [Theory]
        [InlineData("System.Action<int,string>", "global::System.Action<int, string>")]
        [InlineData("nanoFramework.Hardware.Esp32.Sleep+WakeupGpioPin", "global::nanoFramework.Hardware.Esp32.Sleep.WakeupGpioPin")]
        [InlineData("int[][,]", "int[][,]")]
        [InlineData("byte*", "byte*")]
        [InlineData("string?[]", "string?[]")]
        [InlineData("string!", "string")]
        [InlineData("TResult", "TResult")]
        public void TypeReferencesRenderAsCSharp(string listed, string expected)
        {
            Assert.Equal(expected, TypeReference.Parse(listed).ToCSharp());
        }

        [Fact]
        public void AttributeArgumentsAreQualifiedButStringsAreNot()
        {
            Assert.Equal(
                "global::System.AttributeUsageAttribute((global::System.AttributeTargets)2048, AllowMultiple = false)",
                StubSourceWriter.AttributeText("System.AttributeUsageAttribute((System.AttributeTargets)2048, AllowMultiple = false)"));
            Assert.Equal(
                "global::System.ObsoleteAttribute(\"Use System.Foo instead\", true)",
                StubSourceWriter.AttributeText("System.ObsoleteAttribute(\"Use System.Foo instead\", true)"));
        }

        [Fact]
        public void HandWrittenListingCompilesAgainstTheCoreLibraryStub()
        {
            ApiListingSet real = CheckPaths.Stubs.Listings;
            ApiListing sample = ApiListingReader.Parse(Listing, "Sample.Lib.api");
            ApiListingSet set = ApiListingSet.FromListings("memory", [real.FindAssembly("mscorlib")!, sample]);

            StubAssemblySet stubs = StubAssemblySet.Compile(set);

            StubAssembly stub = stubs.Find("Sample.Lib")!;
            Assert.True(stub.Errors.Count == 0, string.Join('\n', stub.Errors) + "\n" + stub.Source);
            Assert.Contains("internal Widget(int pin) => throw null;", stub.Source, StringComparison.Ordinal);
            Assert.Contains("public int Count { get => throw null; internal set => throw null; }", stub.Source, StringComparison.Ordinal);
            Assert.Contains("[global::System.Runtime.CompilerServices.IndexerNameAttribute(\"Cells\")]", stub.Source, StringComparison.Ordinal);
            Assert.Contains("global::Sample.Widget.Mode mode = (global::Sample.Widget.Mode)(1)", stub.Source, StringComparison.Ordinal);
            Assert.Contains("void global::System.IDisposable.Dispose() => throw null;", stub.Source, StringComparison.Ordinal);
            Assert.Contains("public delegate TResult Func2<in T, out TResult>(T arg);", stub.Source, StringComparison.Ordinal);
        }
    }
}
