#!/usr/bin/env bash
# Soak: wrk at 32 connections against `comparison serve` on the real content for 10 minutes,
# sampling the server's resident memory every 5 s; passes with 0 errors and growth under 10%.
# Installs wrk from Debian when missing.
# Usage: bench/soak.sh [seconds=600] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
connections=${2:-32}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/Comparison.Stress --nologo -v quiet >/dev/null
exec dotnet bench/Comparison.Stress/bin/Release/net10.0/Comparison.Stress.dll soak \
  --cli src/Comparison.Cli/bin/Release/net10.0/comparison.dll --content content \
  --lua bench/stress-mix.lua --seconds "$seconds" --connections "$connections" --results bench/results
