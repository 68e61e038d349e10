using System.Globalization;
using System.Text;
using Telemetry.Evidence.Bench;

namespace Telemetry.Evidence.Report;

/// <summary>Writes docs/evidence/results.md from one run; the figures in it are never edited by hand.</summary>
public static class ResultsTable
{
    public static string Write(BenchResults results, string plotFileName)
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmark results");
        md.AppendLine();
        md.AppendLine("Written by the benchmark harness (`host/Evidence`); do not edit by hand. Every figure below comes from one run:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(results.Command);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Invariant($"Run on {results.StartedUtc:yyyy-MM-dd HH:mm} UTC, {results.Duration.TotalMinutes:F1} min."));
        md.AppendLine();
        md.AppendLine("| Machine | |");
        md.AppendLine("| --- | --- |");
        foreach (var (what, value) in results.Machine)
        {
            md.AppendLine($"| {what} | {value} |");
        }

        md.AppendLine();
        md.AppendLine($"![Throughput by client, QoS and payload size]({plotFileName})");
        md.AppendLine();
        md.AppendLine("## Throughput");
        md.AppendLine();
        md.AppendLine("Messages per second through one mosquitto on 127.0.0.1, MQTT 3.1.1, clean session, at most 20 QoS 1/2 messages "
            + "unacknowledged per publisher (mosquitto's receive window). **Publish**: from the first publish until the last "
            + "PUBACK/PUBCOMP (QoS 0: until the PUBACK of a QoS 1 message sent after them). **Receive**: the client subscribes, "
            + "a raw-socket publisher sends the messages at that QoS, the time runs from the first to the last message received. "
            + "× raw = ratio to the raw socket (the broker's limit here), × peer = ratio to the best of MQTTnet, libmosquitto and "
            + "mqtt.js in the same case. Alloc = bytes allocated by the whole process per message (`GC.GetTotalAllocatedBytes`), "
            + ".NET clients only. Each case is the best of the repeated runs.");
        md.AppendLine();
        md.AppendLine("| Client | QoS | Payload | Publish msg/s | × raw | × peer | Alloc B/msg | Receive msg/s | × raw | × peer | Alloc B/msg | Received |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in results.Throughput.OrderBy(r => r.PayloadSize).ThenBy(r => r.Qos))
        {
            var raw = results.Raw(row.Qos, row.PayloadSize);
            double peerPublish = results.BestPeer(row.Qos, row.PayloadSize, r => r.Publish);
            double peerReceive = results.BestPeer(row.Qos, row.PayloadSize, r => r.Receive);
            string name = row.Client == BenchResults.OursName ? "**ours**" : row.Client;
            md.Append(Invariant($"| {name} | {row.Qos} | {Size(row.PayloadSize)} | "));
            md.Append(Cells(row.Publish, raw?.Publish, peerPublish));
            md.Append(Cells(row.Receive, raw?.Receive, peerReceive));
            md.AppendLine(Invariant($"{(row.Receive == null ? "–" : $"{row.Receive.Messages:N0}/{row.ReceiveSent:N0}")} |"));
        }

        var failures = results.Throughput.Where(r => r.Error != null).ToList();
        foreach (var row in failures)
        {
            md.AppendLine();
            md.AppendLine($"- {row.Client} QoS {row.Qos} {Size(row.PayloadSize)}: {row.Error}");
        }

        md.AppendLine();
        md.AppendLine("## QoS 1 round trip");
        md.AppendLine();
        md.AppendLine("One message at a time to the client's own subscription: publish → PUBLISH back from the broker, in microseconds.");
        md.AppendLine();
        md.AppendLine("| Client | p50 µs | p99 µs | Round trips |");
        md.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var row in results.Latency)
        {
            md.AppendLine(row.Error == null
                ? Invariant($"| {row.Client} | {row.P50:F0} | {row.P99:F0} | {row.Samples:N0} |")
                : $"| {row.Client} | – | – | failed: {row.Error} |");
        }

        AppendFigures(md, "Memory", results.Memory);
        AppendFigures(md, "Fleet", results.Fleet);
        if (results.LeftOut.Count > 0 || results.Notes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Notes");
            md.AppendLine();
            foreach (var (client, reason) in results.LeftOut)
            {
                md.AppendLine($"- Left out: {client}: {reason}");
            }

            foreach (string note in results.Notes)
            {
                md.AppendLine($"- {note}");
            }
        }

        return md.ToString();
    }

    private static void AppendFigures(StringBuilder md, string title, List<Figure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine($"## {title}");
        md.AppendLine();
        md.AppendLine("| What | Result | How |");
        md.AppendLine("| --- | ---: | --- |");
        foreach (var figure in figures)
        {
            md.AppendLine($"| {figure.What} | {figure.Value} | {figure.How} |");
        }
    }

    private static string Cells(Measurement? m, Measurement? raw, double peer)
    {
        if (m == null)
        {
            return "– | – | – | – | ";
        }

        double rate = m.MessagesPerSecond;
        string toRaw = raw is { MessagesPerSecond: > 0 } ? Invariant($"{rate / raw.MessagesPerSecond:F2}") : "–";
        string toPeer = peer > 0 ? Invariant($"{rate / peer:F2}") : "–";
        string alloc = m.AllocatedBytesPerMessage is { } bytes ? Invariant($"{bytes:F0}") : "–";
        return Invariant($"{rate:N0} | {toRaw} | {toPeer} | {alloc} | ");
    }

    internal static string Size(int bytes) => bytes >= 1024 ? Invariant($"{bytes / 1024} KB") : Invariant($"{bytes} B");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
