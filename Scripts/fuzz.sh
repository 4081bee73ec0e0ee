#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a given time.
#
#   Scripts/fuzz.sh                      every target, 60 seconds each
#   Scripts/fuzz.sh DocumentFuzzer 900   one target for 15 minutes
#   Scripts/fuzz.sh all 600              every target, 10 minutes each
#   FUZZ_RUNS=10000000 Scripts/fuzz.sh DocumentFuzzer 7200   ten million executions (at most 2 h)
#   Scripts/fuzz.sh replay               run every target once over the saved regressions
#
# Each target is built with
#   PARADIGM_FUZZ=1 swift build -c release --product NAME --sanitize=fuzzer --sanitize=address \
#     -Xswiftc -sanitize=fuzzer,address        (see build() below for why both)
# in .build-fuzz (PARADIGM_FUZZ declares the fuzz targets in Package.swift; a plain build never
# sees them). The corpus lives in Fuzz/Corpus/NAME (git-ignored), seeded from the examples,
# questionnaires, test fixtures and saved regressions; a failing input is written to
# Fuzz/Artifacts/NAME/ — copy it into Tests/ParadigmKitTests/Fixtures/FuzzRegressions/KIND/ so
# that `swift test` replays it forever. Runs under `nice` so it does not starve other work.
#
# Ctrl-C (SIGINT to the fuzzer) stops a run early; it is reported as interrupted, with the
# executions so far, and the script exits non-zero. Never pause a fuzzer with SIGSTOP: libFuzzer
# counts the pause against the input it was running and reports a timeout.
#
# Environment: FUZZ_RUNS (stop after this many executions, or at SECONDS, whichever comes
# first), FUZZ_RSS_MB (default 2048), FUZZ_TIMEOUT (seconds per input, default 10),
# FUZZ_MAX_LEN (bytes, default per target), FUZZ_SCRATCH (default .build-fuzz), FUZZ_BUILD=0 to
# run the binaries already built.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
targets=(DocumentFuzzer AnswersFuzzer CSVReaderFuzzer CSVFuzzer QuestionnaireFuzzer)
what=${1:-all}
seconds=${2:-60}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
regressions="$root/Tests/ParadigmKitTests/Fixtures/FuzzRegressions"

kind() { # the regression folder of a target
  case $1 in
    DocumentFuzzer) echo Document ;;
    AnswersFuzzer) echo Answers ;;
    CSVFuzzer | CSVReaderFuzzer) echo CSV ;;
    QuestionnaireFuzzer) echo Questionnaire ;;
    *) echo "unknown target '$1'; one of: ${targets[*]}" >&2; exit 64 ;;
  esac
}

max_len() {
  case $1 in
    QuestionnaireFuzzer) echo "${FUZZ_MAX_LEN:-4096}" ;;
    CSVFuzzer | CSVReaderFuzzer) echo "${FUZZ_MAX_LEN:-2048}" ;;
    *) echo "${FUZZ_MAX_LEN:-1024}" ;;
  esac
}

