using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class VariableByteIntegerTests
    {
        // Boundaries from MQTT 5.0 §1.5.5, table 1-1.
        [TestMethod]
        [DataRow(0, 1, 0x00, 0x00, 0x00, 0x00)]
        [DataRow(127, 1, 0x7F, 0x00, 0x00, 0x00)]
        [DataRow(128, 2, 0x80, 0x01, 0x00, 0x00)]
        [DataRow(16383, 2, 0xFF, 0x7F, 0x00, 0x00)]
        [DataRow(16384, 3, 0x80, 0x80, 0x01, 0x00)]
        [DataRow(2097151, 3, 0xFF, 0xFF, 0x7F, 0x00)]
        [DataRow(2097152, 4, 0x80, 0x80, 0x80, 0x01)]
        [DataRow(268435455, 4, 0xFF, 0xFF, 0xFF, 0x7F)]
        public void WritesSpecBoundaries(int value, int size, int b0, int b1, int b2, int b3)
        {
            byte[] buffer = new byte[6];
            Assert.AreEqual(size, VariableByteInteger.Size(value));
            Assert.AreEqual(size, VariableByteInteger.Write(value, buffer, 1, 5));
            int[] expected = new int[] { b0, b1, b2, b3 };
            for (int i = 0; i < size; i++)
            {
                Assert.AreEqual((byte)expected[i], buffer[1 + i], "byte " + i.ToString());
            }

            Assert.AreEqual((byte)0, buffer[0], "nothing written before the offset");
            Assert.AreEqual(size, VariableByteInteger.Read(buffer, 1, 5, out int decoded));
            Assert.AreEqual(value, decoded);
        }

        [TestMethod]
        public void RefusesValuesOutOfRange()
        {
            byte[] buffer = new byte[4];
            Assert.AreEqual(VariableByteInteger.OutOfRange, VariableByteInteger.Write(-1, buffer, 0, 4));
            Assert.AreEqual(VariableByteInteger.OutOfRange, VariableByteInteger.Write(268435456, buffer, 0, 4));
            Assert.AreEqual(0, VariableByteInteger.Size(268435456));
        }

        [TestMethod]
        public void WritesNothingWhenTheBufferIsTooSmall()
        {
            byte[] buffer = new byte[] { 0xAA, 0xAA };
            Assert.AreEqual(VariableByteInteger.BufferTooSmall, VariableByteInteger.Write(16384, buffer, 0, 2));
            Assert.AreEqual((byte)0xAA, buffer[0]);
            Assert.AreEqual((byte)0xAA, buffer[1]);
        }

        [TestMethod]
        public void ReadAsksForMoreDataOnATruncatedValue()
        {
            byte[] buffer = new byte[] { 0x80, 0x80 };
            Assert.AreEqual(VariableByteInteger.NeedMoreData, VariableByteInteger.Read(buffer, 0, 2, out int _));
        }

        // MQTT 5.0 §1.5.5 [MQTT-1.5.5-1]: the minimum number of bytes; 0x80 0x00 is a two-byte zero.
        [TestMethod]
        [DataRow("80 00")]
        [DataRow("FF 80 00")]
        [DataRow("80 80 80 00")]
        public void ReadRefusesNonMinimalEncodings(string hex)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(VariableByteInteger.Malformed, VariableByteInteger.Read(buffer, 0, buffer.Length, out int _));
        }

        [TestMethod]
        public void ReadStaysInsideItsWindow()
        {
            byte[] buffer = new byte[] { 0xFF, 0x80, 0x01, 0x05 };
            Assert.AreEqual(VariableByteInteger.NeedMoreData, VariableByteInteger.Read(buffer, 1, 1, out int _));
            Assert.AreEqual(2, VariableByteInteger.Read(buffer, 1, 2, out int value));
            Assert.AreEqual(128, value);
        }

        [TestMethod]
        public void ReadRefusesAFifthByte()
        {
            byte[] buffer = new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x01 };
            Assert.AreEqual(VariableByteInteger.Malformed, VariableByteInteger.Read(buffer, 0, 5, out int value));
            Assert.AreEqual(0, value);
        }
    }
}
