#!/usr/bin/env bash
# What queries see while a document is loaded into the store the API serves.
# usage: bench/served-load.sh STORE.db      (e.g. a copy of the store bench/generate-store.py makes; it is written to)
# Starts the API on STORE.db, waits for its first answer, then runs 'actorgraph load' of one new document into the
# same file while a client queries { stats } back to back; prints the slowest query during the rebuild and when
# the new document was first answered.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(realpath "$1")
port=5096
work=$(mktemp -d)
dotnet build -c Release src/ActorGraph.Api -v q > /dev/null
dotnet build -c Release src/ActorGraph.Cli -v q > /dev/null
ActorGraph__DatabasePath=$db ActorGraph__RequestTimeoutSeconds=600 ActorGraph__SeedFolder= \
    dotnet run -c Release --project src/ActorGraph.Api --no-build -- --urls http://127.0.0.1:$port > "$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
query() { curl -s -m 900 -X POST -H 'Content-Type: application/json' -d '{"query":"{ stats { documents } }"}' http://127.0.0.1:$port/graphql; }
until curl -s -o /dev/null http://127.0.0.1:$port/health; do sleep 0.2; done
start=$(date +%s.%N); query > /dev/null; echo "first answer: $(echo "$(date +%s.%N) - $start" | bc) s"
before=$(query | grep -o '"documents":[0-9]*' | cut -d: -f2)
mkdir "$work/docs"
printf 'Served load\nPublished: 2020-05-02\n\nThe Islamic State attacked Al Nusrah Front positions near Deir ez-Zor yesterday.\n' > "$work/docs/served-load-$RANDOM.txt"
loaded=$(date +%s.%N)
dotnet run -c Release --project src/ActorGraph.Cli --no-build -- load "$work/docs" --db "$db" > /dev/null
committed=$(date +%s.%N)
slowest=0; seen=""
while [ -z "$seen" ]; do
    t0=$(date +%s.%N); answer=$(query); t1=$(date +%s.%N)
    took=$(echo "$t1 - $t0" | bc); [ -n "${VERBOSE:-}" ] && echo "  query $took s" >&2; (( $(echo "$took > $slowest" | bc) )) && slowest=$took
    count=$(echo "$answer" | grep -o '"documents":[0-9]*' | cut -d: -f2)
    [ "$count" -gt "$before" ] && seen=$(echo "$t1 - $committed" | bc)
done
echo "load committed $(echo "$committed - $loaded" | bc) s after it started (CLI start-up included)"
echo "slowest query meanwhile: $slowest s; the new document answered $seen s after the commit"
echo "API resident memory: $(grep VmRSS /proc/$(pgrep -f 'net10.0/ActorGraph.Api' | head -1)/status | awk '{print $2/1024 " MB"}')"
