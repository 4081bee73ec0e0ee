#!/usr/bin/env bash
# Runs the benchmarks and prints Markdown tables (paste them into BENCHMARKS.md).
#
#   Benchmarks/run.sh            everything
#   Benchmarks/run.sh brief      1. one brief end to end, next to the bare-start floor
#   Benchmarks/run.sh team       2. team briefs over 1,000 / 10,000 / 100,000 respondents
#   Benchmarks/run.sh parser     3. parser throughput, next to PyYAML's C loader
#   Benchmarks/run.sh model      4. model balance over 20,000 seeded random answer sets, and the
#                                   profile hit rate (Examples/profiles/profiles.yaml)
#   Benchmarks/run.sh interview  8. the interview's steps to a finished brief, each profile with
#                                   a realistic share of unsure answers (ModelBench --interview)
#   Benchmarks/run.sh scaling    5. the inputs that were once quadratic, at four sizes each: a
#                                   survey header of unknown titles, unknown question ids in an
#                                   answers file, lint of a long questionnaire, compare of many
#                                   changed answers (the commands exit 65 or 0; both are timed)
#
# Builds `paradigm`, ParserBench, Floor and ModelBench in release (.build-bench;
# PARADIGM_BENCH=1 declares the benchmark targets in Package.swift); generated inputs go to
# Benchmarks/.data (git-ignored). RUNS (default 5) sets the runs per measurement,
# SIZES (default "1000 10000 100000") the team sizes, CORPUS_MB (default 50) the corpus size,
# BENCH_SCRATCH the build folder and BENCH_BUILD=0 skips building.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
what=${1:-all}
runs=${RUNS:-5}
data="$root/Benchmarks/.data"
mkdir -p "$data"

scratch=${BENCH_SCRATCH:-.build-bench}
export PARADIGM_BENCH=1
if [ "${BENCH_BUILD:-1}" != 0 ]; then
  for product in paradigm ParserBench Floor ModelBench; do
    swift build -c release --scratch-path "$scratch" --product "$product" >/dev/null
  done
fi
paradigm="$root/$scratch/release/paradigm"
bench="$root/$scratch/release"
measure() { python3 "$root/Benchmarks/measure.py" "$@"; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "Toolchain: $(swift --version 2>&1 | head -n 1)"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ "$what" = all ] || [ "$what" = brief ]; then
  echo "### 1. One brief, end to end"
  echo
  echo "| command | median | range | peak memory | runs |"
  echo "|---|---|---|---|---|"
  measure "floor: trivial Swift binary (release, Foundation) writing a file" "$runs" -- "$bench/Floor" "$data/floor.txt"
  for example in Examples/*.yaml; do
    measure "paradigm brief $(basename "$example")" "$runs" -- \
      "$paradigm" brief "$example" --date 2026-01-15 -o "$data/brief.md" --force
  done
  echo
fi

if [ "$what" = all ] || [ "$what" = team ]; then
  echo "### 2. Team briefs"
  echo
  echo "| command | median | range | peak memory | runs |"
  echo "|---|---|---|---|---|"
  for size in ${SIZES:-1000 10000 100000}; do
    [ -d "$data/team-$size" ] || python3 Benchmarks/generate.py answers "$size" "$data/team-$size"
    [ -f "$data/team-$size.csv" ] || python3 Benchmarks/generate.py csv "$size" "$data/team-$size.csv"
    team_runs=$runs
    [ "$size" -ge 100000 ] && team_runs=$(( runs < 3 ? runs : 3 ))
    measure "paradigm brief FOLDER ($size answers files)" "$team_runs" -- \
      "$paradigm" brief "$data/team-$size" --date 2026-01-15 -o "$data/team-$size.md" --force
    measure "paradigm brief CSV ($size-row survey export)" "$team_runs" -- \
      "$paradigm" brief "$data/team-$size.csv" --date 2026-01-15 -o "$data/team-$size-csv.md" --force
  done
  echo
fi

if [ "$what" = all ] || [ "$what" = parser ]; then
  echo "### 3. Parser throughput"
  echo
  [ -d "$data/corpus" ] || python3 Benchmarks/generate.py corpus "$data/corpus" "${CORPUS_MB:-50}"
  echo '```'
  "$bench/ParserBench" "$data/corpus" "$runs"
  python3 Benchmarks/pyyaml_bench.py "$data/corpus" "$runs"
  echo '```'
fi

if [ "$what" = all ] || [ "$what" = model ]; then
  echo "### 4. Model balance and profiles"
  echo
  "$bench/ModelBench" --count 20000
fi

if [ "$what" = all ] || [ "$what" = interview ]; then
  echo "### 8. The interview's steps, with realistic unsure answers"
  echo
  "$bench/ModelBench" --interview
  echo
fi

if [ "$what" = all ] || [ "$what" = scaling ]; then
  echo "### 5. Inputs that were once quadratic"
  echo
  echo "| command | median | range | peak memory | runs |"
  echo "|---|---|---|---|---|"
  scaling_runs=$(( runs < 3 ? runs : 3 ))
  for size in 25000 50000 100000 200000; do
    [ -f "$data/header-$size.csv" ] || python3 Benchmarks/generate.py header "$size" "$data/header-$size.csv"
    measure "paradigm brief CSV (header of $size unknown titles)" "$scaling_runs" --status 65 -- \
      "$paradigm" brief "$data/header-$size.csv" -o "$data/scaling.md" --force
  done
  for size in 125000 250000 500000 1000000; do
    [ -f "$data/unknown-$size.yaml" ] || python3 Benchmarks/generate.py unknown "$size" "$data/unknown-$size.yaml"
    measure "paradigm brief (answers file of $size unknown ids)" "$scaling_runs" --status 65 -- \
      "$paradigm" brief "$data/unknown-$size.yaml" -o "$data/scaling.md" --force
  done
  for size in 1250 2500 5000 10000; do
    [ -d "$data/questionnaire-$size" ] || python3 Benchmarks/generate.py questionnaire "$size" "$data/questionnaire-$size"
    measure "paradigm lint (questionnaire of about $size questions)" "$scaling_runs" --status any -- \
      "$paradigm" lint "$data/questionnaire-$size/questionnaire.yaml"
  done
  for size in 750 1500 3000 4000; do
    [ -d "$data/compare-$size" ] || python3 Benchmarks/generate.py compare "$size" "$data/compare-$size"
    measure "paradigm compare (about $size questions, every unconditional one changed)" "$scaling_runs" -- \
      "$paradigm" compare "$data/compare-$size/before.yaml" "$data/compare-$size/after.yaml" \
      --questionnaire "$data/compare-$size/questionnaire.yaml" -o "$data/scaling.md" --force
  done
  echo
fi
