#!/usr/bin/env bash
# Loading against extracting, in one run: how much storing adds to reading, and what a second load of the
# same folder costs.
#
#   bench/load-benchmark.sh [DOCUMENTS]      (default 3000)
#
# Generates DOCUMENTS short news-like documents (seeded: the same every run; 5 to 25 sentences each over 60
# actors of the dictionary), builds the CLI (Release), and times, with the CLI's start-up included in each:
#   extract  actorgraph extract FOLDER --format jsonl > /dev/null
#   load     actorgraph load FOLDER --db NEW.db
#   reload   actorgraph load FOLDER --db NEW.db   (nothing changed)
# and prints the times and the ratios load/extract and reload/extract.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/docs" "$count" <<'EOF'
import os, random, sys
folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
actors = ["the Islamic State", "the Nusra Front", "Hezbollah", "the Free Syrian Army", "Ahrar al-Sham", "Jaish al-Islam",
          "the Syrian Revolutionaries' Front", "al Qaeda", "the Assad regime", "Russia", "Iran", "Turkey", "the Houthis",
          "the Saudi-led coalition", "al-Shabaab", "the Taliban", "the Peshmerga", "the Kurdistan Workers' Party",
          "the Libyan National Army", "the Government of National Accord", "Jama'at Nusrat al-Islam wal-Muslimin",
          "the United States", "the US-led coalition", "Hurras al-Din", "Hay'at Tahrir al-Sham", "the People's Protection Units",
          "the Syrian Democratic Forces", "Kata'ib Hezbollah", "the Popular Mobilization Forces", "Boko Haram"]
verbs = ["attacked", "launched an offensive against", "is allied with", "clashed with", "fought alongside",
         "carried out air strikes on", "pledged allegiance to", "accused", "captured a town from", "is backed by"]
rng = random.Random(7)
for i in range(count):
    lines = [f"Report {i}", f"Published: 20{rng.randint(12, 21)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
    for _ in range(rng.randint(5, 25)):
        a, b = rng.sample(actors, 2)
        when = rng.choice(["yesterday", "on Sunday", "last week", "in March", "", ""])
        lines.append(f"{a[0].upper()}{a[1:]} {rng.choice(verbs)} {b} near the town of Place{rng.randint(1, 500)} {when}, officials said.")
        lines.append("")
    with open(os.path.join(folder, f"doc-{i:05d}.txt"), "w") as f:
        f.write("\n".join(lines))
EOF

dotnet build -c Release src/ActorGraph.Cli -o "$work/cli" >/dev/null
cli="$work/cli/actorgraph"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

extract=$(seconds "$cli" extract "$work/docs" --format jsonl --lexicon seed)
load=$(seconds "$cli" load "$work/docs" --db "$work/bench.db" --lexicon seed)
reload=$(seconds "$cli" load "$work/docs" --db "$work/bench.db" --lexicon seed)
evidence=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM evidence" 2>/dev/null || echo "?")
echo "documents: $count ($(du -sh "$work/docs" | cut -f1)), evidence sentences stored: $evidence; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "extract ${extract}s, load ${load}s, reload ${reload}s"
echo "load/extract $(echo "scale=2; $load / $extract" | bc), reload/extract $(echo "scale=2; $reload / $extract" | bc)"
