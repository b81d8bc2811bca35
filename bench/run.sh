#!/usr/bin/env bash
# Every benchmark in one command: pipeline at scale against Hugo and Pagefind, the API under load,
# in-process BenchmarkDotNet, page weight and Lighthouse. Prints a summary table and writes
# everything to bench/results/<UTC time>/ (bench/results/latest points at it).
#
# Usage: bench/run.sh [--smoke] [--no-build]
#   --smoke     tiny sizes and 1-second loads; tools that are missing are skipped, not installed
#               (./test.sh runs this so the harness cannot rot); results in bench/results/smoke/
#   --no-build  use the Release binaries already built (./test.sh has just built them)
# The full run installs what it lacks: Debian hugo, wrk and chromium; npm pagefind and
# lighthouse@12.2.3 into bench/tools/node_modules (npm ci, from the committed lock file).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

smoke=0 build=1
for arg in "$@"; do
  case $arg in
    --smoke) smoke=1 ;;
    --no-build) build=0 ;;
    *) echo "usage: bench/run.sh [--smoke] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ $smoke = 1 ]; then
  sizes=(10 20) seconds=1 connections=(32) real_runs=1 name=smoke
else
  sizes=(1000 10000) seconds=20 connections=(1 32) real_runs=3 name=$(date -u +%Y%m%dT%H%M%SZ)
