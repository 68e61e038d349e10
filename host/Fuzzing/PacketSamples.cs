using Telemetry.Mqtt.Codec;

namespace Telemetry.HostTests.Protocol;

/// <summary>Valid packets of every kind a client receives (and the ones it sends both ways), the fuzzers' seeds.</summary>
public static class PacketSamples
{
    private static readonly string[] ReceivedHex =
    [
        "20 02 00 00",
        "20 02 01 00",
        "20 03 00 00 00",
        "20 03 01 00 00",
        "20 15 00 00 12 21 00 0A 27 00 00 04 00 24 01 12 00 02 69 64 22 00 05",
        "20 40 00 00 3D 11 00 00 00 3C 21 00 0A 24 00 25 00 27 00 01 00 00 12 00 01 63 22 00 03 1F 00 01 72 "
            + "26 00 01 6B 00 01 76 28 00 29 00 2A 00 13 00 1E 1A 00 01 69 1C 00 01 73 15 00 01 6D 16 00 02 01 02",
        "90 04 00 01 01 80",
        "90 05 00 01 00 02 A2",
        "90 0B 00 05 07 26 00 01 6B 00 01 76 00",
        "B0 02 00 02",
        "B0 04 00 02 00 11",
        "B0 0A 00 02 05 1F 00 02 6F 6B 00 8F",
        "D0 00",
        "E0 00",
        "E0 01 8B",
        "E0 06 9C 04 1C 00 01 73",
        "E0 0E 00 0C 1F 00 03 62 79 65 26 00 01 6B 00 00",
        "F0 00",
        "F0 0F 18 0D 15 00 05 53 43 52 41 4D 16 00 02 01 02",
        "30 0A 00 01 61 05 0B 01 0B AC 02 78",
        "30 07 00 05 41 F0 AA 9B 94",
        "30 19 00 01 61 15 26 00 01 61 00 01 31 26 00 01 62 00 01 32 26 00 01 63 00 01 33",
        "34 0A 00 00 00 07 03 23 00 05 68 69",
        "40 02 00 0A",
        "40 03 00 0A 10",
        "40 09 00 0A 00 05 1F 00 02 6F 6B",
        "50 03 00 0A 97",
        "62 03 00 0A 92",
        "70 02 00 0A",
    ];

    /// <summary>Seeds: the hand-written packets above plus encoder outputs in both versions.</summary>
    public static List<byte[]> All()
    {
        var samples = new List<byte[]>();
        foreach (string hex in ReceivedHex)
        {
            samples.Add(Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)));
        }

        foreach (int version in new[] { MqttVersion.V311, MqttVersion.V500 })
        {
            for (int qos = 0; qos <= 2; qos++)
            {
                samples.Add(EncodePublish(version, qos, withProperties: false, payloadLength: 5));
                if (version == MqttVersion.V500)
                {
                    samples.Add(EncodePublish(version, qos, withProperties: true, payloadLength: 40));
                }
            }

            for (int type = PacketType.PubAck; type <= PacketType.PubComp; type++)
            {
                samples.Add(Encode(buffer => AckEncoder.Encode(buffer, 0, buffer.Length, version, type, 77, 0, null)));
            }
        }

        var reason = new OutgoingProperties();
        reason.SetString(PropertyId.ReasonString, "temporarily unavailable");
        reason.AddUserProperty("node", "b-2");
        samples.Add(Encode(buffer => AckEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500, PacketType.PubRec, 9,
            ReasonCode.QuotaExceeded, reason)));
        samples.Add(Encode(buffer => DisconnectEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V500,
            ReasonCode.AdministrativeAction, reason)));
        return samples;
    }

    /// <summary>A PUBLISH with or without a full set of 5.0 properties.</summary>
    public static byte[] EncodePublish(int version, int qos, bool withProperties, int payloadLength)
    {
        var packet = new PublishPacket
        {
            Topic = "sensors/esp32-\u00E9/temperature",
            Qos = qos,
            PacketId = qos == 0 ? 0 : 4242,
            Retain = qos == 1,
        };
        packet.SetPayload(new byte[payloadLength], 0, payloadLength);
        if (withProperties)
        {
            packet.Properties.SetInteger(PropertyId.PayloadFormatIndicator, 1);
            packet.Properties.SetInteger(PropertyId.MessageExpiryInterval, 3600);
            packet.Properties.SetString(PropertyId.ContentType, "application/json");
            packet.Properties.SetString(PropertyId.ResponseTopic, "replies/esp32");
            packet.Properties.SetBinary(PropertyId.CorrelationData, new byte[] { 1, 2, 3, 4 }, 0, 4);
            packet.Properties.SetInteger(PropertyId.TopicAlias, 3);
            packet.Properties.AddUserProperty("unit", "C");
            packet.Properties.AddUserProperty("fw", "1.2.3");
        }

        return Encode(buffer => PublishEncoder.Encode(buffer, 0, buffer.Length, version, packet));
    }

    private static byte[] Encode(Func<byte[], int> encoder)
    {
        byte[] buffer = new byte[4096];
        int length = encoder(buffer);
        if (length < 0)
        {
            throw new InvalidOperationException("sample encoding failed: " + length);
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
