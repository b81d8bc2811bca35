#!/usr/bin/env bash
# Live edits under load: while wrk drives search and page traffic against `comparison serve
# --watch` on a copy of the content, edit the Netherlands' file N times, valid and invalid in
# turn, and check that no request fails, every answer comes from one complete build, and a broken
# edit is reported and never served (docs/reliability.md).
# Usage: bench/live-edits.sh [edits=100] [connections=32]
exec "$(dirname "$0")/stress.sh" live-edits --edits "${1:-100}" --connections "${2:-32}"
