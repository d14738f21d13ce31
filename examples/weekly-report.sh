#!/usr/bin/env bash
# A weekly alliance-change report for a scheduled job: load a folder of new documents, write this week's
# report, and the difference against the previous week's.
#
#   examples/weekly-report.sh NEW_DOCUMENTS_FOLDER [REPORTS_FOLDER] [STORE]
#
# Writes REPORTS_FOLDER/DATE.json (for scripts and the next run), DATE.md (with DATE-charts/), and, when an
# earlier report exists, DATE-diff.md: only what is new or different since it. Exit codes: 0 nothing new
# since last week, 3 the difference holds changes (mail DATE-diff.md), 1 bad input, 2 usage.
# Environment: REPORT_DATE (default today, UTC), ACTORGRAPH (how to run actorgraph).
set -euo pipefail

documents=${1:?usage: weekly-report.sh NEW_DOCUMENTS_FOLDER [REPORTS_FOLDER] [STORE]}
reports=${2:-reports}
store=${3:-data/actorgraph.db}
here=$(cd "$(dirname "$0")" && pwd)
actorgraph=${ACTORGRAPH:-"dotnet run --project $here/../src/ActorGraph.Cli --"}
date=${REPORT_DATE:-$(date -u +%Y-%m-%d)}

mkdir -p "$reports"
# The latest earlier JSON report (not today's, not a diff).
previous=$(find "$reports" -maxdepth 1 -name '????-??-??.json' ! -name "$date.json" | sort | tail -n 1)

$actorgraph load "$documents" --db "$store"
$actorgraph report alliance-changes --db "$store" --format json --out "$reports/$date.json"
$actorgraph report alliance-changes --db "$store" --format markdown --out "$reports/$date.md"

if [ -z "$previous" ]; then
    echo "first report: $reports/$date.md (no earlier report to compare with)"
    exit 0
fi
set +e
$actorgraph report alliance-changes --db "$store" --since "$previous" --format markdown --out "$reports/$date-diff.md" --fail-on-change
status=$?
set -e
case $status in
    0) echo "nothing new since $(basename "$previous"): $reports/$date-diff.md" ;;
    3) echo "changes since $(basename "$previous"): $reports/$date-diff.md" ;;
esac
exit "$status"
