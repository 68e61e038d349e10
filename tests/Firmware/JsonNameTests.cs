using System;
using nanoFramework.TestFramework;
using Telemetry.Firmware.Json;

namespace Telemetry.Tests.Firmware
{
    /// <summary>Pre-encoded member names: escaped once when built, then written byte for byte like the string form.</summary>
    [TestClass]
    public class JsonNameTests
    {
        private static string ByString(string name)
        {
            JsonWriter writer = new JsonWriter(new byte[128]);
            writer.BeginObject();
            writer.IntegerProperty("first", 1);
            writer.IntegerProperty(name, 2);
            writer.EndObject();
            Assert.IsFalse(writer.Overflow);
            return JsonText.Of(writer);
        }

        private static string ByJsonName(string name)
        {
            JsonName first = new JsonName("first");
            JsonName second = new JsonName(name);
            JsonWriter writer = new JsonWriter(new byte[128]);
            writer.BeginObject();
            writer.IntegerProperty(first, 1);
            writer.IntegerProperty(second, 2);
            writer.EndObject();
            Assert.IsFalse(writer.Overflow);
            return JsonText.Of(writer);
        }

        [TestMethod]
        [DataRow("seq")]
        [DataRow("")]
        [DataRow("say \"hi\"")]
        [DataRow("C:\\dir")]
        [DataRow("a\nb\rc\td\b\f")]
        [DataRow("x\u0001y\u001Fz")]
        [DataRow("°C é")]
        public void WritesTheSameBytesAsTheStringForm(string name)
        {
            Assert.AreEqual(ByString(name), ByJsonName(name), name);
        }

        [TestMethod]
        public void EscapingIsDoneWhenTheNameIsBuilt()
        {
            JsonName name = new JsonName("a\"b\n");
            Assert.AreEqual(9, name.Length, "\"a\\\"b\\n\": escaped and quoted before any writer");
            Assert.AreEqual("a\"b\n", name.Name);
            Assert.AreEqual("a\"b\n", name.ToString());
            Assert.AreEqual(10, new JsonName("x\u0001").Length, "\"x\\u0001\":");
            Assert.AreEqual(6, new JsonName("°C").Length, "\"°C\": with two UTF-8 bytes for the degree sign");

            JsonWriter writer = new JsonWriter(new byte[64]);
            for (int i = 0; i < 3; i++)
            {
                writer.Reset();
                writer.BeginObject();
                writer.BooleanProperty(name, true);
                writer.EndObject();
                Assert.AreEqual("{\"a\\\"b\\n\":true}", JsonText.Of(writer), "the same every time");
            }
        }

        [TestMethod]
        public void EveryPropertyFormMatchesTheStringForm()
        {
            DateTime utc = new DateTime(2026, 11, 29, 13, 14, 15, 508);
            JsonWriter byString = new JsonWriter(new byte[256]);
            byString.BeginObject();
            byString.NumberProperty("n", 1.25, 1);
            Assert.IsFalse(byString.NumberProperty("nan", double.NaN, 1));
            byString.IntegerProperty("i", long.MinValue);
            byString.StringProperty("s", "v\"");
            byString.StringProperty("null", null);
            byString.BooleanProperty("b", false);
            byString.TimestampProperty("t", utc);
            byString.WriteName("o");
            byString.BeginObject();
            byString.EndObject();
            byString.EndObject();

            JsonWriter byName = new JsonWriter(new byte[256]);
            byName.BeginObject();
            byName.NumberProperty(new JsonName("n"), 1.25, 1);
            Assert.IsFalse(byName.NumberProperty(new JsonName("nan"), double.NaN, 1), "NaN left out with its name");
            byName.IntegerProperty(new JsonName("i"), long.MinValue);
            byName.StringProperty(new JsonName("s"), "v\"");
            byName.StringProperty(new JsonName("null"), null);
            byName.BooleanProperty(new JsonName("b"), false);
            byName.TimestampProperty(new JsonName("t"), utc);
            byName.WriteName(new JsonName("o"));
            byName.BeginObject();
            byName.EndObject();
            byName.EndObject();

            Assert.AreEqual(
                "{\"n\":1.3,\"i\":-9223372036854775808,\"s\":\"v\\\"\",\"b\":false,\"t\":\"2026-11-29T13:14:15.508Z\",\"o\":{}}",
                JsonText.Of(byName));
            Assert.AreEqual(JsonText.Of(byString), JsonText.Of(byName));
        }

        [TestMethod]
        public void ANameThatDoesNotFitOverflowsWithoutWritingOutside()
        {
            byte[] buffer = new byte[20];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = 0xEE;
            }

            JsonWriter writer = new JsonWriter(buffer, 2, 10);
            writer.BeginObject();
            writer.IntegerProperty(new JsonName("a"), 1);
            Assert.IsFalse(writer.Overflow, "{\"a\":1 fits");
            writer.IntegerProperty(new JsonName("longer"), 2);
            Assert.IsTrue(writer.Overflow, "the second name does not fit");
            writer.EndObject();
            Assert.AreEqual((byte)0xEE, buffer[0]);
            Assert.AreEqual((byte)0xEE, buffer[1]);
            for (int i = 12; i < buffer.Length; i++)
            {
                Assert.AreEqual((byte)0xEE, buffer[i], "outside the window at " + i.ToString());
            }
        }

        [TestMethod]
        public void ANullNameIsRefused()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new JsonName(null));
        }
    }
}
