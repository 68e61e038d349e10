using System.Globalization;
using System.Security;
using System.Text;
using Telemetry.Evidence.Bench;

namespace Telemetry.Evidence.Report;

/// <summary>
/// Writes the throughput plot as SVG: two panels (publish, receive), one group of bars per QoS and payload size,
/// one bar per client, on a log scale (the raw socket and the QoS 0 cases are orders of magnitude apart).
/// </summary>
public static class ThroughputPlot
{
    private const int PanelWidth = 560;
    private const int PanelHeight = 300;
    private const int Left = 70;
    private const int Top = 50;
    private const int Bottom = 60;

    private static readonly string[] Colors = ["#9e9e9e", "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd"];

    public static string Write(BenchResults results)
    {
        var clients = results.Throughput.Select(r => r.Client).Distinct().ToList();
        var cases = results.Throughput.Select(r => (r.PayloadSize, r.Qos)).Distinct().OrderBy(c => c.PayloadSize).ThenBy(c => c.Qos).ToList();
        double max = results.Throughput.SelectMany(r => new[] { r.Publish, r.Receive }).Max(m => m?.MessagesPerSecond ?? 0);
        double top = Math.Max(max, 10_000) * 1.5;
        const double bottomValue = 1000;

        int width = Left + (2 * PanelWidth) + 60;
        int height = Top + PanelHeight + Bottom + 40 + (22 * ((clients.Count + 2) / 3));
        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"16\">MQTT throughput through mosquitto on loopback (messages/s, log scale) — {results.StartedUtc:yyyy-MM-dd}</text>"));
        for (int panel = 0; panel < 2; panel++)
        {
            int x0 = Left + (panel * (PanelWidth + 40));
            Func<ThroughputRow, Measurement?> select = panel == 0 ? r => r.Publish : r => r.Receive;
            svg.AppendLine(Invariant($"<text x=\"{x0 + (PanelWidth / 2)}\" y=\"{Top - 10}\" text-anchor=\"middle\" font-size=\"14\">{(panel == 0 ? "Publish" : "Receive")}</text>"));
            foreach (double tick in Ticks(bottomValue, top))
            {
                double y = Y(tick, bottomValue, top);
                svg.AppendLine(Invariant($"<line x1=\"{x0}\" y1=\"{y:F1}\" x2=\"{x0 + PanelWidth}\" y2=\"{y:F1}\" stroke=\"#e0e0e0\"/>"));
                svg.AppendLine(Invariant($"<text x=\"{x0 - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Label(tick)}</text>"));
            }

            svg.AppendLine(Invariant($"<line x1=\"{x0}\" y1=\"{Top + PanelHeight}\" x2=\"{x0 + PanelWidth}\" y2=\"{Top + PanelHeight}\" stroke=\"black\"/>"));
            double groupWidth = (double)PanelWidth / cases.Count;
            double barWidth = (groupWidth - 10) / Math.Max(1, clients.Count);
            for (int c = 0; c < cases.Count; c++)
            {
                var (payload, qos) = cases[c];
                double gx = x0 + (c * groupWidth) + 5;
                svg.AppendLine(Invariant($"<text x=\"{gx + ((groupWidth - 10) / 2):F1}\" y=\"{Top + PanelHeight + 16}\" text-anchor=\"middle\">QoS {qos}</text>"));
                svg.AppendLine(Invariant($"<text x=\"{gx + ((groupWidth - 10) / 2):F1}\" y=\"{Top + PanelHeight + 30}\" text-anchor=\"middle\">{ResultsTable.Size(payload)}</text>"));
                for (int k = 0; k < clients.Count; k++)
                {
                    var row = results.Throughput.FirstOrDefault(r => r.Client == clients[k] && r.Qos == qos && r.PayloadSize == payload);
                    double value = row == null ? 0 : select(row)?.MessagesPerSecond ?? 0;
                    if (value <= 0)
                    {
                        continue;
                    }

                    double y = Y(Math.Max(value, bottomValue), bottomValue, top);
                    svg.AppendLine(Invariant($"<rect x=\"{gx + (k * barWidth):F1}\" y=\"{y:F1}\" width=\"{barWidth - 1:F1}\" height=\"{Top + PanelHeight - y:F1}\" fill=\"{Colors[k % Colors.Length]}\"><title>{SecurityElement.Escape(clients[k])} QoS {qos} {ResultsTable.Size(payload)}: {value:N0} msg/s</title></rect>"));
                }
            }
        }

        for (int k = 0; k < clients.Count; k++)
        {
            int lx = Left + ((k % 3) * 300);
            int ly = Top + PanelHeight + Bottom + (22 * (k / 3));
            svg.AppendLine(Invariant($"<rect x=\"{lx}\" y=\"{ly - 11}\" width=\"14\" height=\"14\" fill=\"{Colors[k % Colors.Length]}\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{lx + 20}\" y=\"{ly}\">{SecurityElement.Escape(clients[k] == BenchResults.OursName ? "ours (MqttClient + TcpTransport)" : clients[k])}</text>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// <summary>1, 2, 5 times each power of ten from <paramref name="bottom"/> up to <paramref name="top"/>.</summary>
    private static IEnumerable<double> Ticks(double bottom, double top)
    {
        for (double decade = bottom; decade <= top; decade *= 10)
        {
            foreach (double factor in new[] { 1.0, 2.0, 5.0 })
            {
                if (decade * factor <= top)
                {
                    yield return decade * factor;
                }
            }
        }
    }

    private static double Y(double value, double bottom, double top)
    {
        double fraction = (Math.Log10(value) - Math.Log10(bottom)) / (Math.Log10(top) - Math.Log10(bottom));
        return Top + PanelHeight - (fraction * PanelHeight);
    }

    private static string Label(double value) => value >= 1e6 ? Invariant($"{value / 1e6:0.#}M") : value >= 1e3 ? Invariant($"{value / 1e3:0.#}k") : Invariant($"{value:0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
