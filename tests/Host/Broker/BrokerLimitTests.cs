using System.Text;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>MQTT 5.0 limits a mosquitto configured by the test announces in CONNACK, honoured by our client.</summary>
public class BrokerLimitTests
{
    [Fact]
    public void PublishOverTheBrokersMaximumPacketSizeIsRefusedBeforeSending()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxPacketSize = 512 });
        using var client = ClientHarness.Start(ClientHarness.OptionsFor(broker, "limit-packet", MqttVersion.V500));
        client.Subscribe("limit/#", 1);
        long sentBefore = client.Faults.BytesSent;

        byte[] large = new byte[600];
        Assert.Equal(PublishStatus.TooLarge, client.Client.Publish("limit/large", large, 0, large.Length, 1, false));
        Assert.Equal(sentBefore, client.Faults.BytesSent); // nothing went out

        int id = client.Publish("limit/small", new string('x', 400), 1);
        Assert.True(client.WaitCompleted(id) < 0x80);
        Assert.Equal(400, client.WaitMessage(m => m.Topic == "limit/small", "message under the limit").Payload.Length);
        Assert.DoesNotContain(client.Events, e => !e.Connected); // no DISCONNECT from the broker
    }

    [Fact]
    public void InflightWindowFollowsTheBrokersReceiveMaximum()
    {
        using var broker = MosquittoBroker.Start(new MosquittoOptions { MaxInflightMessages = 2 });
        var options = ClientHarness.OptionsFor(broker, "limit-inflight", MqttVersion.V500);
        options.MaxInflight = 16;
        using var client = ClientHarness.Start(options);
        Assert.Equal(2, client.Client.InflightWindow);

        int maxInflight = 0;
        var ids = new List<int>();
        byte[] payload = Encoding.ASCII.GetBytes("n");
        for (int i = 0; i < 50; i++)
        {
            ids.Add(client.Client.Publish("limit/inflight", payload, 0, payload.Length, 1 + (i % 2), false));
            maxInflight = Math.Max(maxInflight, client.Client.InflightCount);
        }

        foreach (int id in ids)
        {
            Assert.True(id > 0);
            Assert.True(client.WaitCompleted(id) < 0x80);
        }

        Assert.InRange(maxInflight, 1, 2);
        Assert.DoesNotContain(client.Events, e => !e.Connected); // mosquitto never had to refuse a third message
    }
}
