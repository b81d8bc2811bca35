#!/usr/bin/env bash
# Live edits under load: while wrk drives search and page traffic against `comparison serve
# --watch` on a copy of the content, edit the Netherlands' file N times, valid and invalid in
# turn, and check that no request fails, every answer comes from one complete build, and a broken
# edit is reported and never served. Installs wrk from Debian when missing.
# Usage: bench/live-edits.sh [edits=100] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-100}
connections=${2:-32}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
dotnet build -c Release bench/Comparison.Stress --nologo -v quiet >/dev/null
exec dotnet bench/Comparison.Stress/bin/Release/net10.0/Comparison.Stress.dll live-edits \
  --cli src/Comparison.Cli/bin/Release/net10.0/comparison.dll --content content \
  --lua bench/stress-mix.lua --edits "$edits" --connections "$connections" --results bench/results
