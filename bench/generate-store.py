#!/usr/bin/env python3
"""Generates a large embedded store for scale measurements, seeded (the same store every run).

    bench/generate-store.py OUT.db [--actors 100000] [--relations 1000000] [--documents 50000]

Degrees follow a power law (a few hubs with thousands of edges, most actors with a few); every relation has
one to three evidence sentences from the documents, dated over ten years (2012-2021), some undated; kinds and
attributions in realistic shares. The schema comes from the CLI itself (`actorgraph load` of an empty folder
creates it), so the store is what ActorGraph would write; rows are then written directly, in bulk.
"""
import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = [("attacked", 0.35), ("rival", 0.25), ("allied", 0.25), ("affiliate", 0.15)]
TYPES = [("armed_group", 0.7), ("state", 0.1), ("person", 0.15), ("coalition", 0.05)]


def weighted(rng, table):
    x, total = rng.random(), 0.0
    for value, share in table:
        total += share
        if x < total:
            return value
    return table[-1][0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=50_000)
    args = parser.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"{args.out} exists; give a new file")

    with tempfile.TemporaryDirectory() as empty:
        # (Built here if it is not yet: a store without the CLI's schema has no tables to fill.)
        made = subprocess.run(["dotnet", "run", "--project", os.path.join(ROOT, "src/ActorGraph.Cli"), "--",
                               "load", empty, "--db", args.out], cwd=ROOT, check=False, capture_output=True, text=True)
        if not os.path.exists(args.out):
            sys.exit(f"actorgraph load did not create {args.out}:\n{made.stdout}{made.stderr}")
    db = sqlite3.connect(args.out)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    rng = random.Random(20141106)

    first_actor = db.execute("SELECT COALESCE(MAX(id), 0) FROM actors").fetchone()[0] + 1
    actors = [(first_actor + i, f"Generated Actor {i:06d}", weighted(rng, TYPES), 1) for i in range(args.actors)]
    db.executemany("INSERT INTO actors(id, name, type, discovered) VALUES (?, ?, ?, ?)", actors)
    db.executemany("INSERT INTO aliases(actor_id, alias) VALUES (?, ?)", [(a[0], a[1]) for a in actors])
    db.executemany("INSERT INTO aliases(actor_id, alias) VALUES (?, ?)", [(a[0], f"GA{a[0]}") for a in actors])

    # Power-law endpoints: actor rank r drawn with probability ~ 1/r (Zipf-like), shuffled ids.
    ids = [a[0] for a in actors]
    rng.shuffle(ids)
    weights = [1.0 / (r + 1) ** 0.9 for r in range(len(ids))]
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    def pick():
        import bisect
        return ids[min(len(ids) - 1, bisect.bisect_left(cumulative, rng.random() * total))]

    documents = [(d + 1, f"generated-{d:06d}.txt", f"Generated report {d}",
                  f"{rng.randint(2012, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "fp", "", "2026-11-30T00:00:00Z")
                 for d in range(args.documents)]
    db.executemany("INSERT INTO documents(id, key, title, published, fingerprint, text, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", documents)

    seen = set()
    relations, evidence, document_actors = [], [], set()
    relation_id = 0
    while len(relations) < args.relations:
        source, target = pick(), pick()
        if source == target:
            continue
        kind = weighted(rng, KINDS)
        if kind in ("rival", "allied") and source > target:
            source, target = target, source
        if (source, target, kind) in seen:
            continue
        seen.add((source, target, kind))
        relation_id += 1
        relations.append((relation_id, source, target, kind))
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            document = rng.randint(1, args.documents)
            year, month, day = rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28)
            dated = rng.random() < 0.85
            precision = rng.choice(("day", "day", "month", "year")) if dated else None
            date = None if not dated else (f"{year}-{month:02d}-{day:02d}" if precision == "day" else f"{year}-{month:02d}" if precision == "month" else f"{year}")
            attribution = "claim" if rng.random() < 0.15 else "author"
            evidence.append((relation_id, document, f"Generated Actor {source} {kind} Generated Actor {target} near town {rng.randint(1, 9999)} in a generated sentence.",
                             rng.randint(0, 60), rng.randint(0, 20000), date, precision, None, attribution, None,
                             round(rng.uniform(0.5, 0.95), 2), 0 if dated else 1, "generated", 0))
            document_actors.add((document, source))
            document_actors.add((document, target))
        if len(relations) % 100_000 == 0:
            print(f"{len(relations)} relations", file=sys.stderr)
    db.executemany("INSERT INTO relations(id, source_id, target_id, kind) VALUES (?, ?, ?, ?)", relations)
    db.executemany("""INSERT INTO evidence(relation_id, document_id, sentence, sentence_index, sentence_start, date, date_precision, date_text,
                      attribution, claimed_by, confidence, background, explanation, resumed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", evidence)
    db.executemany("INSERT OR IGNORE INTO document_actors(document_id, actor_id) VALUES (?, ?)", sorted(document_actors))
    # The empty load marked the (then empty) store's relation ends as worked out; the rows written here have none, so the
    # mark goes and the store's first run of loads works them out, as for a store written before ends were stored.
    db.execute("DELETE FROM store_meta WHERE key = 'validity'")
    # So do the per-actor counts and dated spans the empty load kept (none): a store without those tables gets them, for
    # every actor, when first opened.
    db.execute("DROP TABLE IF EXISTS actor_counts")
    db.execute("DROP TABLE IF EXISTS actor_span")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = db.execute("SELECT (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM relations), (SELECT COUNT(*) FROM evidence), (SELECT COUNT(*) FROM documents)").fetchone()
    print(f"{args.out}: {counts[0]} actors, {counts[1]} relations, {counts[2]} evidence sentences, {counts[3]} documents")


if __name__ == "__main__":
    main()
