#!/usr/bin/env bash
# The query fuzzer as a latency benchmark: `comparison serve` (Release, real content, rate limit
# off) on loopback, a warm-up, then 10,000 fuzzed requests one at a time. Exits 1 if any request
# takes longer than 100 ms or gets an unexpected answer (docs/reliability.md).
# Usage: bench/query-fuzz.sh [seed] [cases] [warm-up] [budget-ms]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/Comparison.QueryFuzz --nologo -v quiet >/dev/null
port=${PORT:-5193}
url="http://127.0.0.1:$port"
# Measure the server, not the per-client rate limit.
export Comparison__RateLimit__PermitsPerSecond=0
# Each response says where its time went (Server-Timing), so a slow one can be explained.
export Comparison__ServerTiming=true
dotnet src/Comparison.Cli/bin/Release/net10.0/comparison.dll serve --urls "$url" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "$url/healthz" >/dev/null 2>&1; do sleep 0.1; done
dotnet bench/Comparison.QueryFuzz/bin/Release/net10.0/Comparison.QueryFuzz.dll "$url" "${1:-197}" "${2:-10000}" "${3:-3000}" "${4:-100}"
