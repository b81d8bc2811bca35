#!/usr/bin/env bash
# Builds Comparison and runs every test project. Works from a fresh clone on a machine with the
# .NET SDK: installs what is missing (Debian chromium, once browser tests exist), restores,
# builds, tests, runs the benchmark harness once at tiny sizes (bench/run.sh --smoke, one test),
# and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Browser tests drive Debian's chromium through Playwright (no browser download).
if [ -d tests/Comparison.EndToEnd.Tests ] && ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (Debian package) for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

results="$PWD/TestResults"
rm -rf "$results"

echo "== restore and build"
dotnet build Comparison.sln -c Release --nologo -v quiet

echo "== test"
status=0
dotnet test Comparison.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

# The benchmark harness at tiny sizes, so it cannot rot. It counts as one test: its figures are
# never judged here (benchmarks do not fail the suite), only whether every scenario still runs.
# Tools it lacks (wrk, hugo, pagefind, lighthouse) are skipped, not installed.
echo "== benchmark harness: bench/run.sh --smoke (log: TestResults/bench-smoke.log)"
smoke_passed=0
smoke_failed=0
if bench/run.sh --smoke --no-build >"$results/bench-smoke.log" 2>&1; then
  smoke_passed=1
else
  smoke_failed=1
  echo "bench/run.sh --smoke failed; the end of its log:" >&2
  tail -n 20 "$results/bench-smoke.log" >&2
fi

# dotnet test prints per-project summaries; CI reads one plain line, summed from the TRX files.
passed=$smoke_passed
failed=$smoke_failed
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
trx_count=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$trx_count" -eq 0 ]; then
  echo "no test results were written" >&2
  status=1
fi
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
