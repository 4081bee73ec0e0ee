#!/bin/sh
# Counts ParadigmKit's public declarations: each line whose first word, after any attributes, is
# `public` (or `open`) is one declaration; `public import` is not. An enum's cases are public with
# their enum and are not counted, as in the count issue 32 started from (816).
#   Scripts/public-api-count.sh            the number
#   Scripts/public-api-count.sh --files    the number per file, largest first
set -eu
cd "$(dirname "$0")/.."
pattern='^\s*(@[A-Za-z_]+(\([^)]*\))?\s+)*(public|open)\s'
if [ "${1:-}" = --files ]; then
    grep -rcE "$pattern" Sources/ParadigmKit --include=*.swift | grep -v ':0$' | sort -t: -k2 -n -r
else
    grep -rhE "$pattern" Sources/ParadigmKit --include=*.swift | grep -vcE '^\s*public import '
fi
