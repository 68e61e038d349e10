using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Telemetry.SurfaceCheck.Listing;
using Telemetry.SurfaceCheck.Stubs;
using Xunit;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>Every listing file turns into a stub that compiles, has the real identity and the listed API.</summary>
    public class StubGenerationTests
    {
        private static readonly Lazy<StubAssemblySet> Compiled = new(() => StubAssemblySet.Compile(ApiListingSet.Load(CheckPaths.ApiDirectory)));

        public static TheoryData<string> ListingFiles()
        {
            var data = new TheoryData<string>();
            foreach (string file in Directory.GetFiles(CheckPaths.ApiDirectory, "*.api").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ListingFiles))]
        public void EveryListingFileProducesAnErrorFreeStub(string fileName)
        {
            StubAssembly stub = Assert.Single(Compiled.Value.Assemblies, a => Path.GetFileName(a.Listing.FilePath) == fileName);

            Assert.True(stub.Errors.Count == 0, fileName + ":\n" + string.Join('\n', stub.Errors));
            Assert.NotNull(stub.Image);
        }

        [Fact]
        public void EveryListedAssemblyIsStubbedOnce()
        {
            string[] listed = Directory.GetFiles(CheckPaths.ApiDirectory, "*.api");
            Assert.NotEmpty(listed);
            Assert.Equal(listed.Length, Compiled.Value.Assemblies.Count);
            Assert.Equal(
                listed.Select(Path.GetFileName).Order(StringComparer.Ordinal),
                Compiled.Value.Assemblies.Select(a => Path.GetFileName(a.Listing.FilePath)).Order(StringComparer.Ordinal));
            Assert.True(Compiled.Value.Succeeded);
            Assert.Equal("mscorlib", Compiled.Value.Assemblies[0].Name);
        }

        [Theory]
        [MemberData(nameof(ListingFiles))]
        public void StubIdentityEqualsTheListedIdentity(string fileName)
        {
            StubAssembly stub = Assert.Single(Compiled.Value.Assemblies, a => Path.GetFileName(a.Listing.FilePath) == fileName);
            AssemblyIdentity identity = stub.Identity;

            Assert.Equal(stub.Listing.AssemblyName, identity.Name);
            Assert.Equal(Version.Parse(stub.Listing.AssemblyVersion), identity.Version);
            string token = identity.PublicKeyToken.IsDefaultOrEmpty ? "" : Convert.ToHexStringLower(identity.PublicKeyToken.AsSpan());
            Assert.Equal(stub.Listing.PublicKeyToken ?? "", token);
        }

        [Fact]
        public void LoadFailsLoudlyWhenTheListingFolderIsMissing()
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => StubAssemblySet.Load(Path.Combine(Path.GetTempPath(), "no-such-listing-" + Guid.NewGuid())));

            Assert.Contains("listing folder not found", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void SerialPortReadTakesBufferOffsetCount()
        {
            INamedTypeSymbol serialPort = Type("System.IO.Ports.SerialPort");

            Assert.Contains(Methods(serialPort, "Read"), m => Signature(m) == "int(byte[], int, int)");
            Assert.Contains(serialPort.GetMembers("DataReceived"), m => m is IEventSymbol);
        }

        [Fact]
        public void Utf8EncodesIntoACallerBufferButHasNoGetStringOfAWholeArray()
        {
            INamedTypeSymbol encoding = Type("System.Text.Encoding");

            Assert.Contains(encoding.GetMembers("UTF8"), m => m is IPropertySymbol { IsStatic: true });
            Assert.Contains(Methods(encoding, "GetBytes"), m => Signature(m) == "int(string, int, int, byte[], int)");
            Assert.Contains(Methods(encoding, "GetString"), m => Signature(m) == "string(byte[], int, int)");
            Assert.DoesNotContain(Methods(encoding, "GetString"), m => Signature(m) == "string(byte[])");
        }

        [Fact]
        public void CoreLibraryShapesAreKept()
        {
            INamedTypeSymbol spanByte = Type("System.SpanByte");
            Assert.True(spanByte.IsRefLikeType);
            Assert.True(spanByte.IsReadOnly);

            INamedTypeSymbol text = Type("System.String");
            Assert.Contains(text.GetMembers(), m => m is IPropertySymbol { IsIndexer: true, MetadataName: "Chars" });
            Assert.DoesNotContain(Methods(text, "Join"), _ => true);
            Assert.Contains(Methods(text, "Format"), m => Signature(m) == "string(string, params object[])");

            IMethodSymbol writeLine = Assert.Single(Methods(Type("System.Diagnostics.Debug"), "WriteLine"), m => m.Parameters.Length == 1);
            Assert.Contains(writeLine.GetAttributes(), a => a.AttributeClass?.Name == "ConditionalAttribute" && (string?)a.ConstructorArguments[0].Value == "DEBUG");

            Assert.Contains(Type("System.AttributeTargets").GetAttributes(), a => a.AttributeClass?.Name == "FlagsAttribute");
            Assert.Null(Compilation().GetTypeByMetadataName("System.Decimal"));
            Assert.Null(Compilation().GetTypeByMetadataName("System.Nullable`1"));
            Assert.NotNull(Compilation().GetTypeByMetadataName("System.Action`1"));
        }

        [Fact]
        public void NonPublicConstructorsAndHiddenAccessorsStayHidden()
        {
            INamedTypeSymbol gpioPin = Type("System.Device.Gpio.GpioPin");
            IMethodSymbol constructor = Assert.Single(gpioPin.InstanceConstructors);
            Assert.Equal(Accessibility.Internal, constructor.DeclaredAccessibility);

            var numbering = (IPropertySymbol)Type("System.Device.Gpio.GpioController").GetMembers("NumberingScheme").Single();
            Assert.Equal(Accessibility.Internal, numbering.SetMethod?.DeclaredAccessibility);
        }

        [Fact]
        public void OptionalValuesAndCallerArgumentExpressionAreKept()
        {
            IMethodSymbol connect = Assert.Single(Methods(Type("nanoFramework.Networking.WifiNetworkHelper"), "ConnectDhcp"), m => m.Parameters.Length == 6);
            Assert.True(connect.Parameters[3].HasExplicitDefaultValue);
            Assert.Equal(false, connect.Parameters[3].ExplicitDefaultValue);

            IMethodSymbol throwIfNull = Assert.Single(Methods(Type("System.ArgumentNullException"), "ThrowIfNull"));
            Assert.Contains(throwIfNull.Parameters[1].GetAttributes(), a => a.AttributeClass?.Name == "CallerArgumentExpressionAttribute");
        }

        [Fact]
        public void BmeSensorReadsUnitsNetValues()
        {
            INamedTypeSymbol bme280 = Type("Iot.Device.Bmxx80.Bme280");
            Assert.Contains(bme280.InstanceConstructors, c => c.Parameters.Length == 1 && c.Parameters[0].Type.Name == "I2cDevice");
            Assert.True(Type("UnitsNet.Temperature").IsValueType);
            Assert.Contains(Type("UnitsNet.Temperature").GetMembers("DegreesCelsius"), m => m is IPropertySymbol);
        }

        // Imports non-public members too, so the probes can see internal constructors and accessors.
        private static CSharpCompilation Compilation() => CSharpCompilation.Create(
            "Probe",
            references: CheckPaths.Stubs.Assemblies.Select(a => a.Reference),
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithMetadataImportOptions(MetadataImportOptions.All));

        private static INamedTypeSymbol Type(string metadataName)
        {
            INamedTypeSymbol? type = Compilation().GetTypeByMetadataName(metadataName);
            Assert.True(type is not null, metadataName + " is not in the stubs");
            return type;
        }

        private static IEnumerable<IMethodSymbol> Methods(INamedTypeSymbol type, string name) =>
            type.GetMembers(name).OfType<IMethodSymbol>();

        private static string Signature(IMethodSymbol method) =>
            method.ReturnType.ToDisplayString() + "(" + string.Join(", ", method.Parameters.Select(p => (p.IsParams ? "params " : "") + p.Type.ToDisplayString())) + ")";
    }
}
