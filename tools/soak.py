#!/usr/bin/env python3
"""Soak test: many clients loading and querying one API at once, then a check that nothing was lost,
duplicated or half-stored.

    tools/soak.py [--clients 32] [--seconds 180] [--port 5098]

Builds nothing: run `dotnet build ActorGraph.sln` first. Starts the API on 127.0.0.1 (loopback only) with a
fresh store in a temporary folder and an API key, runs the clients for the given time (half load documents
with loadDocument, some keys again with new text; half query stats, relations, neighbourhoods and paths),
stops them, and compares the store with what the same documents give when extracted by the CLI:
documents stored = distinct keys loaded (plus the seed), evidence = the sum of each stored text's relations.
Prints latencies per kind of request and every error by kind; exits 1 when the store does not add up.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "soak-key-0123456789abcdef"
ACTORS = ["the Islamic State", "the Nusra Front", "Hezbollah", "the Free Syrian Army", "Ahrar al-Sham",
          "Jaish al-Islam", "the Syrian Revolutionaries' Front", "al Qaeda", "the Assad regime", "Russia"]
CUES = ["attacked", "launched an offensive against", "is allied with", "clashed with", "fought alongside"]


def document(key, version):
    rng = random.Random(f"{key}:{version}")
    lines = [f"Report {key} version {version}", "Published: 2015-03-10", ""]
    for _ in range(rng.randint(3, 40)):
        a, b = rng.sample(ACTORS, 2)
        lines.append(f"{a[0].upper() + a[1:]} {rng.choice(CUES)} {b} near town {rng.randint(1, 999)} yesterday.")
        lines.append("")
    return "\n".join(lines)


def post(url, query, variables=None, key=None, timeout=60):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", **({"X-Api-Key": key} if key else {})})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.loads(response.read())
            status = response.status
    except urllib.error.HTTPError as e:
        status, payload = e.code, {}
    except Exception as e:  # noqa: BLE001 - every failure is counted by kind
        return time.monotonic() - started, "exception " + type(e).__name__, None
    elapsed = time.monotonic() - started
    if status != 200:
        return elapsed, f"http {status}", None
    if payload.get("errors"):
        return elapsed, "graphql " + payload["errors"][0].get("extensions", {}).get("code", payload["errors"][0]["message"][:40]), payload
    return elapsed, None, payload


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=180)
    parser.add_argument("--port", type=int, default=5098)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="actorgraph-soak-")
    env = dict(os.environ, ActorGraph__DatabasePath=os.path.join(work, "soak.db"), ActorGraph__ApiKey=KEY,
               ActorGraph__RequestTimeoutSeconds="60", ActorGraph__ConcurrentRequestsPerClient=str(args.clients),
               ActorGraph__QueuedRequestsPerClient=str(args.clients))
    api = subprocess.Popen(["dotnet", "run", "--project", os.path.join(ROOT, "src/ActorGraph.Api"), "--no-build", "--",
                            "--urls", f"http://127.0.0.1:{args.port}"], env=env, cwd=ROOT,
                           stdout=open(os.path.join(work, "api.log"), "w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{args.port}/graphql"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{args.port}/health", timeout=2)
                break
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(1)
        stored = {}  # key -> version the server last said it stored (ADDED, REPLACED or UNCHANGED)
        lock = threading.Lock()
        latencies, errors = {}, {}
        stop = time.monotonic() + args.seconds

        def record(kind, elapsed, error):
            with lock:
                latencies.setdefault(kind, []).append(elapsed)
                if error:
                    errors[f"{kind}: {error}"] = errors.get(f"{kind}: {error}", 0) + 1

        def loader(n):
            rng = random.Random(n)
            while time.monotonic() < stop:
                key = f"soak-{n}-{rng.randint(0, 25)}.txt"  # each loader its own keys, so its last answer is the stored text
                version = rng.randint(0, 2)
                elapsed, error, payload = post(url, "mutation($d: DocumentInput!) { loadDocument(document: $d) { outcome } }",
                                               {"d": {"key": key, "text": document(key, version)}}, KEY)
                record("loadDocument", elapsed, error)
                if payload:
                    with lock:
                        stored[key] = version

        queries = ["{ stats { documents relations evidence } }",
                   "{ relations(first: 50, actor: \"Hezbollah\") { totalCount nodes { kind source { name } } } }",
                   "{ neighborhood(actor: \"Nusra Front\", hops: 2) { nodes { name } } }",
                   "{ paths(from: \"Hezbollah\", to: \"Russia\", maxHops: 3) { all { nodes { name } } } }"]

        def reader(n):
            rng = random.Random(1000 + n)
            while time.monotonic() < stop:
                query = rng.choice(queries)
                elapsed, error, _ = post(url, query)
                record(query.split("(")[0].split("{")[1].strip(), elapsed, error)

        threads = [threading.Thread(target=loader if i % 2 == 0 else reader, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        # What the stored texts should give, by the CLI on the same texts.
        folder = os.path.join(work, "expected")
        os.makedirs(folder)
        for key, version in stored.items():
            with open(os.path.join(folder, key), "w") as f:
                f.write(document(key, version))
        extracted = subprocess.run(["dotnet", "run", "--project", os.path.join(ROOT, "src/ActorGraph.Cli"), "--no-build", "--",
                                    "extract", folder, os.path.join(ROOT, "seed"), "--format", "jsonl"],
                                   cwd=ROOT, capture_output=True, text=True, check=True).stdout
        expected_evidence = sum(1 for line in extracted.splitlines() if line.strip())
        _, _, stats = post(url, "{ stats { documents evidence } }")
        health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{args.port}/health").read())
    finally:
        api.terminate()
        api.wait(30)

    print(f"soak: {args.clients} clients for {args.seconds} s on 127.0.0.1:{args.port}; store {work}/soak.db")
    for kind, values in sorted(latencies.items()):
        values.sort()
        p = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000  # noqa: E731
        print(f"  {kind:14} {len(values):6} requests  median {statistics.median(values) * 1000:7.1f} ms  p90 {p(0.9):7.1f} ms  p99 {p(0.99):7.1f} ms")
    print("  errors:", json.dumps(errors) if errors else "none")
    documents = stats["data"]["stats"]["documents"]
    evidence = stats["data"]["stats"]["evidence"]
    ok = documents == len(stored) + 1 and evidence == expected_evidence and health["documents"] == documents and health["evidence"] == evidence
    print(f"  documents {documents} (expected {len(stored) + 1}: distinct keys loaded + the seed); evidence {evidence} (expected {expected_evidence}); "
          f"/health agrees: {health['documents'] == documents and health['evidence'] == evidence}")
    print("  result:", "consistent" if ok else "INCONSISTENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
