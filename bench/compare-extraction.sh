#!/usr/bin/env bash
# Extraction throughput of this checkout against an earlier revision, measured in one run on one machine.
#
#   bench/compare-extraction.sh BASE_REV [CORPUS_DIR] [ROUNDS]
#
# Builds the CLI of BASE_REV (in a temporary git worktree) and of the working tree (Release), then times
# `actorgraph extract CORPUS --format jsonl` for each, alternating, ROUNDS times (default 5), and prints the
# median seconds of each and their ratio (this / base). CORPUS_DIR defaults to the seed article and the example
# documents, copied 50 times. Absolute times only describe this machine; read the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."

base_rev=${1:?usage: bench/compare-extraction.sh BASE_REV [CORPUS_DIR] [ROUNDS]}
rounds=${3:-5}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

corpus=${2:-}
if [ -z "$corpus" ]; then
    corpus="$work/corpus"
    mkdir -p "$corpus"
    for i in $(seq -w 1 50); do
        for f in seed/*.txt examples/documents/week-*/*.txt; do
            cp "$f" "$corpus/$i-$(basename "$f")"
        done
    done
fi

git worktree add --detach "$work/base" "$base_rev" >/dev/null
dotnet build -c Release "$work/base/src/ActorGraph.Cli" -o "$work/base-cli" >/dev/null
dotnet build -c Release src/ActorGraph.Cli -o "$work/this-cli" >/dev/null

run() { # CLI LEXICON -> seconds
    local start end
    start=$(date +%s.%N)
    "$1/actorgraph" extract "$corpus" --format jsonl --lexicon "$2" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run "$work/base-cli" "$work/base/seed" >/dev/null # warm the file cache
base_times=() this_times=()
for _ in $(seq 1 "$rounds"); do
    base_times+=("$(run "$work/base-cli" "$work/base/seed")")
    this_times+=("$(run "$work/this-cli" seed)")
done
base=$(printf '%s\n' "${base_times[@]}" | median)
this=$(printf '%s\n' "${this_times[@]}" | median)
files=$(find "$corpus" -type f | wc -l)
bytes=$(cat "$corpus"/* | wc -c)
echo "corpus: $files files, $bytes bytes; $rounds rounds; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "base $base_rev: ${base}s (median)"
echo "this $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'): ${this}s (median)"
echo "ratio this/base: $(echo "scale=2; $this / $base" | bc)"
