#!/usr/bin/env bash
# Builds paradigm as one binary a consultant can hand on, and installs it to a prefix:
#
#   Scripts/install.sh                      # /usr/local/bin/paradigm
#   Scripts/install.sh --prefix ~/.local    # ~/.local/bin/paradigm (or PREFIX=~/.local)
#
# On Linux the Swift runtime and Foundation are linked into the binary (--static-swift-stdlib),
# so it needs only libc, libm, libstdc++ and libgcc_s, which every distribution has: copied alone
# to a machine without Swift, it runs. On macOS the Swift runtime is part of the system, so a
# plain release build runs on any Mac of the same or a later macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-/usr/local}"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Error: unknown argument '$1'; see Scripts/install.sh --help" >&2; exit 64 ;;
  esac
done

strip=()
if [ "$(uname -s)" = Darwin ]; then
  swift build -c release --product paradigm
else
  swift build -c release --static-swift-stdlib --product paradigm
  strip=(-s)  # without its symbol tables: about 60 MB instead of 84
fi
install -d "$prefix/bin"
install "${strip[@]}" -m 755 .build/release/paradigm "$prefix/bin/paradigm"
echo "Installed $prefix/bin/paradigm ($("$prefix/bin/paradigm" --version))"
