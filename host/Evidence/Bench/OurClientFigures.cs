using Telemetry.Evidence.Clients;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Evidence.Bench;

/// <summary>Our client in the benchmark, and the memory it takes for a given buffer configuration.</summary>
public static class OurClientFigures
{
    public static IBenchClient Create() => new OurClient();

    /// <summary>Bytes allocated by the constructor (everything the client will ever allocate for its sessions).</summary>
    public static void AddMemory(BenchResults results)
    {
        var defaults = new MqttClientOptions { ClientId = "esp32-0123456789" };
        results.Memory.Add(new Figure(
            $"Our client, default options ({defaults.ReceiveBufferSize} B receive, {defaults.SendBufferSize} B send buffer, {defaults.MaxInflight} in flight, outbox {defaults.OutboxBytes} B / {defaults.OutboxEntries} entries, {defaults.InboundQos2Capacity} inbound QoS 2 ids, {defaults.MaxSubscriptions} subscriptions)",
            $"{Constructed(defaults):N0} B",
            "`GC.GetAllocatedBytesForCurrentThread` around `new MqttClient(options, new TcpTransport(), clock)` (host CLR object sizes)"));
        var bench = OurClient.BenchOptions(1883, "memory");
        results.Memory.Add(new Figure(
            $"Our client, benchmark options ({bench.ReceiveBufferSize} B receive, {bench.SendBufferSize} B send, {bench.MaxInflight} in flight, outbox {bench.OutboxBytes} B / {bench.OutboxEntries} entries)",
            $"{Constructed(bench):N0} B",
            "same"));
    }

    private static long Constructed(MqttClientOptions options)
    {
        var clock = new SystemClock();
        _ = new MqttClient(options, new TcpTransport(), clock);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var transport = new TcpTransport();
        _ = new MqttClient(options, transport, clock);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
