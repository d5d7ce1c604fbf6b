#!/usr/bin/env bash
# The long form of the fault tests (make test runs the short form):
# SIGKILL loops over writes, restores and issuing, then each importer's
# fuzzer. KILLS (default 100) kills per loop, FUZZTIME (default 2m) per
# fuzzer. New failing inputs land in the package's testdata/fuzz, where
# make test replays them from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS="${KILLS:-100}"
FUZZTIME="${FUZZTIME:-2m}"

echo "== SIGKILL loops ($KILLS each)"
THIDUA_KILL_LOOPS="$KILLS" go test ./data -count=1 \
	-run '^(TestKilledWriterLosesNoCommittedRow|TestKilledRestoreLeavesOneWholeState|TestKilledIssuingKeepsTheRegisterWhole|TestRestoreBesideAWriter)$' -v |
	grep -E '^(--- |ok|FAIL|PASS)'

for target in "./app FuzzReadRecord" "./app/entityio FuzzReadCSV" "./app/entityio FuzzReadXLSX" "./app/planimport FuzzImport"; do
	set -- $target
	echo "== $2 ($FUZZTIME)"
	go test "$1" -run '^$' -fuzz "^$2\$" -fuzztime "$FUZZTIME"
done
echo "All fault loops passed."
