#!/usr/bin/env python3
"""ActorGraph from a notebook or a script, with nothing but the Python standard library.

    python3 examples/notebook_client.py [--url http://127.0.0.1:5080/graphql]

Copy `query` into a notebook cell; the other functions show the everyday questions:
who surrounds an actor, what happened between two actors and when, and which alliances flipped.
"""
import argparse
import json
import sys
import urllib.error
import urllib.request

URL = "http://127.0.0.1:5080/graphql"


def query(text, variables=None, url=URL):
    """Runs a GraphQL query and returns its data; raises RuntimeError with the server's messages on errors."""
    body = json.dumps({"query": text, "variables": variables or {}}).encode("utf-8")
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        answer = json.load(error)
    if answer.get("errors"):
        raise RuntimeError("; ".join(e["message"] for e in answer["errors"]))
    return answer["data"]


def table(rows, headers):
    """Prints rows as an aligned text table (in Jupyter, pandas.DataFrame(rows, columns=headers) does the same)."""
    rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))
    print()


def neighborhood(actor, hops=1, as_of=None, url=URL):
    """Nodes and edges around an actor, ready for networkx: G.add_edges_from((e['source']['name'], e['target']['name']) ...)."""
    data = query("""
        query($actor: String!, $hops: Int, $asOf: String) {
          neighborhood(actor: $actor, hops: $hops, asOf: $asOf) {
            nodes { name type }
            edges { source { name } kind target { name } firstSeen validTo confidence }
          }
        }""", {"actor": actor, "hops": hops, "asOf": as_of}, url)
    return data["neighborhood"]


def timeline(a, b, url=URL):
    """Every dated observation between two actors, in order (undated background first)."""
    return query("""
        query($a: String!, $b: String!) {
          timeline(a: $a, b: $b) { date kind stance source target evidence { sentence attribution document { title } } }
        }""", {"a": a, "b": b}, url)["timeline"]


def alliance_changes(date_from=None, date_to=None, actor=None, url=URL):
    """Pairs whose stance flipped between cooperative and hostile, with the evidence on both sides."""
    return query("""
        query($from: String, $to: String, $actor: String) {
          allianceChanges(from: $from, to: $to, actor: $actor) {
            pair { name } before after date
            beforeEvidence { kind evidence { sentence } }
            afterEvidence { kind evidence { sentence dateText document { title published } } }
          }
        }""", {"from": date_from, "to": date_to, "actor": actor}, url)["allianceChanges"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=URL, help="the API's /graphql address")
    args = parser.parse_args()

    stats = query("{ stats { documents actors relations evidence earliest latest } }", url=args.url)["stats"]
    print(f"graph: {stats['documents']} documents, {stats['actors']} actors, {stats['relations']} relations, "
          f"{stats['evidence']} evidence sentences, dated {stats['earliest']} to {stats['latest']}\n")

    around = neighborhood("SRF", hops=1, url=args.url)
    print(f"Neighbourhood of the SRF: {len(around['nodes'])} actors")
    table([[e["source"]["name"], e["kind"].lower(), e["target"]["name"], e["firstSeen"], e["validTo"], e["confidence"]]
           for e in around["edges"]], ["source", "kind", "target", "first seen", "valid to", "confidence"])

    print("Timeline: Al Nusrah Front and the SRF")
    table([[t["date"] or "(background)", t["kind"].lower(), t["stance"].lower(), t["evidence"]["sentence"][:70]]
           for t in timeline("Al Nusrah Front", "SRF", url=args.url)], ["date", "kind", "stance", "evidence"])

    changes = alliance_changes(url=args.url)
    print(f"Alliance changes: {len(changes)}")
    table([[" / ".join(p["name"] for p in c["pair"]), c["before"].lower(), c["after"].lower(), c["date"],
            c["afterEvidence"][0]["evidence"]["sentence"][:60]] for c in changes],
          ["pair", "before", "after", "date", "first evidence of the change"])
    if not changes:
        sys.exit("expected at least one alliance change in the graph")


if __name__ == "__main__":
    main()
