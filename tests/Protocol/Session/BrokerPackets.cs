using System.Text;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>Packets a broker sends, as bytes (hex for the fixed ones, the codec's encoder for PUBLISH).</summary>
    internal static class BrokerPackets
    {
        public const string PingResp = "D0 00";

        public static byte[] ConnAck(int version, bool sessionPresent, int code)
        {
            return version == MqttVersion.V500
                ? new byte[] { 0x20, 0x03, (byte)(sessionPresent ? 1 : 0), (byte)code, 0x00 }
                : new byte[] { 0x20, 0x02, (byte)(sessionPresent ? 1 : 0), (byte)code };
        }

        /// <summary>PUBACK, PUBREC, PUBREL or PUBCOMP, short form (success).</summary>
        public static byte[] Ack(int packetType, int packetId)
        {
            int first = (packetType << 4) | (packetType == PacketType.PubRel ? 0x02 : 0);
            return new byte[] { (byte)first, 0x02, (byte)(packetId >> 8), (byte)packetId };
        }

        /// <summary>A 5.0 acknowledgement with a reason code.</summary>
        public static byte[] Ack(int packetType, int packetId, int reasonCode)
        {
            int first = (packetType << 4) | (packetType == PacketType.PubRel ? 0x02 : 0);
            return new byte[] { (byte)first, 0x03, (byte)(packetId >> 8), (byte)packetId, (byte)reasonCode };
        }

        public static byte[] SubAck(int version, int packetId, int code)
        {
            return version == MqttVersion.V500
                ? new byte[] { 0x90, 0x04, (byte)(packetId >> 8), (byte)packetId, 0x00, (byte)code }
                : new byte[] { 0x90, 0x03, (byte)(packetId >> 8), (byte)packetId, (byte)code };
        }

        public static byte[] UnsubAck(int version, int packetId, int code)
        {
            return version == MqttVersion.V500
                ? new byte[] { 0xB0, 0x04, (byte)(packetId >> 8), (byte)packetId, 0x00, (byte)code }
                : new byte[] { 0xB0, 0x02, (byte)(packetId >> 8), (byte)packetId };
        }

        public static byte[] Disconnect(int reasonCode)
        {
            return new byte[] { 0xE0, 0x01, (byte)reasonCode };
        }

        public static byte[] Publish(int version, string topic, string payload, int qos, int packetId, bool dup)
        {
            PublishPacket packet = new PublishPacket();
            packet.Topic = topic;
            byte[] body = Encoding.UTF8.GetBytes(payload);
            packet.SetPayload(body, 0, body.Length);
            packet.Qos = qos;
            packet.PacketId = packetId;
            packet.Dup = dup;
            byte[] buffer = new byte[PublishEncoder.Size(version, packet)];
            PublishEncoder.Encode(buffer, 0, buffer.Length, version, packet);
            return buffer;
        }
    }
}
