using System;
using nanoFramework.TestFramework;
using Telemetry.Firmware.Json;

namespace Telemetry.Tests.Firmware
{
    [TestClass]
    public class JsonWriterTests
    {
        private static string Number(double value, int decimals)
        {
            JsonWriter writer = new JsonWriter(new byte[64]);
            Assert.IsTrue(writer.WriteNumber(value, decimals), "writable");
            return JsonText.Of(writer);
        }

        private static string Quoted(string value)
        {
            JsonWriter writer = new JsonWriter(new byte[128]);
            writer.WriteString(value);
            Assert.IsFalse(writer.Overflow);
            return JsonText.Of(writer);
        }

        [TestMethod]
        [DataRow(0.0, 0, "0")]
        [DataRow(0.0, 2, "0.00")]
        [DataRow(1.5, 2, "1.50")]
        [DataRow(-1.5, 1, "-1.5")]
        [DataRow(3.14159, 3, "3.142")]
        [DataRow(2.5, 0, "3")]
        [DataRow(-2.5, 0, "-3")]
        [DataRow(0.05, 1, "0.1")]
        [DataRow(-0.001, 2, "0.00")]
        [DataRow(-0.004, 2, "0.00")]
        [DataRow(-0.006, 2, "-0.01")]
        [DataRow(1013.25, 2, "1013.25")]
        [DataRow(-33.8688197, 6, "-33.868820")]
        [DataRow(151.2092955, 6, "151.209296")]
        [DataRow(123456789.0, 0, "123456789")]
        [DataRow(0.000123, 9, "0.000123000")]
        [DataRow(1e15, 3, "1000000000000000.000")]
        [DataRow(9.99, 1, "10.0")]
        public void NumbersAreWrittenWithFixedDecimals(double value, int decimals, string expected)
        {
            Assert.AreEqual(expected, Number(value, decimals));
        }

        [TestMethod]
        public void NotANumberAndInfinitiesAreNeverWritten()
        {
            JsonWriter writer = new JsonWriter(new byte[64]);
            Assert.IsFalse(writer.WriteNumber(double.NaN, 2), "NaN");
            Assert.IsFalse(writer.WriteNumber(double.PositiveInfinity, 2), "+inf");
            Assert.IsFalse(writer.WriteNumber(double.NegativeInfinity, 0), "-inf");
            Assert.IsFalse(writer.WriteNumber(1e19, 0), "beyond a long");
            Assert.IsFalse(writer.WriteNumber(1e12, 9), "beyond a long once scaled");
            Assert.IsFalse(writer.WriteNumber(1.0, 10), "more than 9 decimals");
            Assert.AreEqual(0, writer.Length, "nothing written");
        }

        [TestMethod]
        public void AbsentPropertiesAreLeftOutWithTheirComma()
        {
            JsonWriter writer = new JsonWriter(new byte[128]);
            writer.BeginObject();
            Assert.IsFalse(writer.NumberProperty("a", double.NaN, 1));
            Assert.IsTrue(writer.NumberProperty("b", 2.0, 1));
            Assert.IsFalse(writer.NumberProperty("c", double.NaN, 1));
            writer.StringProperty("d", null);
            Assert.IsTrue(writer.NumberProperty("e", -0.25, 2));
            Assert.IsFalse(writer.NumberProperty("f", double.PositiveInfinity, 1));
            writer.EndObject();
            Assert.AreEqual("{\"b\":2.0,\"e\":-0.25}", JsonText.Of(writer));
        }

        [TestMethod]
        [DataRow(0L, "0")]
        [DataRow(7L, "7")]
        [DataRow(-42L, "-42")]
        [DataRow(1234567890123L, "1234567890123")]
        [DataRow(9223372036854775807L, "9223372036854775807")]
        [DataRow(-9223372036854775808L, "-9223372036854775808")]
        public void IntegersAreWrittenDigitByDigit(long value, string expected)
        {
            JsonWriter writer = new JsonWriter(new byte[32]);
            writer.WriteInteger(value);
            Assert.AreEqual(expected, JsonText.Of(writer));
        }

        [TestMethod]
        public void StringsAreEscaped()
        {
            Assert.AreEqual("\"plain\"", Quoted("plain"));
            Assert.AreEqual("\"\"", Quoted(""));
            Assert.AreEqual("\"say \\\"hi\\\"\"", Quoted("say \"hi\""));
            Assert.AreEqual("\"C:\\\\dir\"", Quoted("C:\\dir"));
            Assert.AreEqual("\"a\\nb\\rc\\td\"", Quoted("a\nb\rc\td"));
            Assert.AreEqual("\"\\b\\f\"", Quoted("\b\f"));
            Assert.AreEqual("\"x\\u0001y\\u001fz\"", Quoted("x\u0001y\u001Fz"));
            Assert.AreEqual("\"/ slash stays\"", Quoted("/ slash stays"));
        }

