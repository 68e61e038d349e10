using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class Utf8Tests
    {
        // MQTT 5.0 §1.5.4 figure 1-1: "A" followed by U+2A6D4 encodes as 00 05 41 F0 AA 9B 94.
        [TestMethod]
        public void EncodesTheSpecExampleString()
        {
            string text = "A\uD869\uDED4";
            Assert.AreEqual(5, Utf8.Size(text));
            byte[] buffer = Hex.Guarded(9);
            Assert.AreEqual(5, Utf8.Write(text, buffer, 2));
            Hex.AssertBytes("41 F0 AA 9B 94", buffer, 2, 5);
            Hex.AssertGuardsIntact(buffer, 2, 5);
            Assert.AreEqual(ReasonCode.Success, Utf8.Validate(buffer, 2, 5, true));
            Assert.IsTrue(Utf8.AreEqual(text, buffer, 2, 5));
            Assert.IsFalse(Utf8.AreEqual("A", buffer, 2, 5));
        }

        [TestMethod]
        [DataRow("a", "61")]
        [DataRow("\u00E9", "C3 A9")]
        [DataRow("\u07FF", "DF BF")]
        [DataRow("\u0800", "E0 A0 80")]
        [DataRow("\uFEFF", "EF BB BF")]
        [DataRow("\uFFFF", "EF BF BF")]
        [DataRow("\uDBFF\uDFFF", "F4 8F BF BF")]
        [DataRow("\u0001\u007F\u0080", "01 7F C2 80")]
        public void EncodesEachLengthClass(string text, string hex)
        {
            byte[] expected = Hex.Parse(hex);
            byte[] buffer = new byte[expected.Length];
            Assert.AreEqual(expected.Length, Utf8.Size(text));
            Assert.AreEqual(expected.Length, Utf8.Write(text, buffer, 0));
            Hex.AssertBytes(hex, buffer, 0, buffer.Length);
            Assert.IsTrue(Utf8.AreEqual(text, buffer, 0, buffer.Length));
        }

        // U+0000 is not allowed in a UTF-8 Encoded String [MQTT-1.5.4-2] (host only: a device string cannot hold it).
        [TestMethod]
        public void RefusesNullInStrings()
        {
            RuntimeStrings.SkipUnlessNullFits();
            Assert.AreEqual(Utf8.Invalid, Utf8.Size("a\u0000b"));
            Assert.AreEqual(Utf8.Invalid, Utf8.Size("\u0000"));
            Assert.IsFalse(Utf8.AreEqual("a\u0000", Hex.Parse("61 00"), 0, 2));
        }

        // Lone surrogates are not allowed [MQTT-1.5.4-1] (host only: a device string holds U+FFFD in their place).
        // Built in code: a lone surrogate does not survive a round trip through a DataRow on every runner.
        [TestMethod]
        public void RefusesLoneSurrogatesInStrings()
        {
            RuntimeStrings.SkipUnlessLoneSurrogatesFit();
            string[] texts = new string[] { "\uD800", "\uDC00x", "x\uD869", "\uD869\uD869", "\uFFFD\uD800", "\uD800\uFFFD\uFFFD" };
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.AreEqual(Utf8.Invalid, Utf8.Size(texts[i]), "case " + i.ToString());
            }
        }

        // U+FFFD is a character like any other: the encoder's replacement check must not refuse it.
        [TestMethod]
        public void KeepsAGenuineReplacementCharacter()
        {
            Assert.AreEqual(3, Utf8.Size("\uFFFD"));
            Assert.AreEqual(7, Utf8.Size("a\uFFFD\uFFFD"));
            byte[] buffer = new byte[3];
            Assert.AreEqual(3, Utf8.Write("\uFFFD", buffer, 0));
            Hex.AssertBytes("EF BF BD", buffer, 0, 3);
            Assert.IsTrue(Utf8.AreEqual("\uFFFD", buffer, 0, 3));
        }

        [TestMethod]
        public void RefusesANullString()
        {
            Assert.AreEqual(Utf8.Invalid, Utf8.Size(null));
            Assert.IsFalse(Utf8.AreEqual(null, new byte[0], 0, 0));
        }

        [TestMethod]
        [DataRow("00")]
        [DataRow("61 00")]
        [DataRow("80")]
        [DataRow("BF")]
        [DataRow("C0 AF")]
        [DataRow("C1 BF")]
        [DataRow("E0 80 AF")]
        [DataRow("E0 9F BF")]
        [DataRow("ED A0 80")]
        [DataRow("ED BF BF")]
        [DataRow("F0 80 80 AF")]
        [DataRow("F0 8F BF BF")]
        [DataRow("F4 90 80 80")]
        [DataRow("F5 80 80 80")]
        [DataRow("FE")]
        [DataRow("FF")]
        [DataRow("C3")]
        [DataRow("E2 82")]
        [DataRow("F0 9F 98")]
        [DataRow("C3 28")]
        [DataRow("E2 28 A1")]
        public void RefusesIllFormedBytesAsMalformed(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(ReasonCode.MalformedPacket, Utf8.Validate(bytes, 0, bytes.Length, false));
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("41")]
        [DataRow("C2 80")]
        [DataRow("DF BF")]
        [DataRow("E0 A0 80")]
        [DataRow("ED 9F BF")]
        [DataRow("EE 80 80")]
        [DataRow("EF BF BF")]
        [DataRow("F0 90 80 80")]
        [DataRow("F4 8F BF BF")]
        [DataRow("01 1F 7F C2 9F")]
        public void AcceptsWellFormedBytes(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(ReasonCode.Success, Utf8.Validate(bytes, 0, bytes.Length, false));
        }

        // U+0001..U+001F and U+007F..U+009F may be refused by option (5.0 §1.5.4).
        [TestMethod]
        [DataRow("01", true)]
        [DataRow("1F", true)]
        [DataRow("7F", true)]
        [DataRow("C2 80", true)]
        [DataRow("C2 9F", true)]
        [DataRow("20", false)]
        [DataRow("7E", false)]
        [DataRow("C2 A0", false)]
        public void RefusesControlCharactersOnlyWhenAsked(string hex, bool isControl)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(ReasonCode.Success, Utf8.Validate(bytes, 0, bytes.Length, false));
            int expected = isControl ? ReasonCode.MalformedPacket : ReasonCode.Success;
            Assert.AreEqual(expected, Utf8.Validate(bytes, 0, bytes.Length, true));
        }

        [TestMethod]
        public void ValidatesOnlyTheGivenRange()
        {
            byte[] bytes = Hex.Parse("FF 41 42 FF");
            Assert.AreEqual(ReasonCode.Success, Utf8.Validate(bytes, 1, 2, false));
            Assert.AreEqual(ReasonCode.MalformedPacket, Utf8.Validate(bytes, 1, 3, false));
        }

        [TestMethod]
        public void ComparesRangesOfAString()
        {
            byte[] bytes = Hex.Parse("62 C3 A9");
            Assert.IsTrue(Utf8.RangeEquals("ab\u00E9c", 1, 3, bytes, 0, 3));
            Assert.IsFalse(Utf8.RangeEquals("ab\u00E9c", 1, 4, bytes, 0, 3));
            Assert.IsFalse(Utf8.RangeEquals("ab\u00E9c", 1, 2, bytes, 0, 3));
            Assert.IsFalse(Utf8.AreEqual("\uD869", Hex.Parse("ED A1 A9"), 0, 3));
        }
    }
}
