#!/usr/bin/env bash
# Soak: wrk against `comparison serve` on the real content for 10 minutes, sampling the server's
# resident memory every 5 s; passes with 0 errors and growth under 10% (docs/reliability.md).
# Usage: bench/soak.sh [seconds=600] [connections=32]
exec "$(dirname "$0")/stress.sh" soak --seconds "${1:-600}" --connections "${2:-32}"
