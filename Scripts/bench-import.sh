#!/usr/bin/env bash
# Benchmark for `paradigm import`: builds in release, generates a survey export of N respondents
# (default 10,000) from the rows of Examples/import/responses.csv, and times reading, validating
# and writing it. Usage: Scripts/bench-import.sh [respondents] [scratch-path]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
scratch="${2:-.build}"
swift build -c release --product paradigm --scratch-path "$scratch" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$count" "$work/responses.csv" <<'PY'
import csv, io, sys
count, path = int(sys.argv[1]), sys.argv[2]
with open("Examples/import/responses.csv", newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle))
header, body = rows[0], rows[1:]
with open(path, "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for index in range(count):
        row = list(body[index % len(body)])
        row[2] = f"Respondent {index + 1}"
        writer.writerow(row)
PY
size=$(wc -c < "$work/responses.csv")
echo "responses.csv: $count respondents, $size bytes"
start=$(date +%s.%N)
"$scratch/release/paradigm" import "$work/responses.csv" -o "$work/answers" 2>&1 | tail -1
end=$(date +%s.%N)
echo "import: $(echo "$end - $start" | bc) s"
