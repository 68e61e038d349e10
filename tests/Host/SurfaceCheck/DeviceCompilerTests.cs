using Telemetry.SurfaceCheck;
using Telemetry.SurfaceCheck.Device;
using Xunit;

namespace Telemetry.HostTests.SurfaceCheck
{
    /// <summary>Device code that cannot run on nanoFramework 1.x fails the check with a clear diagnostic; valid device code passes.</summary>
    public class DeviceCompilerTests
    {
        private static readonly string[] DeviceAssemblies =
        [
            "mscorlib", "nanoFramework.System.Text", "nanoFramework.Runtime.Events", "System.IO.Streams", "System.IO.Ports",
            "System.Device.I2c", "System.Device.Gpio", "nanoFramework.TestFramework", "System.Threading",
        ];

        private static DeviceCompiler Compiler => new(CheckPaths.Stubs);

        public static TheoryData<string, string, string> Rejected() => new()
        {
            { "List<int>", "using System.Collections.Generic;\nclass C\n{\n    List<int> items = new List<int>();\n}", "CS0246" },
            { "List<int> is generic", "using System.Collections.Generic;\nclass C\n{\n    List<int> items;\n}", "NF0001" },
            { "Span<byte>", "using System;\nclass C\n{\n    void M()\n    {\n        Span<byte> s = default;\n    }\n}", "CS0246" },
            { "Encoding.UTF8.GetString(byte[])", "using System.Text;\nclass C\n{\n    string M(byte[] b)\n    {\n        return Encoding.UTF8.GetString(b);\n    }\n}", "CS7036" },
            { "string.Join", "class C\n{\n    string M(string[] a)\n    {\n        return string.Join(\",\", a);\n    }\n}", "CS0117" },
            { "string.Replace", "class C\n{\n    string M(string a)\n    {\n        return a.Replace(\"x\", \"y\");\n    }\n}", "CS1061" },
            { "async method", "class C\n{\n    async void M()\n    {\n    }\n}", "NF0003" },
            { "yield iterator", "using System.Collections;\nclass C\n{\n    IEnumerator M()\n    {\n        yield return 1;\n    }\n}", "NF0002" },
            { "tuple", "class C\n{\n    int M()\n    {\n        var t = (1, 2);\n        return t.Item1;\n    }\n}", "CS8179" },
            { "Action<int> field", "using System;\nclass C\n{\n    public Action<int> Handler;\n}", "NF0001" },
            { "lambda to Action<int>", "using System;\nclass C\n{\n    static void Run(Action<int> a)\n    {\n    }\n\n    void M()\n    {\n        Run(x =>\n        {\n        });\n    }\n}", "NF0001" },
            { "lambda assigned to Action<int>", "using System;\nclass C\n{\n    void M()\n    {\n        Action<int> a = x => { };\n        a(1);\n    }\n}", "NF0001" },
            { "method group to Action<int>", "using System;\nclass C\n{\n    static void Run(Action<int> a)\n    {\n    }\n\n    static void N(int x)\n    {\n    }\n\n    void M()\n    {\n        Run(N);\n    }\n}", "NF0001" },
            { "Func<int>", "using System;\nclass C\n{\n    int M()\n    {\n        Func<int> f = () => 1;\n        return f();\n    }\n}", "NF0001" },
            { "generic method declaration", "class C\n{\n    static T Id<T>(T x)\n    {\n        return x;\n    }\n}", "NF0001" },
            { "generic type declaration", "class Box<T>\n{\n    public T Value;\n}", "NF0001" },
            { "anonymous type", "class C\n{\n    object M()\n    {\n        return new { Id = 1 };\n    }\n}", "NF0001" },
            { "int?", "class C\n{\n    public int? Value;\n}", "CS0518" },
            { "decimal", "class C\n{\n    public decimal Value;\n}", "CS0518" },
            { "volatile field", "class C\n{\n    public volatile int Value;\n}", "NF0010" },
            { "foreach over a string", "class C\n{\n    int M(string s)\n    {\n        int n = 0;\n        foreach (char c in s)\n        {\n            n += c;\n        }\n\n        return n;\n    }\n}", "NF0004" },
            { "string indexer in a loop", "class C\n{\n    int M(string s)\n    {\n        int n = 0;\n        for (int i = 0; i < s.Length; i++)\n        {\n            n += s[i];\n        }\n\n        return n;\n    }\n}", "NF0011" },
            { "string indexer once", "class C\n{\n    bool M(string s)\n    {\n        return s.Length > 0 && s[0] == '$';\n    }\n}", "NF0011" },
            { "indexer on a string property", "class C\n{\n    public string Name { get; set; }\n\n    char M()\n    {\n        return Name[2];\n    }\n}", "NF0011" },
            { "indexer on a string constant", "class C\n{\n    private const string Digits = \"0123456789\";\n\n    char M(int d)\n    {\n        return Digits[d];\n    }\n}", "NF0011" },
            { "int[,]", "class C\n{\n    public int[,] Grid = new int[2, 2];\n}", "NF0005" },
            { "DataRow with an array", "using nanoFramework.TestFramework;\n[TestClass]\npublic class T\n{\n    [TestMethod]\n    [DataRow(new int[] { 1 })]\n    public void M(int[] a)\n    {\n    }\n}", "NF0006" },
            { "file-scoped namespace", "namespace Device.Sample;\nclass C\n{\n}", "CS8773" },
            { "record", "record Point(int X, int Y);", "NF0007" },
            { "interpolation format", "class C\n{\n    string M(int x)\n    {\n        return $\"{x:X2}\";\n    }\n}", "NF0008" },
            { "custom numeric format", "class C\n{\n    string M(double x)\n    {\n        return x.ToString(\"0.00\");\n    }\n}", "NF0009" },
            { "custom format item", "class C\n{\n    string M(double x)\n    {\n        return string.Format(\"{0:#.#}\", x);\n    }\n}", "NF0009" },
            { "DateTime.Now", "using System;\nclass C\n{\n    DateTime M()\n    {\n        return DateTime.Now;\n    }\n}", "CS0117" },
            { "DateTimeKind.Local", "using System;\nclass C\n{\n    DateTimeKind M()\n    {\n        return DateTimeKind.Local;\n    }\n}", "CS0619" },
            { "WaitOne(int)", "using System.Threading;\nclass C\n{\n    bool M(AutoResetEvent e)\n    {\n        return e.WaitOne(10);\n    }\n}", "CS7036" },
            { "new GpioPin", "using System.Device.Gpio;\nclass C\n{\n    object M()\n    {\n        return new GpioPin(5);\n    }\n}", "CS1729" },
            { "hidden setter", "using System.Device.Gpio;\nclass C\n{\n    void M(GpioController c)\n    {\n        c.NumberingScheme = PinNumberingScheme.Board;\n    }\n}", "CS0200" },
            { "unused private field (warning as error)", "class C\n{\n    private int unused;\n}", "CS0169" },
            { "LINQ", "using System.Linq;\nclass C\n{\n}", "CS0234" },
        };

