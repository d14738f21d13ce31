#!/usr/bin/env bash
# bench/relations-page.sh CHECKOUT DB PORT
#
# An actor's first 100 relations with their evidence (all, and those with evidence dated from 2016), and its
# firstSeen/lastSeen, answered from the store (ActorGraph__AnswerFromStore=always) for the two biggest hubs and a
# mid-degree actor of the store bench/generate-store.py makes, at 32 clients (wrk -t2 -c32: 5 s of warm-up, then
# 10 s). CHECKOUT is the repository to build and run (a git worktree of another revision to compare); DB a copy of
# the store whose relation ends are stored (the generated store gets them from its first load: `actorgraph load` of
# any one document). Prints a checksum of each answer (the same across revisions when answers agree), then req/s,
# p50, p99.
set -euo pipefail
cd "$1"; db=$2; port=$3
work=$(mktemp -d)
dotnet build -c Release src/ActorGraph.Api -v q > /dev/null 2>&1
ActorGraph__DatabasePath=$db ActorGraph__SeedFolder= ActorGraph__RequestTimeoutSeconds=600 ActorGraph__AnswerFromStore=always \
ActorGraph__ConcurrentRequestsPerClient=64 ActorGraph__QueuedRequestsPerClient=256 \
  dotnet run -c Release --project src/ActorGraph.Api --no-build -- --urls "http://127.0.0.1:$port" > "$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BODY"), "r"); wrk.body = f:read("*a"); f:close()
LUA
for who in "Generated Actor 071146" "Generated Actor 012174" "Generated Actor 000014"; do
  for fields in 'relations(first: 100) { kind source { name } target { name } validTo evidence { sentence date } }' 'firstSeen lastSeen' \
      'relations(first: 100, from: \"2016-01-01\") { kind source { name } target { name } validTo evidence { sentence date } }'; do
    printf '{"query":"{ actor(name: \\"%s\\") { name %s } }"}' "$who" "$fields" > "$work/body.json"
    curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$work/body.json" "http://127.0.0.1:$port/graphql" | md5sum | cut -c1-8
    BODY="$work/body.json" wrk -t2 -c32 -d5s --timeout 60s -s "$work/post.lua" "http://127.0.0.1:$port/graphql" > /dev/null
    BODY="$work/body.json" wrk -t2 -c32 -d10s --timeout 60s --latency -s "$work/post.lua" "http://127.0.0.1:$port/graphql" \
      | grep -E "Requests/sec|  50%|  99%|Non-2xx" | tr '\n' ' '
    echo " <- $who: ${fields%% *}"
  done
done
