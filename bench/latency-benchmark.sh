#!/usr/bin/env bash
# 32 clients against the API and, in the same run, against a constant-JSON Kestrel app serving the same answer
# (the floor): requests a second and latency percentiles, and the API's figures as ratios to the floor's.
#
#   bench/latency-benchmark.sh STORE.db [SECONDS]     (e.g. the store bench/generate-store.py makes; default 15 s)
#
# Needs Debian's wrk. Starts the API (Release) on STORE.db with the per-client limits raised (all 32 connections
# come from one address), waits for its first answer, then for each query: saves the API's answer, starts the
# floor with it, and runs `wrk -t2 -c32 -d SECONDS --timeout 60s --latency` with a Lua script POSTing the query
# to each, after WARMUP seconds (default 10) of the same load as warm-up: 3 s measured the JIT still compiling (the
# first query's rate after start was a third of its steady rate), and both sides get the same. ACTOR (a mid-degree actor) and HUB (the biggest) default to the
# generated store's.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(realpath "$1")
seconds=${2:-15}
warmup=${WARMUP:-10}
api_port=5095
floor_port=5094
work=$(mktemp -d)
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release src/ActorGraph.Api -v q > /dev/null
dotnet build -c Release bench/ConstantJson -v q > /dev/null
ActorGraph__DatabasePath=$db ActorGraph__SeedFolder= ActorGraph__RequestTimeoutSeconds=600 \
ActorGraph__ConcurrentRequestsPerClient=64 ActorGraph__QueuedRequestsPerClient=256 \
    dotnet run -c Release --project src/ActorGraph.Api --no-build -- --urls http://127.0.0.1:$api_port > "$work/api.log" 2>&1 &
api=$!
floor=
trap 'kill $api ${floor:-} 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null http://127.0.0.1:$api_port/health; do sleep 0.2; done
post() { curl -s -m 600 -X POST -H 'Content-Type: application/json' --data-binary @"$1" http://127.0.0.1:$2/graphql; }

# The actor at the middle of the degree ranking and the biggest hub, from the API itself.
# A page of every relation waits for the whole graph (an actor's questions are answered from the store before it is read).
printf '{"query":"{ relations(first: 1) { totalCount } }"}' > "$work/warm.json"
post "$work/warm.json" $api_port > /dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")"
echo "store: $db ($(du -h "$db" | cut -f1)); wrk -t2 -c32 -d${seconds}s after ${warmup}s of warm-up; medians not averaged over runs"
actor=${ACTOR:-Generated Actor 000014}
hub=${HUB:-Generated Actor 012174}
queries=(
  "1-hop neighbours|{ actor(name: \\\"$actor\\\") { name neighbors { name } } }"
  "relations(first: 100) with evidence|{ relations(first: 100) { nodes { source { name } target { name } kind evidence { sentence date } } } }"
  "bounded 2-hop neighbourhood|{ neighborhood(actor: \\\"$actor\\\", hops: 2, limit: 200) { truncated omitted nodes { name } } }"
  "bounded 2-hop neighbourhood with edges|{ neighborhood(actor: \\\"$actor\\\", hops: 2, limit: 200) { truncated omitted omittedEdges nodes { name } edges { source { name } target { name } kind evidenceCount } } }"
  "bounded 2-hop neighbourhood of a hub|{ neighborhood(actor: \\\"$hub\\\", hops: 2, limit: 200) { truncated omitted nodes { name } } }"
  "paths(maxHops: 4)|{ paths(from: \\\"$actor\\\", to: \\\"$hub\\\", maxHops: 4) { truncated all { nodes { name } } } }"
)
printf '%-40s %12s %9s %9s %12s %9s %9s %8s %8s\n' query "API req/s" "p50 ms" "p99 ms" "floor req/s" "p50 ms" "p99 ms" "req/s %" "p99 x"
for entry in "${queries[@]}"; do
    name=${entry%%|*}; query=${entry#*|}
    printf '{"query":"%s"}' "$query" > "$work/body.json"
    post "$work/body.json" $api_port > "$work/answer.json"
    if grep -q '"errors"' "$work/answer.json"; then echo "$name: the API answered an error: $(head -c 300 "$work/answer.json")" >&2; continue; fi
    dotnet bench/ConstantJson/bin/Release/net10.0/ConstantJson.dll "$work/answer.json" --urls http://127.0.0.1:$floor_port > /dev/null 2>&1 &
    floor=$!
    until curl -s -o /dev/null -X POST -d '{}' http://127.0.0.1:$floor_port/graphql; do sleep 0.2; done
    cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$work/body.json"):read("*a")
LUA
    run() { wrk -t2 -c32 -d"${seconds}s" --timeout 60s --latency -s "$work/post.lua" "http://127.0.0.1:$1/graphql"; }
    measure() { # prints req/s p50 p99 (ms), after the same load as warm-up (the JIT's second tier, caches)
        wrk -t2 -c32 -d"${warmup}s" --timeout 60s -s "$work/post.lua" "http://127.0.0.1:$1/graphql" > /dev/null
        local out; out=$(run "$1")
        local rps p50 p99
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        echo "$rps $(ms "$p50") $(ms "$p99")"
    }
    ms() { echo "$1" | awk '/us$/ {sub("us",""); printf "%.2f", $1/1000; exit} /ms$/ {sub("ms",""); printf "%.2f", $1; exit} /s$/ {sub("s",""); printf "%.2f", $1*1000; exit}'; }
    read -r a_rps a_p50 a_p99 <<< "$(measure $api_port)"
    read -r f_rps f_p50 f_p99 <<< "$(measure $floor_port)"
    kill $floor 2>/dev/null || true; wait $floor 2>/dev/null || true; floor=
    printf '%-40s %12s %9s %9s %12s %9s %9s %7.1f%% %8.1f\n' "$name" "$a_rps" "$a_p50" "$a_p99" "$f_rps" "$f_p50" "$f_p99" \
        "$(echo "100 * $a_rps / $f_rps" | bc -l)" "$(echo "$a_p99 / $f_p99" | bc -l)"
done
echo "API resident memory after the runs: $(grep VmRSS /proc/$(pgrep -f 'net10.0/ActorGraph.Api' | head -1)/status | awk '{print $2/1024 " MB"}')"
