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

        /// <summary>A packet from its first byte and the hex of everything after the remaining length.</summary>
        public static byte[] Packet(int first, string bodyHex)
        {
            byte[] body = Hex.Parse(bodyHex);
            byte[] length = new byte[4];
            int used = VariableByteInteger.Write(body.Length, length, 0, 4);
            byte[] packet = new byte[1 + used + body.Length];
            packet[0] = (byte)first;
            System.Array.Copy(length, 0, packet, 1, used);
            System.Array.Copy(body, 0, packet, 1 + used, body.Length);
            return packet;
        }

        /// <summary>A 5.0 packet whose variable header is <paramref name="headHex"/> then a property block.</summary>
        public static byte[] WithProperties(int first, string headHex, string propertiesHex, string tailHex)
        {
            byte[] properties = Hex.Parse(propertiesHex);
            byte[] length = new byte[4];
            int used = VariableByteInteger.Write(properties.Length, length, 0, 4);
            return Packet(first, headHex + " " + Hex.Format(length, 0, used) + " " + propertiesHex + " " + tailHex);
        }

        /// <summary>5.0 CONNACK with the properties given in hex.</summary>
        public static byte[] ConnAck5(bool sessionPresent, int code, string propertiesHex)
        {
            return WithProperties(0x20, (sessionPresent ? "01 " : "00 ") + Hex.Format(new byte[] { (byte)code }, 0, 1),
                propertiesHex, string.Empty);
        }

        /// <summary>5.0 PUBLISH with the properties given in hex; an empty topic for an alias-only PUBLISH.</summary>
        public static byte[] Publish5(string topic, int qos, int packetId, string propertiesHex, string payload)
        {
            byte[] name = Encoding.UTF8.GetBytes(topic);
            byte[] body = Encoding.UTF8.GetBytes(payload);
            string head = Hex.Format(new byte[] { (byte)(name.Length >> 8), (byte)name.Length }, 0, 2) + " "
                + Hex.Format(name, 0, name.Length);
            if (qos > 0)
            {
                head += " " + Hex.Format(new byte[] { (byte)(packetId >> 8), (byte)packetId }, 0, 2);
            }

            return WithProperties(0x30 | (qos << 1), head, propertiesHex, Hex.Format(body, 0, body.Length));
        }

        /// <summary>Hex of a UTF-8 string property value with its two-byte length.</summary>
        public static string Text(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            return Hex.Format(new byte[] { (byte)(bytes.Length >> 8), (byte)bytes.Length }, 0, 2) + " "
                + Hex.Format(bytes, 0, bytes.Length);
        }
    }
}
