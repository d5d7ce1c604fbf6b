#!/usr/bin/env bash
# Makes sure the CUPS scheduler runs and has a PDF printer called ThiDuaPDF
# (printer-driver-cups-pdf), for the test that prints through lp. Prints
# the printer's name when it is ready; says why and exits 0 otherwise, so
# the test is skipped rather than failing on a machine without CUPS.
set -uo pipefail

printer=ThiDuaPDF

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
	echo "cups-pdf.sh: CUPS is not installed" >&2
	exit 0
fi
if ! lpstat -r >/dev/null 2>&1; then
	# No init system in a container: start the scheduler directly.
	as_root cupsd || { echo "cups-pdf.sh: cannot start cupsd" >&2; exit 0; }
	for _ in $(seq 1 25); do
		lpstat -r >/dev/null 2>&1 && break
		sleep 0.2
	done
fi
if ! lpstat -p "$printer" >/dev/null 2>&1; then
	ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
	as_root lpadmin -p "$printer" -v cups-pdf:/ -E ${ppd:+-m "$ppd"} 2>/dev/null ||
		{ echo "cups-pdf.sh: cannot add the $printer printer" >&2; exit 0; }
fi
echo "$printer"
