#!/usr/bin/env bash
# How long the API takes from start to its first answer on a large store, and its resident memory then.
#
#   bench/first-answer.sh STORE.db [RUNS] [QUERY]   (e.g. the store bench/generate-store.py makes; default 5 runs,
#                                                    QUERY '{ stats { relations } }')
#
# Each run copies STORE.db (left untouched) to a scratch file, writes the copy to disk (so the copy's write-back
# does not slow the read), starts the API (Release build, dll run directly, logging at Warning) on it and times
# QUERY from the process start (and /health's first answer). Open the store once with the API before (or let the first
# run do it): a store synced with an older dictionary is synced again at start, which is another cost.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(realpath "$1")
runs=${2:-5}
query=${3:-'{ stats { relations } }'}
port=5093
work=$(mktemp -d)
trap 'kill ${api:-} 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/ActorGraph.Api -v q > /dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")"
echo "store: $db ($(du -h "$db" | cut -f1))"
for run in $(seq "$runs"); do
    cp "$db" "$work/store.db"
    sync
    start=$(date +%s.%N)
    Logging__LogLevel__Default=Warning ActorGraph__DatabasePath="$work/store.db" ActorGraph__SeedFolder= ActorGraph__RequestTimeoutSeconds=600 \
        dotnet src/ActorGraph.Api/bin/Release/net10.0/ActorGraph.Api.dll --contentRoot "$PWD/src/ActorGraph.Api" --urls http://127.0.0.1:$port > "$work/api.log" 2>&1 &
    api=$!
    until curl -s -o /dev/null http://127.0.0.1:$port/health; do
        kill -0 $api 2>/dev/null || { echo "run $run: the API stopped: $(tail -5 "$work/api.log")" >&2; exit 1; }
        sleep 0.02
    done
    healthy=$(date +%s.%N)
    curl -s -m 600 -X POST -H 'Content-Type: application/json' --data "$(python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1]}))' "$query")" http://127.0.0.1:$port/graphql > "$work/answer.json"
    done_at=$(date +%s.%N)
    grep -q '"data"' "$work/answer.json" && ! grep -q '"errors"' "$work/answer.json" || { echo "run $run: no answer: $(head -c 300 "$work/answer.json")" >&2; exit 1; }
    printf 'run %d: /health %.2f s, first answer %.2f s after start (%s bytes), resident memory %s MB\n' "$run" "$(echo "$healthy - $start" | bc)" \
        "$(echo "$done_at - $start" | bc)" "$(wc -c < "$work/answer.json")" \
        "$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$api/status)"
    kill $api; wait $api 2>/dev/null || true; api=
    rm -f "$work"/store.db*
done