seed() { # copies the seed files of a target into its corpus folder
  local target=$1 corpus=$2
  mkdir -p "$corpus"
  local files=()
  case $target in
    DocumentFuzzer) files=(Examples/*.yaml Questionnaires/*.yaml) ;;
    AnswersFuzzer) files=(Examples/*.yaml) ;;
    CSVFuzzer | CSVReaderFuzzer) files=() ;;
    QuestionnaireFuzzer) files=(Questionnaires/paradigm-advisor.yaml) ;;
  esac
  while IFS= read -r -d '' file; do files+=("$file"); done < <(
    case $target in
      DocumentFuzzer) find Tests/ParadigmKitTests/Fixtures -type f -name '*.yaml' -print0 ;;
      AnswersFuzzer) find Tests/ParadigmKitTests/Fixtures/Answers Tests/ParadigmKitTests/Fixtures/BadInput -type f -name '*.yaml' -print0 2>/dev/null ;;
      CSVFuzzer | CSVReaderFuzzer) find Examples Tests/ParadigmKitTests/Fixtures -type f -name '*.csv' -print0 ;;
      QuestionnaireFuzzer) find Tests/ParadigmKitTests/Fixtures/Model Tests/ParadigmKitTests/Fixtures/Questionnaire -type f -name '*.yaml' -print0 2>/dev/null ;;
    esac
    find "$regressions/$(kind "$target")" -type f ! -name README.md -print0 2>/dev/null)
  for file in "${files[@]}"; do
    [ -f "$file" ] && cp "$file" "$corpus/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1)"
  done
}

coverage_sections() { # how many coverage-counter sections the built binary holds
  nm "$root/$scratch/release/$1" 2>/dev/null | grep -c 'sancov' || true
}

# SwiftPM passes `-sanitize=fuzzer -sanitize=address` to the compiler as two options, and the
# Swift 6.3 driver keeps only the last one: the code gets AddressSanitizer but no coverage
# counters, and libFuzzer runs blind ("Is the code instrumented for coverage?"). The
# `-Xswiftc -sanitize=fuzzer,address` below, one option naming both, comes last and wins; the two
# `--sanitize` options stay so that SwiftPM links the fuzzer and ASan runtimes.
build() { # retried, since a file edited during the build fails it
  echo "== building $1"
  local attempt
  for attempt in 1 2 3; do
    if PARADIGM_FUZZ=1 nice swift build -c release --scratch-path "$scratch" --product "$1" \
      --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address >"$root/$scratch.log" 2>&1; then
      if [ "$(coverage_sections "$1")" -lt 100 ]; then
        echo "$1: NOT INSTRUMENTED ($(coverage_sections "$1") coverage symbols; delete $scratch and rebuild)"
        return 1
      fi
      return 0
    fi
    [ "$attempt" -lt 3 ] && sleep 15
  done
  tail -n 20 "$root/$scratch.log" >&2
  return 1
}

binary() { echo "$root/$scratch/release/$1"; }

run() {
  local target=$1 corpus="$root/Fuzz/Corpus/$1" artifacts="$root/Fuzz/Artifacts/$1"
  local log="$root/Fuzz/Logs/$1.log"
  mkdir -p "$artifacts" "$(dirname "$log")"
  seed "$target" "$corpus"
  local limit=()
  [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
  echo "== fuzzing $target for $seconds s${FUZZ_RUNS:+ or $FUZZ_RUNS executions} (log: ${log#"$root"/})"
  local began=$SECONDS
  set +e
  SWIFT_BACKTRACE=enable=no nice "$(binary "$target")" "$corpus" "${limit[@]}" \
    -max_total_time="$seconds" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -timeout="${FUZZ_TIMEOUT:-10}" \
    -max_len="$(max_len "$target")" -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  local status=$?
  set -e
  local runs
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1)
  if grep -q 'Is the code instrumented for coverage' "$log"; then
    echo "$target: NOT INSTRUMENTED (libFuzzer found no coverage; rebuild after deleting $scratch/release/*.build)"
    return 1
  elif [ "$status" -eq 0 ]; then
    echo "$target: clean, ${runs:-?} executions in $((SECONDS - began)) s"
  elif [ "$status" -eq 72 ] && grep -q 'libFuzzer: run interrupted' "$log"; then
    # Stopped with Ctrl-C or SIGINT (libFuzzer's exit code 72): nothing was found.
    echo "$target: interrupted, clean so far, ${runs:-?} executions in $((SECONDS - began)) s"
    return 130
  else
    echo "$target: FAILED (exit $status) after ${runs:-?} executions; input in ${artifacts#"$root"/}/"
    grep -E 'ERROR|Fatal error|==[0-9]+==|SUMMARY' "$log" | head -n 5
    return 1
  fi
}

replay() {
  local target=$1 folder
  folder="$regressions/$(kind "$target")"
  [ -d "$folder" ] && [ -n "$(ls -A "$folder")" ] || { echo "$target: no saved regressions"; return 0; }
  SWIFT_BACKTRACE=enable=no "$(binary "$target")" -runs=0 "$folder" >/dev/null 2>&1 \
    && echo "$target: every saved regression passes" \
    || { echo "$target: a saved regression FAILS"; return 1; }
}

selected=("${targets[@]}")
mode=fuzz
case $what in
  all) ;;
  replay) mode=replay ;;
  *) kind "$what" >/dev/null; selected=("$what") ;;
esac

failed=0
for target in "${selected[@]}"; do
  [ "${FUZZ_BUILD:-1}" = 0 ] || build "$target" || { failed=1; continue; }
  if [ "$mode" = replay ]; then replay "$target" || failed=1; else run "$target" || failed=1; fi
done
exit $failed
