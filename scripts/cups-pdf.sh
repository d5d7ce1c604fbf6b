#!/usr/bin/env bash
# Makes sure the CUPS scheduler runs and has a PDF printer called ThiDuaPDF
# (printer-driver-cups-pdf), for the test that prints through lp. Prints
# the printer's name when it is ready; says why and exits 0 otherwise, so
# the test is skipped on a developer's machine without CUPS. Under CI=true
# it exits 1 instead: the test must run there, not skip.
set -uo pipefail

printer=ThiDuaPDF

# give_up says why there is no printer; fatal under CI.
give_up() {
	echo "cups-pdf.sh: $1" >&2
	if [ "${CI:-}" = "true" ]; then
		exit 1
	fi
	exit 0
}

# running reports whether the scheduler runs: "lpstat -r" exits 0 either
# way and says "scheduler is not running" when it does not.
running() {
	lpstat -r 2>/dev/null | grep -q "scheduler is running"
}

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo "$@"
	else
		return 1
	fi
}

if ! command -v lpstat >/dev/null 2>&1 || ! command -v cupsd >/dev/null 2>&1; then
	give_up "CUPS is not installed"
fi
if ! running; then
	# No init system in a container: start the scheduler directly.
	as_root cupsd || give_up "cannot start cupsd"
	for _ in $(seq 1 25); do
		running && break
		sleep 0.2
	done
	running || give_up "the CUPS scheduler did not start"
fi
if ! lpstat -p "$printer" >/dev/null 2>&1; then
	ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
	as_root lpadmin -p "$printer" -v cups-pdf:/ -E ${ppd:+-m "$ppd"} 2>/dev/null ||
		give_up "cannot add the $printer printer"
fi
echo "$printer"
