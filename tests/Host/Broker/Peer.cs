using MQTTnet;
using MQTTnet.Formatter;

namespace Telemetry.HostTests.Broker;

/// <summary>MQTTnet clients as independent peers of our client in the broker tests.</summary>
internal static class Peer
{
    private static readonly MqttClientFactory Factory = new();

    /// <summary>Connects an MQTTnet client (clean session unless <paramref name="persistent"/>).</summary>
    public static async Task<IMqttClient> ConnectAsync(MosquittoBroker broker, string clientId, bool persistent = false,
        MqttProtocolVersion version = MqttProtocolVersion.V500, int? port = null)
    {
        var client = Factory.CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, port ?? broker.Port)
            .WithClientId(clientId)
            .WithProtocolVersion(version)
            .WithCleanSession(!persistent)
            .WithSessionExpiryInterval(persistent ? uint.MaxValue : 0)
            .WithTimeout(TimeSpan.FromSeconds(20))
            .Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(options, timeout.Token);
        return client;
    }
}