fi
results="$PWD/bench/results/$name"
rm -rf "$results"
mkdir -p "$results"
[ $smoke = 1 ] || ln -sfn "$name" bench/results/latest
work=$(mktemp -d "${TMPDIR:-/tmp}/comparison-bench.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)

summary="$results/summary.tsv"
row() { # area measure value [target verdict]
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" "${5:-}" >>"$summary"
  echo "  $1: $2 = $3${4:+ (target $4: $5)}"
}
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
have() { command -v "$1" >/dev/null 2>&1; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# ---- tools: installed when missing (a smoke run only skips what is missing)
apt_updated=0
need_apt() { # command package
  have "$1" && return 0
  [ $smoke = 1 ] && return 1
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  echo "== installing $2 (Debian)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need_apt /usr/bin/time time || true
need_apt hugo hugo || true
need_apt wrk wrk || true
need_apt chromium chromium || true
if [ ! -x bench/tools/node_modules/.bin/pagefind ] && [ $smoke = 0 ]; then
  need_apt npm npm
  echo "== installing pagefind and lighthouse (npm ci in bench/tools)"
  (cd bench/tools && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
pagefind=bench/tools/node_modules/.bin/pagefind
lighthouse=bench/tools/node_modules/.bin/lighthouse

if [ $build = 1 ]; then
  echo "== build (Release)"
  for project in src/Comparison.Cli bench/Comparison.Bench bench/Comparison.Synth; do
    dotnet build "$project" -c Release --nologo -v quiet >/dev/null
  done
fi
comparison=(dotnet src/Comparison.Cli/bin/Release/net10.0/comparison.dll)
bench=(dotnet bench/Comparison.Bench/bin/Release/net10.0/Comparison.Bench.dll)
# The pipeline stages run with the garbage collector `comparison` itself uses (server GC, as every
# ASP.NET Core app); the bench project's own default stays workstation GC for one-thread latency.
pipeline=(env DOTNET_gcServer=1 "${bench[@]}" pipeline)
synth=(dotnet bench/Comparison.Synth/bin/Release/net10.0/comparison-synth.dll)

{
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM"
  echo "software: .NET $(dotnet --version), $(have hugo && hugo version | cut -d' ' -f1-2 || echo 'no hugo'), $(have wrk && { wrk --version 2>&1 || true; } | head -n 1 | cut -d' ' -f1-2 || echo 'no wrk'), $(have chromium && chromium --version 2>/dev/null || echo 'no chromium'), node $(node --version 2>/dev/null || echo none)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), git $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$results/machine.txt"
cat "$results/machine.txt"

# timed RESULT-FILE command...: wall seconds and peak resident set (KB) of one process, output kept.
# Without GNU time (package `time`) the wall comes from the shell clock and the peak is 0.
timed() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$out.time" "$@" >"$out.log" 2>&1
  else
    local t0; t0=$(date +%s%N)
    "$@" >"$out.log" 2>&1
    echo "$(( ($(date +%s%N) - t0) / 1000000 ))" | awk '{ printf "%.2f 0\n", $1 / 1000 }' >"$out.time"
  fi
  cat "$out.time"
}

# ---- 1. the pipeline: real content, then synthetic trees at scale, each against Hugo
echo "== 1-2. pipeline at scale, Hugo and Pagefind on the same pages"
walls=()
for i in $(seq "$real_runs"); do
  rm -rf "$work/site-real"
  read -r wall peak < <(timed "$results/build-real-$i" "${comparison[@]}" build --content content --out "$work/site-real")
  walls+=("$wall")
  [ -f "$work/site-real/index.html" ] || { echo "the real content did not build: see $results/build-real-$i.log" >&2; exit 1; }
done
real_wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (real_runs + 1) / 2 ))p")
row "pipeline real" "comparison build, wall incl. process start (median of $real_runs)" "${real_wall} s, peak RSS $((peak / 1024)) MB" "≤ 1.5 s" "$(verdict "$real_wall <= 1.5")"
"${pipeline[@]}" --content content --out "$work/pipeline-real" --results "$results" --label real >"$results/pipeline-real.log"
cat "$results/pipeline-real.log"

declare -A build_wall hugo_wall
for n in "${sizes[@]}"; do
  "${synth[@]}" --jurisdictions "$n" --out "$work/synth-$n" >"$results/synth-$n.log"
  read -r wall peak < <(timed "$results/build-$n" "${comparison[@]}" build --content "$work/synth-$n/content" --out "$work/synth-$n/site")
  # build validates first and writes nothing on an error: the generated tree must have none.
  grep -q '^0 errors' "$results/build-$n.log" && [ -f "$work/synth-$n/site/index.html" ] \
    || { echo "synthetic content of $n jurisdictions did not build: see $results/build-$n.log" >&2; exit 1; }
  build_wall[$n]=$wall
  row "pipeline $n" "comparison build, wall incl. process start" "${wall} s, peak RSS $((peak / 1024)) MB"
  "${pipeline[@]}" --content "$work/synth-$n/content" --out "$work/synth-$n/pipeline-site" --results "$results" --label "$n" >"$results/pipeline-$n.log"
  cat "$results/pipeline-$n.log"
  rm -rf "$work/synth-$n/pipeline-site"
  if have hugo; then
    read -r hwall hpeak < <(timed "$results/hugo-$n" hugo --quiet -s "$work/synth-$n/hugo" -d "$work/synth-$n/hugo-public")
    hugo_wall[$n]=$hwall
    pages=$(find "$work/synth-$n/hugo-public" -name '*.html' | wc -l)
    row "pipeline $n" "Hugo on the same pages ($pages HTML files), wall" "${hwall} s, peak RSS $((hpeak / 1024)) MB"
    target=""; [ "$n" = "${sizes[-1]}" ] && target="< 1 (faster than Hugo)"
    ratio=$(calc '%.2f' "$wall / ($hwall > 0 ? $hwall : 0.01)")
    row "pipeline $n" "our build / Hugo's" "$ratio" "$target" "${target:+$(verdict "$ratio < 1")}"
  else
    row "pipeline $n" "Hugo" "skipped: hugo not installed"
  fi
  [ "$n" = "${sizes[-1]}" ] || rm -rf "$work/synth-$n/hugo-public"
done
first=${sizes[0]} last=${sizes[-1]}
growth=$(calc '%.2f' "(${build_wall[$last]} / ${build_wall[$first]}) / ($last / $first)")
row "pipeline growth" "build wall ${last} / (${last}/${first} × ${first}); 1.00 = linear" "$growth" "≈ 1 (≤ 1.2)" "$(verdict "$growth <= 1.2")"
"${bench[@]}" growth --results "$results" --from "$first" --to "$last" | grep -E '^  ' || true

# Pagefind over our built site against our Lucene index build, on the same content.
if [ -x "$pagefind" ]; then
  for label in real "$first"; do
    site=$work/site-real; [ "$label" = real ] || site=$work/synth-$label/site
    read -r pwall _ < <(timed "$results/pagefind-$label" "$pagefind" --site "$site")
    lucene=$(sed -n 's/.*"indexMs": \([0-9.]*\).*/\1/p' "$results/pipeline-$label.json" | awk '{ print $1 / 1000 }')
    row "search index $label" "Pagefind over the built site, wall (process) / our Lucene build (in-process)" \
      "${pwall} s / $(calc '%.2f' "$lucene") s = $(calc '%.1f' "$pwall / $lucene") ×"
  done
else
  row "search index" "Pagefind" "skipped: bench/tools not installed (npm ci in bench/tools)"
fi
# Keep the first size's built site (with its Pagefind index) for the bytes-per-query scenario.
for n in "${sizes[@]}"; do
  if [ "$n" = "$first" ]; then rm -rf "$work/synth-$n/content" "$work/synth-$n/hugo" "$work/synth-$n/hugo-public"; else rm -rf "$work/synth-$n"; fi
done

# ---- 3. the API under load, then the browser measurements against the same server
echo "== 3. API under load (wrk, ${seconds}s per run)"
# Measure the server, not the per-client rate limit (one wrk client would be throttled at once).
# Port 0: the system picks a free port (a smoke run may run beside a full one); serve prints it.
Comparison__RateLimit__PermitsPerSecond=0 "${comparison[@]}" serve --urls "http://127.0.0.1:0" >"$results/serve.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 300); do
  url=$(sed -n 's|^ready in .* at \(http://127\.0\.0\.1:[0-9]*\).*|\1|p' "$results/serve.log")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] && curl -sf "$url/healthz" >/dev/null || { echo "serve did not start: see $results/serve.log" >&2; exit 1; }

# The physical limit: the site's static file closest in size to the mean search response.
total=0 count=0
while read -r query; do
  bytes=$(curl -s -H 'Accept-Encoding: identity' "$url/api/v1/search?$query" | wc -c)
  total=$((total + bytes)) count=$((count + 1))
done < <(grep -o '"q=[^"]*"' bench/search-mix.lua | tr -d '"')
mean_search=$((total / count))
read -r static_bytes static_file < <(find "$work/site-real" -type f -not -path '*/pagefind/*' -printf '%s %P\n' \
  | awk -v m="$mean_search" '{ d = $1 - m; if (d < 0) d = -d; print d, $1, $2 }' | sort -n | head -n 1 | cut -d' ' -f2-)
static_path="/${static_file%index.html}"
row "API sizes" "search mix: $count queries, mean response (identity)" "$mean_search B"
row "API sizes" "static file of about that size" "$static_path, $static_bytes B"

wrk_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
declare -A rps p99
load() { # name connections wrk-args...
  local name=$1 c=$2; shift 2
  local out="$results/wrk-${name// /-}-$c.txt"
  wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${seconds}s" --latency "$@" >"$out" 2>&1
  local r p50v p99v errors
  r=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$out")
  p50v=$(wrk_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99v=$(wrk_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { for (i = 4; i <= NF; i += 2) { gsub(",", "", $i); n += $i } } END { print n + 0 }' "$out")
  rps[$name,$c]=$r p99[$name,$c]=$p99v
  local target="" met=""
  if [ "$name" = search ] && [ "$c" = 32 ]; then target="p99 ≤ 5 ms, 0 errors"; met=$(verdict "$p99v <= 5 && $errors == 0"); fi
  row "API $c conn" "$name" "$r req/s, p50 $p50v ms, p99 $p99v ms, $errors errors" "$target" "$met"
}
if have wrk; then
  for c in "${connections[@]}"; do
    load search "$c" -s bench/search-mix.lua "$url"
    if [ $smoke = 0 ]; then
      load country "$c" -H 'Accept-Encoding: identity' "$url/api/v1/countries/nl"
      load "static page" "$c" -H 'Accept-Encoding: identity' "$url/about/"
    fi
    load "static same size" "$c" -H 'Accept-Encoding: identity' "$url$static_path"
    share=$(calc '%.0f' "100 * ${rps[search,$c]} / ${rps[static same size,$c]}")
    target=""; [ "$c" = 32 ] && target="≥ 50%"
    row "API $c conn" "search / static file of the same size" "$share%" "$target" "${target:+$(verdict "$share >= 50")}"
  done
else
  row "API" "wrk" "skipped: wrk not installed"
fi

echo "== 5. page weight, and bytes per query against Pagefind (chromium)"
if have chromium || [ -n "${CHROME_PATH:-}" ]; then
  "${bench[@]}" weight --url "$url" --results "$results" >"$results/weight.log" 2>&1 || { cat "$results/weight.log"; exit 1; }
  grep -E '^  ' "$results/weight.log" || true
  for label in real "$first"; do
    site=$work/site-real; [ "$label" = real ] || site=$work/synth-$label/site
    [ -f "$site/pagefind/pagefind.js" ] || continue
    "${bench[@]}" pagefind --site "$site" --api "$url" --label "$label" --results "$results" >"$results/pagefind-bytes-$label.log" 2>&1 \
      || { cat "$results/pagefind-bytes-$label.log"; exit 1; }
    grep -E '^  ' "$results/pagefind-bytes-$label.log" || true
  done
else
  row "page weight" "chromium" "skipped: chromium not installed"
fi

echo "== 6. Lighthouse"
if [ -x "$lighthouse" ] && [ $smoke = 0 ]; then
  for page in / /countries/nl/ /questions/minor-purchase-offence/ /compare/; do
    out="$results/lighthouse$(echo "${page%/}" | tr '/' '-').json"
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$lighthouse" "$url$page" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >"$out.log" 2>&1 || true
    if [ -s "$out" ]; then
      scores=$(node -e 'const c = require(process.argv[1]).categories;
        console.log(["performance", "accessibility", "best-practices", "seo"].map(k => Math.round(c[k].score * 100)).join(" / "))' "$out")
      read -r perf a11y bp seo <<<"${scores//\//}"
      row "Lighthouse" "$page performance / accessibility / best practices / SEO" "$scores" "≥ 98 / 100 / 100 / 100" \
        "$(verdict "$perf >= 98 && $a11y == 100 && $bp == 100 && $seo == 100")"
    else
      row "Lighthouse" "$page" "failed: see $out.log"
    fi
  done
else
  row "Lighthouse" "all pages" "skipped: $([ $smoke = 1 ] && echo 'smoke run' || echo 'bench/tools not installed')"
fi
kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "== 4. in-process (BenchmarkDotNet)"
"${bench[@]}" micro --results "$results" $([ $smoke = 1 ] && echo --smoke) >"$results/micro.log" 2>&1 || { tail -n 40 "$results/micro.log"; exit 1; }
grep -E '^  in-process' "$results/micro.log" || true

# ---- the table
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); run took $(( $(date +%s) - started )) s" >>"$results/machine.txt"
{
  echo "| area | measure | value | target | verdict |"
  echo "|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$summary"
} >"$results/summary.md"
echo
cat "$results/machine.txt"
column -t -s $'\t' "$summary" 2>/dev/null || cat "$summary"
echo "results: bench/results/$name/ (summary.md, summary.tsv and every raw output)"
