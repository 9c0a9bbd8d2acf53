#!/usr/bin/env bash
# Runs every benchmark (the *Benchmark classes in the test bundles, the UI one under the display in
# DISPLAY) and prints their figures; bench/cold-analyze.sh times a cold `triage analyze`.
# Usage: bench/run.sh [extra Maven arguments, e.g. -pl bundles/org.kbtriage.parser.tests -am]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pbench verify "$@" | grep -E '^(BENCH|\[ERROR\]|Tests run:.*Fail)' || true