        [Theory]
        [MemberData(nameof(Rejected))]
        public void RejectsCodeTheDeviceCannotRun(string what, string code, string expectedId)
        {
            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(code, DeviceAssemblies);

            Assert.True(
                diagnostics.Any(d => d.Id == expectedId),
                $"{what}: expected {expectedId}, got:\n{string.Join('\n', diagnostics)}");
            Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            Assert.All(diagnostics, d => Assert.StartsWith("snippet.cs(", d.ToString(), StringComparison.Ordinal));
        }

        [Fact]
        public void LambdaConvertedToGenericDelegateIsReportedWhereItIsWritten()
        {
            const string Code = "using System;\nclass C\n{\n    static void Run(Action<int> a)\n    {\n    }\n\n    void M()\n    {\n        Run(x =>\n        {\n        });\n    }\n}";

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 4);
            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 10 && d.Message.Contains("lambda converted to generic delegate", StringComparison.Ordinal));
        }

        [Fact]
        public void LambdaAssignedToAnActionFieldIsReportedOnItsOwnLine()
        {
            const string Code = "using System;\nclass C\n{\n    private Action<int> handler;\n\n    void M()\n    {\n        handler = x =>\n        {\n        };\n        handler(2);\n    }\n}";

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 4);
            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 8);
            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 11);
        }

        [Fact]
        public void StructFieldsOfTheListingDriveDefiniteAssignment()
        {
            const string TimeSpanCode = "using System;\nclass C\n{\n    long M()\n    {\n        TimeSpan t;\n        return t.Ticks;\n    }\n}";
            const string GuidCode = "using System;\nclass C\n{\n    string M()\n    {\n        Guid g;\n        return g.ToString();\n    }\n}";

            Assert.Contains(Compiler.CheckSnippet(TimeSpanCode), d => d.Id == "CS0165");
            Assert.Empty(Compiler.CheckSnippet(GuidCode));
        }

        [Fact]
        public void EventHandlerOfTIsRejectedEvenThoughTheListingDeclaresIt()
        {
            const string Code = "using System;\nclass C\n{\n    public event EventHandler<EventArgs> Changed;\n\n    void Raise()\n    {\n        Changed(this, EventArgs.Empty);\n    }\n}";

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.Contains(diagnostics, d => d.Id == "NF0001" && d.Line == 4);
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
        }

        [Fact]
        public void SerialPortIsUnknownWithoutTheSystemIOPortsAssembly()
        {
            const string Code = "using System.IO.Ports;\nclass C\n{\n    public SerialPort Port = new SerialPort(\"COM2\", 9600);\n}";

            Assert.Empty(Compiler.CheckSnippet(Code, DeviceAssemblies));
            Assert.Contains(Compiler.CheckSnippet(Code, "mscorlib"), d => d.Id == "CS0246" || d.Id == "CS0234");
        }

        [Fact]
        public void ValidDeviceCodePasses()
        {
            const string Code = """
                using System;
                using System.Collections;
                using System.Device.I2c;
                using System.IO.Ports;
                using System.Text;
                using System.Threading;

                namespace Device.Sample
                {
                    public delegate void LineReceivedHandler(object sender, string line);

                    public class Sample : IDisposable
                    {
                        private static readonly Encoding Utf8 = Encoding.UTF8;
                        private readonly object sync = new object();
                        private readonly byte[] buffer = new byte[64];
                        private readonly SerialPort port;
                        private readonly I2cDevice device;
                        private readonly ArrayList items = new ArrayList();

                        public event LineReceivedHandler LineReceived;

                        public event EventHandler Closed;

                        public Sample()
                        {
                            port = new SerialPort("COM2", 9600);
                            port.DataReceived += OnData;
                            device = I2cDevice.Create(new I2cConnectionSettings(1, 0x77));
                        }

                        public int Encode(string text)
                        {
                            lock (sync)
                            {
                                int count = Utf8.GetBytes(text, 0, text.Length, buffer, 0);
                                SpanByte span = new SpanByte(buffer, 0, count);
                                device.Write(span);
                                items.Add(count);
                                string line = string.Format("{0} bytes, first {1:X2}", count, buffer[0]) + Utf8.GetString(buffer, 0, count);
                                LineReceivedHandler handler = LineReceived;
                                if (handler != null)
                                {
                                    handler(this, line);
                                }

                                return count;
                            }
                        }

                        public void Dispose()
                        {
                            port.Dispose();
                            device.Dispose();
                            EventHandler closed = Closed;
                            if (closed != null)
                            {
                                closed(this, EventArgs.Empty);
                            }
                        }

                        private void OnData(object sender, SerialDataReceivedEventArgs e)
                        {
                            int read = port.Read(buffer, 0, buffer.Length);
                            Thread.Sleep(read);
                            for (int i = 0; i < items.Count; i++)
                            {
                                Console.WriteLine(((int)items[i]).ToString("X4"));
                            }

                            LineReceivedHandler local = delegate (object s, string l) { Console.WriteLine(l); };
                            local(this, "done");
                        }
                    }
                }
                """;

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
        }

        [Fact]
        public void StringIndexerMessageSaysWhyAndWhatToDo()
        {
            const string Code = "class C\n{\n    char M(string topic)\n    {\n        return topic[1];\n    }\n}";

            SurfaceDiagnostic diagnostic = Assert.Single(Compiler.CheckSnippet(Code, "mscorlib"));

            Assert.Equal("NF0011", diagnostic.Id);
            Assert.Contains("'topic[1]'", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("GetBytes", diagnostic.Message, StringComparison.Ordinal);
            Assert.StartsWith("snippet.cs(5,", diagnostic.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void IndexersOnBytesCharsAndArraysOfStringsPass()
        {
            const string Code = """
                using System.Text;

                class C
                {
                    private static readonly UTF8Encoding Encoder = new UTF8Encoding();
                    private readonly byte[] bytes = new byte[32];
                    private readonly string[] names = new string[] { "a", "b" };

                    int M(string text)
                    {
                        int count = Encoder.GetBytes(text, 0, text.Length, bytes, 0);
                        char[] chars = text.ToCharArray();
                        int sum = chars.Length > 0 ? chars[0] : 0;
                        for (int i = 0; i < count; i++)
                        {
                            sum += bytes[i];
                        }

                        return sum + names[1].IndexOf('b') + text.IndexOf('/');
                    }
                }
                """;

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
        }

        [Fact]
        public void ValidTestClassPasses()
        {
            const string Code = """
                using nanoFramework.TestFramework;

                namespace Device.Tests
                {
                    [TestClass]
                    public class SampleTests
                    {
                        private static int counter;

                        [Setup]
                        public void Start()
                        {
                            counter = 0;
                        }

                        [TestMethod]
                        [DataRow(1, 2, "three")]
                        [DataRow(4, 5, "nine")]
                        public void Adds(int a, int b, string name)
                        {
                            counter++;
                            Assert.AreEqual(a + b == 3 ? "three" : "nine", name);
                            Assert.IsTrue(counter > 0, "counted");
                        }
                    }
                }
                """;

            IReadOnlyList<SurfaceDiagnostic> diagnostics = Compiler.CheckSnippet(Code, DeviceAssemblies);

            Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
        }

        [Theory]
        [InlineData("", true)]
        [InlineData("X2", true)]
        [InlineData("D", true)]
        [InlineData("n3", true)]
        [InlineData("F10", true)]
        [InlineData("0.00", false)]
        [InlineData("E3", false)]
        [InlineData("P", false)]
        [InlineData("X123", false)]
        public void NumericFormatsAreTheFiveStandardOnes(string format, bool supported)
        {
            Assert.Equal(supported, DeviceRuntimeRules.IsSupportedNumericFormat(format));
        }
    }
}
