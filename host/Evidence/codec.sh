#!/usr/bin/env bash
# Codec micro-benchmarks side by side with MQTTnet's serializer (host/Benchmarks/PeerCodecBenchmarks.cs), written to
# docs/evidence/codec.md from BenchmarkDotNet's own GitHub-markdown report (never edited by hand).
# Usage: host/Evidence/codec.sh [--job short|medium|long]   (default short: 3 iterations, a few minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
job=short
[ "${1:-}" = "--job" ] && job="${2:?--job needs a value}"
artifacts=artifacts/evidence/codec
rm -rf "$artifacts"
dotnet run -c Release --project host/Benchmarks -- --filter '*PeerCodec*' --job "$job" --exporters github \
    --artifacts "$artifacts"
report=$(ls "$artifacts"/results/*PeerCodecBenchmarks-report-github.md)
mkdir -p docs/evidence
{
    echo "# Codec micro-benchmarks: ours and MQTTnet's serializer"
    echo
    echo "Written by \`host/Evidence/codec.sh --job $job\` from BenchmarkDotNet's report; do not edit by hand."
    echo "Same PUBLISH (34-byte topic, 48-byte payload, QoS 1), CONNECT (client id, user, password, will) and SUBSCRIBE"
    echo "(two filters) encoded by our codec and by MQTTnet 5's \`MqttPacketFormatterAdapter\`, and the same received"
    echo "PUBLISH decoded; Version 4 = MQTT 3.1.1, 5 = MQTT 5.0. \`Ours_Publish\` writes the header only (the payload is"
    echo "sent from the caller's buffer, as MQTTnet sends its payload segment); \`Ours_PublishCopy\` copies the payload too."
    echo "Host JIT figures: on the device interpreter our code is designed for (byte loops, no vectorised UTF-8), the"
    echo "ranking can differ. \`-\` in Allocated means 0 bytes."
    echo
    cat "$report"
} > docs/evidence/codec.md
echo "wrote docs/evidence/codec.md"
