using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // PINGREQ (5.0 §3.12) and PINGRESP (5.0 §3.13).
    [TestClass]
    public class PingCodecTests
    {
        [TestMethod]
        public void EncodesPingReq()
        {
            byte[] buffer = Hex.Guarded(4);
            Assert.AreEqual(2, PingReqEncoder.Encode(buffer, 1, 3));
            Hex.AssertBytes("C0 00", buffer, 1, 2);
            Hex.AssertGuardsIntact(buffer, 1, 2);
            Assert.AreEqual(EncodeStatus.BufferTooSmall, PingReqEncoder.Encode(buffer, 3, 1));
            Assert.AreEqual(EncodeStatus.InvalidArgument, PingReqEncoder.Encode(buffer, 3, 2));
            Assert.AreEqual(EncodeStatus.InvalidArgument, PingReqEncoder.Encode(null, 0, 2));
            Hex.AssertGuardsIntact(buffer, 1, 2);
        }

        [TestMethod]
        [DataRow("D0 00", ReasonCode.Success)]
        [DataRow("D0 01 00", ReasonCode.MalformedPacket)]
        [DataRow("D1 00", ReasonCode.MalformedPacket)]
        [DataRow("D0", ReasonCode.MalformedPacket)]
        [DataRow("C0 00", ReasonCode.ProtocolError)]
        public void DecodesPingResp(string hex, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            Assert.AreEqual(expected, PingRespDecoder.Decode(buffer, 0, buffer.Length));
        }
    }
}