        [TestMethod]
        public void NonAsciiTextIsWrittenAsUtf8()
        {
            JsonWriter writer = new JsonWriter(new byte[32]);
            writer.WriteString("°C é");
            byte[] expected = new byte[] { 0x22, 0xC2, 0xB0, 0x43, 0x20, 0xC3, 0xA9, 0x22 };
            Assert.AreEqual(expected.Length, writer.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], writer.Buffer[i], "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void ByteStringsAreEscapedToo()
        {
            JsonWriter writer = new JsonWriter(new byte[32]);
            byte[] raw = JsonText.Bytes("x\"y\n");
            writer.WriteString(raw, 0, raw.Length);
            Assert.AreEqual("\"x\\\"y\\n\"", JsonText.Of(writer));
        }

        [TestMethod]
        public void NestedObjectsAndArraysGetTheirCommas()
        {
            JsonWriter writer = new JsonWriter(new byte[128]);
            writer.BeginObject();
            writer.IntegerProperty("a", 1);
            writer.WriteName("list");
            writer.BeginArray();
            writer.WriteInteger(1);
            writer.WriteString("two");
            writer.BeginArray();
            writer.WriteBoolean(true);
            writer.WriteNull();
            writer.EndArray();
            writer.EndArray();
            writer.WriteName("o");
            writer.BeginObject();
            writer.EndObject();
            writer.BooleanProperty("z", false);
            writer.EndObject();
            Assert.AreEqual("{\"a\":1,\"list\":[1,\"two\",[true,null]],\"o\":{},\"z\":false}", JsonText.Of(writer));
            Assert.AreEqual(0, writer.Depth);
        }

        [TestMethod]
        public void TimestampsAreIso8601Utc()
        {
            JsonWriter writer = new JsonWriter(new byte[64]);
            writer.BeginObject();
            writer.TimestampProperty("time", new DateTime(2025, 6, 1, 9, 5, 7, 42));
            writer.EndObject();
            Assert.AreEqual("{\"time\":\"2025-06-01T09:05:07.042Z\"}", JsonText.Of(writer));
        }

        [TestMethod]
        public void AFullBufferOverflowsWithoutWritingOutside()
        {
            byte[] buffer = new byte[20];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = 0xEE;
            }

            JsonWriter writer = new JsonWriter(buffer, 2, 10);
            writer.BeginObject();
            writer.StringProperty("name", "far too long for ten bytes");
            Assert.IsTrue(writer.Overflow, "overflow");
            writer.IntegerProperty("n", 1);
            writer.EndObject();
            Assert.IsTrue(writer.Overflow, "stays");
            Assert.AreEqual((byte)0xEE, buffer[0]);
            Assert.AreEqual((byte)0xEE, buffer[1]);
            for (int i = 12; i < buffer.Length; i++)
            {
                Assert.AreEqual((byte)0xEE, buffer[i], "outside the window at " + i.ToString());
            }

            writer.Reset();
            Assert.IsFalse(writer.Overflow, "reset clears it");
            writer.WriteInteger(5);
            Assert.AreEqual("5", JsonText.Of(writer));
        }

        [TestMethod]
        public void EscapesThatDoNotFitOverflow()
        {
            byte[] exact = JsonText.Bytes("\n\n\"");
            JsonWriter fits = new JsonWriter(new byte[8]);
            fits.WriteString(exact, 0, exact.Length);
            Assert.IsFalse(fits.Overflow, "6 escaped bytes and 2 quotes fill 8 exactly");
            Assert.AreEqual("\"\\n\\n\\\"\"", JsonText.Of(fits));

            byte[] grows = JsonText.Bytes("\n\n\n\n");
            JsonWriter full = new JsonWriter(new byte[8]);
            full.WriteString(grows, 0, grows.Length);
            Assert.IsTrue(full.Overflow, "4 raw bytes fit, 8 escaped do not");

            JsonWriter text = new JsonWriter(new byte[8]);
            text.WriteString("abc");
            Assert.IsTrue(text.Overflow, "a string needs room for its worst-case UTF-8 (3 bytes a character) first");
        }
    }
}
