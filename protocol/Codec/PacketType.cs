namespace Telemetry.Mqtt.Codec
{
    /// <summary>MQTT Control Packet types, the high nibble of the first fixed-header byte (5.0 §2.1.2).</summary>
    public static class PacketType
    {
        /// <summary>Client to Server: connection request.</summary>
        public const int Connect = 1;

        /// <summary>Server to Client: connect acknowledgment.</summary>
        public const int ConnAck = 2;

        /// <summary>Both ways: publish message.</summary>
        public const int Publish = 3;

        /// <summary>Both ways: publish acknowledgment (QoS 1).</summary>
        public const int PubAck = 4;

        /// <summary>Both ways: publish received (QoS 2, part 1).</summary>
        public const int PubRec = 5;

        /// <summary>Both ways: publish release (QoS 2, part 2).</summary>
        public const int PubRel = 6;

        /// <summary>Both ways: publish complete (QoS 2, part 3).</summary>
        public const int PubComp = 7;

        /// <summary>Client to Server: subscribe request.</summary>
        public const int Subscribe = 8;

        /// <summary>Server to Client: subscribe acknowledgment.</summary>
        public const int SubAck = 9;

        /// <summary>Client to Server: unsubscribe request.</summary>
        public const int Unsubscribe = 10;

        /// <summary>Server to Client: unsubscribe acknowledgment.</summary>
        public const int UnsubAck = 11;

        /// <summary>Client to Server: PING request.</summary>
        public const int PingReq = 12;

        /// <summary>Server to Client: PING response.</summary>
        public const int PingResp = 13;

        /// <summary>Client to Server in 3.1.1, both ways in 5.0: disconnect notification.</summary>
        public const int Disconnect = 14;

        /// <summary>Both ways, 5.0 only: authentication exchange.</summary>
        public const int Auth = 15;

        /// <summary>
        /// The fixed-header flags (low nibble) the spec requires for a packet type other than PUBLISH
        /// (5.0 §2.1.3): 2 for PUBREL, SUBSCRIBE and UNSUBSCRIBE, 0 otherwise. -1 for PUBLISH (flags carry DUP, QoS,
        /// RETAIN) and for the reserved type 0.
        /// </summary>
        public static int RequiredFlags(int packetType)
        {
            if (packetType == PubRel || packetType == Subscribe || packetType == Unsubscribe)
            {
                return 2;
            }

            if (packetType == Publish || packetType < Connect || packetType > Auth)
            {
                return -1;
            }

            return 0;
        }
    }
}
