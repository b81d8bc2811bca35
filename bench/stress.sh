#!/usr/bin/env bash
# Shared runner of bench/Comparison.Stress against the real `comparison serve` (Release) on the
# real content, with wrk (installed from Debian when missing) driving bench/stress-mix.lua.
# Usage: bench/stress.sh live-edits|soak [--edits N] [--seconds N] [--connections N]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1; shift
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/Comparison.Stress --nologo -v quiet >/dev/null
exec dotnet bench/Comparison.Stress/bin/Release/net10.0/Comparison.Stress.dll "$mode" \
  --cli src/Comparison.Cli/bin/Release/net10.0/comparison.dll --content content \
  --lua bench/stress-mix.lua --results bench/results "$@"
