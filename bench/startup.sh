#!/usr/bin/env bash
# Time from starting `comparison serve` to its first successful answer (GET /healthz).
# Usage: bench/startup.sh [runs]   (builds Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
dll=src/Comparison.Cli/bin/Release/net10.0/comparison.dll
port=5181
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet "$dll" serve --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  first=$(( (end - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: first answer after ${first} ms"
done
