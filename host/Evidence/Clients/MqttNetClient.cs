using System.Diagnostics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Telemetry.Evidence.Bench;

namespace Telemetry.Evidence.Clients;

/// <summary>
/// MQTTnet 5 (<see cref="IMqttClient"/>), the .NET client that .NET users pick. The window is
/// <see cref="BenchSettings.Window"/> concurrent publish loops (each awaits its PublishAsync), so the harness itself
/// allocates nothing per message and the counted bytes are the library's.
/// </summary>
public sealed class MqttNetClient : IBenchClient
{
    private static int clientNumber;

    public string Name => "MQTTnet";

    public async Task<Measurement> PublishAsync(int port, string topic, int qos, int payloadSize, int count)
    {
        using var client = await ConnectAsync(port, "mqttnet-pub");
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(new byte[payloadSize])
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos).Build();
        var fence = new MqttApplicationMessageBuilder().WithTopic(topic + "/fence").WithPayload(new byte[payloadSize])
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        int next = 0;
        async Task Loop()
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                await client.PublishAsync(message).ConfigureAwait(false);
            }
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        var loops = new Task[qos == 0 ? 1 : BenchSettings.Window];
        for (int i = 0; i < loops.Length; i++)
        {
            loops[i] = Task.Run(Loop);
        }

        await Task.WhenAll(loops).ConfigureAwait(false);
        if (qos == 0)
        {
            await client.PublishAsync(fence).ConfigureAwait(false);
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        await client.DisconnectAsync().ConfigureAwait(false);
        return new Measurement(count, seconds, (double)allocated / count);
    }

    public async Task<IReceiveRun> SubscribeAsync(int port, string topic, int qos, int count)
    {
        var client = await ConnectAsync(port, "mqttnet-sub");
        var run = new ReceiveRun(client, count);
        client.ApplicationMessageReceivedAsync += run.OnMessage;
        await client.SubscribeAsync(topic, (MqttQualityOfServiceLevel)qos).ConfigureAwait(false);
        run.StartCounting();
        return run;
    }

    public async Task<double[]> RoundTripsAsync(int port, string topic, int count)
    {
        using var client = await ConnectAsync(port, "mqttnet-lat");
        TaskCompletionSource? arrived = null;
        client.ApplicationMessageReceivedAsync += _ =>
        {
            arrived?.TrySetResult();
            return Task.CompletedTask;
        };
        await client.SubscribeAsync(topic, MqttQualityOfServiceLevel.AtLeastOnce).ConfigureAwait(false);
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(new byte[16])
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            long start = Stopwatch.GetTimestamp();
            await client.PublishAsync(message).ConfigureAwait(false);
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        await client.DisconnectAsync().ConfigureAwait(false);
        return samples;
    }

    private static async Task<IMqttClient> ConnectAsync(int port, string name)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithClientId($"{name}-{Interlocked.Increment(ref clientNumber)}")
            .WithCleanSession()
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(120))
            .Build();
        await client.ConnectAsync(options).ConfigureAwait(false);
        return client;
    }

    private sealed class ReceiveRun(IMqttClient client, int count) : IReceiveRun
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long received;
        private long first;
        private long last;
        private long allocatedAtStart;
        private long allocatedAtEnd;

        public void StartCounting() => allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

        public Task OnMessage(MqttApplicationMessageReceivedEventArgs args)
        {
            long now = Stopwatch.GetTimestamp();
            long n = Interlocked.Increment(ref received);
            if (n == 1)
            {
                first = now;
            }

            last = now;
            if (n == count)
            {
                allocatedAtEnd = GC.GetTotalAllocatedBytes(precise: true);
                done.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public async Task<Measurement> CompleteAsync(TimeSpan idle)
        {
            long seen = -1;
            while (!done.Task.IsCompleted)
            {
                long n = Interlocked.Read(ref received);
                if (n == seen && n > 0)
                {
                    break;
                }

                seen = n;
                await Task.WhenAny(done.Task, Task.Delay(n == 0 ? TimeSpan.FromSeconds(30) : idle)).ConfigureAwait(false);
            }

            long messages = Interlocked.Read(ref received);
            double? perMessage = done.Task.IsCompleted ? (double)(allocatedAtEnd - allocatedAtStart) / messages : null;
            return new Measurement(messages, messages > 1 ? Stopwatch.GetElapsedTime(first, last).TotalSeconds : 0, perMessage);
        }

        public async ValueTask DisposeAsync()
        {
            await client.DisconnectAsync().ConfigureAwait(false);
            client.Dispose();
        }
    }
}
