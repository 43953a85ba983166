#!/usr/bin/env bash
# The long property-test run (issues 8, 17): >= 100,000 Hypothesis examples over the readers, the temporal
# engine, the event coder and the classes the outside probe broke (issue 17), at the lowest CPU priority,
# one suite after the other.
#
#   bash benchmarks/run_long_fuzz.sh            # ~120,000 examples (default sizes below)
#   SCALE=0.1 bash benchmarks/run_long_fuzz.sh  # a tenth of that, to try it
#   ONLY=test_time_fuzz.py bash benchmarks/run_long_fuzz.sh  # one suite
#
# Each suite runs with TIDINGS_FUZZ_EXAMPLES = examples per property test (tests/property/strategies.py);
# logs with Hypothesis statistics (examples run per test, typical runtimes) go to benchmarks/out/long_fuzz/.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/out/long_fuzz
mkdir -p "$OUT"
SCALE=${SCALE:-1}
# suite file : examples per property test (tests per file: time 4, readers 7, events 2, probe 6)
SUITES=("test_probe_fuzz.py:3000" "test_time_fuzz.py:10000" "test_readers_fuzz.py:6000" "test_events_fuzz.py:10000")
status=0
for entry in "${SUITES[@]}"; do
    file=${entry%%:*}
    [ -n "${ONLY:-}" ] && [ "$file" != "$ONLY" ] && continue
    n=$(python3 -c "print(max(1, int(${entry##*:} * $SCALE)))")
    log="$OUT/${file%.py}.log"
    echo "$(date -u +%FT%TZ) $file: $n examples per test -> $log"
    start=$(date +%s)
    TIDINGS_FUZZ_EXAMPLES=$n nice -n 19 .venv/bin/pytest "tests/property/$file" -p no:cacheprovider -p no:logging \
        -W ignore --hypothesis-show-statistics -rA > "$log" 2>&1
    rc=$?
    [ $rc -ne 0 ] && status=$rc
    echo "  exit $rc in $(( $(date +%s) - start )) s; $(grep -cE '^PASSED|^XFAIL' "$log") tests passed or xfailed;" \
         "$(grep -oE '[0-9]+ passing, [0-9]+ failing' "$log" | awk '{s+=$1; f+=$3} END {print s+0 " passing, " f+0 " failing examples"}')"
done
exit $status
