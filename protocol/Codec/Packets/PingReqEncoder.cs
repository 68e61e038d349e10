namespace Telemetry.Mqtt.Codec
{
    /// <summary>Encodes PINGREQ (5.0 §3.12): two bytes, 0xC0 0x00, the same in both versions.</summary>
    public static class PingReqEncoder
    {
        /// <summary>Bytes of a PINGREQ.</summary>
        public const int Size = 2;

        /// <summary>Writes a PINGREQ; returns 2 or a status, writing nothing on error.</summary>
        public static int Encode(byte[] buffer, int offset, int count)
        {
            return Window.StartPacket(buffer, offset, count, PacketType.PingReq << 4, 0, out int _);
        }
    }
}
