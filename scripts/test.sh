#!/usr/bin/env bash
# The test command (README): installs the system tools the tests read files back with, then runs every test.
# Tests that need a tool fail with a clear message when it is missing; none is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
cargo test "$@"
