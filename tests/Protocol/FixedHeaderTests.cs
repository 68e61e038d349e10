using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class FixedHeaderTests
    {
        [TestMethod]
        [DataRow("", 0)]
        [DataRow("30", 0)]
        [DataRow("30 80", 0)]
        [DataRow("30 80 80 80", 0)]
        [DataRow("30 05 00", 7)]
        [DataRow("30 80 01", 131)]
        public void AsksForMoreBytesUntilThePacketIsWhole(string hex, int packetLength)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(FixedHeader.NeedMoreData, FixedHeader.Read(bytes, 0, bytes.Length, 0, out int length));
            Assert.AreEqual(packetLength, length);
        }

        [TestMethod]
        [DataRow("C0 00", 2)]
        [DataRow("D0 00 FF FF", 2)]
        [DataRow("30 02 00 00", 4)]
        [DataRow("62 02 00 01 30", 4)]
        [DataRow("82 03 00 01 00", 5)]
        [DataRow("A2 03 00 01 00", 5)]
        [DataRow("3D 00", 2)]
        public void ReportsACompletePacketAndItsLength(string hex, int packetLength)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(ReasonCode.Success, FixedHeader.Read(bytes, 0, bytes.Length, 0, out int length));
            Assert.AreEqual(packetLength, length);
        }

        // Reserved type 0, reserved flag bits (5.0 §2.1.3), QoS 3 (§3.3.1.2), over-long or non-minimal lengths.
        [TestMethod]
        [DataRow("00 00")]
        [DataRow("01 00")]
        [DataRow("11 00")]
        [DataRow("21 02")]
        [DataRow("36 00")]
        [DataRow("3F 00")]
        [DataRow("41 02")]
        [DataRow("60 02")]
        [DataRow("63 02")]
        [DataRow("80 02")]
        [DataRow("A0 02")]
        [DataRow("C8 00")]
        [DataRow("D1 00")]
        [DataRow("E2 00")]
        [DataRow("F4 00")]
        [DataRow("30 FF FF FF FF 01")]
        [DataRow("30 80 00")]
        [DataRow("30 FF FF 80 00")]
        public void RefusesMalformedHeaders(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(ReasonCode.MalformedPacket, FixedHeader.Read(bytes, 0, bytes.Length, 0, out int _));
        }

        // 5.0 §3.1.2.11.4: a packet over the Maximum Packet Size the client announced is refused with 0x95 as soon
        // as its fixed header is known.
        [TestMethod]
        public void RefusesPacketsOverTheMaximumPacketSize()
        {
            byte[] bytes = Hex.Parse("30 0A 00");
            Assert.AreEqual(ReasonCode.PacketTooLarge, FixedHeader.Read(bytes, 0, bytes.Length, 11, out int length));
            Assert.AreEqual(12, length);
            Assert.AreEqual(FixedHeader.NeedMoreData, FixedHeader.Read(bytes, 0, bytes.Length, 12, out length));
        }

        [TestMethod]
        public void ReadsOnlyInsideItsWindow()
        {
            byte[] bytes = Hex.Parse("FF 30 02 00 00 FF");
            Assert.AreEqual(FixedHeader.NeedMoreData, FixedHeader.Read(bytes, 1, 3, 0, out int length));
            Assert.AreEqual(4, length);
            Assert.AreEqual(ReasonCode.Success, FixedHeader.Read(bytes, 1, 4, 0, out length));
            Assert.AreEqual(ReasonCode.MalformedPacket, FixedHeader.Read(bytes, 1, 6, 0, out length));
            Assert.AreEqual(ReasonCode.MalformedPacket, FixedHeader.Read(null, 0, 0, 0, out length));
        }

        [TestMethod]
        [DataRow(0, 2)]
        [DataRow(127, 2)]
        [DataRow(128, 3)]
        [DataRow(268435455, 5)]
        [DataRow(268435456, 0)]
        public void SizesTheHeader(int remainingLength, int size)
        {
            Assert.AreEqual(size, FixedHeader.Size(remainingLength));
        }
    }
}
