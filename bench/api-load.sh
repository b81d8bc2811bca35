#!/usr/bin/env bash
# HTTP load on loopback against `comparison serve` with the real content: a mix of 50 searches,
# one jurisdiction, and a static file from the same host as the physical limit.
# Usage: bench/api-load.sh [seconds-per-run]   (installs wrk from Debian when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/Comparison.Cli --nologo -v quiet >/dev/null
port=5191
url="http://127.0.0.1:$port"
# Measure the server, not the per-client rate limit: one wrk client would be throttled at once.
export Comparison__RateLimit__PermitsPerSecond=0
dotnet src/Comparison.Cli/bin/Release/net10.0/comparison.dll serve --urls "$url" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "$url/healthz" >/dev/null 2>&1; do sleep 0.1; done
curl -sf "$url/assets/site.css" >/dev/null   # let the site's static files build before measuring

search_bytes=$(curl -s -H "Accept-Encoding: identity" "$url/api/v1/search?q=sex+purchase+ban" | wc -c)
static_bytes=$(curl -s -H "Accept-Encoding: identity" "$url/assets/site.css" | wc -c)
echo "sizes: a search response ~${search_bytes} B; the static file /assets/site.css ${static_bytes} B"

run() { # name connections args...
  local name=$1 connections=$2; shift 2
  local out
  out=$(wrk -t "$(( connections < 2 ? 1 : 2 ))" -c "$connections" -d "${seconds}s" --latency "$@")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-22s %3s conn  %10s req/s  p50 %8s  p99 %8s  %s\n' "$name" "$connections" "$rps" "$p50" "$p99" "${errors:-0 errors}"
}

for c in 1 32; do
  run "search (50-query mix)" "$c" -s bench/search-mix.lua "$url"
  run "country nl" "$c" -H "Accept-Encoding: identity" "$url/api/v1/countries/nl"
  run "static file" "$c" -H "Accept-Encoding: identity" "$url/assets/site.css"
done
