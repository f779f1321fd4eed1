#!/usr/bin/env bash
# The test command (README): installs the system tools the tests read files back with, then runs every test.
# Tests that need a tool fail with a clear message when it is missing; none is skipped silently.
# Ends with one summary line, "tests: N passed, N failed", also kept in target/test-summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
mkdir -p target
log=target/test-output.txt
set +e
cargo test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -E '^test result:' "$log" |
  sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
  awk '{p += $1; f += $2} END {printf "tests: %d passed, %d failed", p, f}')
echo "$summary" | tee target/test-summary.txt
exit "$status"
