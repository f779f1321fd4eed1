#!/usr/bin/env bash
# The test command (README): installs the system tools the tests read files back with, then runs every test.
# Tests that need a tool fail with a clear message when it is missing; none is skipped silently.
#
# Every test binary runs even when an earlier one fails (--no-fail-fast). Ends with one summary line,
# "tests: N passed, N failed (B binaries, C without a result)", also kept in target/test-summary.txt: a binary
# that ends without a "test result:" line (it crashed, or did not build) counts as one failed test, so the
# summary never undercounts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
mkdir -p target
log=target/test-output.txt
# GUI snapshots are compared against reference images drawn by the tiny-skia renderer.
export ICED_TEST_BACKEND=tiny-skia
set +e
cargo test --no-fail-fast "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(awk '
    /^ *Running / { binaries++; if (open) missing++; open = 1 }
    /^test result:/ {
        open = 0
        for (i = 1; i <= NF; i++) {
            if ($(i + 1) ~ /^passed;?$/) passed += $i
            if ($(i + 1) ~ /^failed;?$/) failed += $i
        }
    }
    END {
        if (open) missing++
        printf "tests: %d passed, %d failed (%d binaries, %d without a result)",
            passed, failed + missing, binaries, missing
    }' "$log")
echo "$summary" | tee target/test-summary.txt
exit "$status"
