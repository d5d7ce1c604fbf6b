#!/usr/bin/env bash
# Installs what building and testing thidua needs on Debian/Ubuntu:
# a C compiler and the X11/OpenGL headers for Fyne and go-sqlite3 (cgo),
# Xvfb and friends for screenshots, poppler-utils to inspect PDFs, CUPS with
# its PDF printer for the printing test, LibreOffice Writer (headless) with
# the Liberation fonts (Times New Roman's metrics) to open the Word files
# the tests write, and the vi_VN.UTF-8 locale the tests run with. Fast and
# silent when all is present.
set -euo pipefail

packages=(
	gcc pkg-config
	libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
	libxi-dev libxxf86vm-dev
	xvfb xauth imagemagick xdotool poppler-utils locales
	cups cups-client printer-driver-cups-pdf
	libreoffice-writer-nogui fonts-liberation2
)
min_go_major=1
min_go_minor=26

me=deps.sh
# shellcheck source=scripts/packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/packages.sh"
need_packages "${packages[@]}"

# --- vi_VN.UTF-8 locale (tests run with LANG=vi_VN.UTF-8) ------------------
has_vi_locale() {
	# grep reads the whole list (no -q): with pipefail, a list cut off at
	# the first match would fail the pipe.
	locale -a 2>/dev/null | grep -iE '^vi_VN\.utf-?8$' >/dev/null
}

if ! has_vi_locale; then
	echo "deps.sh: generating the vi_VN.UTF-8 locale"
	# Keep it in /etc/locale.gen so that a later locale-gen does not drop it.
	if [ -f /etc/locale.gen ] && ! grep -qE '^vi_VN\.UTF-8 UTF-8' /etc/locale.gen; then
		if grep -qE '^# *vi_VN\.UTF-8 UTF-8' /etc/locale.gen; then
			as_root sed -i -E 's/^# *(vi_VN\.UTF-8 UTF-8)/\1/' /etc/locale.gen
		else
			echo 'vi_VN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
		fi
	fi
	# localedef adds just this locale (locale-gen would rebuild them all).
	as_root localedef -i vi_VN -c -f UTF-8 -A /usr/share/locale/locale.alias vi_VN.UTF-8 ||
		true # -c: warnings give exit code 1; the check below decides
	if ! has_vi_locale; then
		echo "deps.sh: could not create the vi_VN.UTF-8 locale" >&2
		exit 1
	fi
fi

# --- Go -----------------------------------------------------------------------
go_help() {
	cat >&2 <<HELP
deps.sh: $1
  thidua needs Go ${min_go_major}.${min_go_minor} or newer. To install it:
    1. download go${min_go_major}.${min_go_minor}.<patch>.linux-amd64.tar.gz from https://go.dev/dl/
    2. sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go${min_go_major}.${min_go_minor}.*.linux-amd64.tar.gz
    3. export PATH=\$PATH:/usr/local/go/bin   (add it to ~/.profile)
  A Go 1.21+ already installed can also fetch the right toolchain itself
  when GOTOOLCHAIN=auto (the default) and the network is available.
HELP
	exit 1
}

if ! command -v go >/dev/null 2>&1; then
	go_help "the go command is not on PATH."
fi
# Run from the repository so that go.mod's go line (and GOTOOLCHAIN) apply.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
goversion=$(go env GOVERSION 2>/dev/null || true) # e.g. go1.26.8
if [[ $goversion == devel* ]]; then
	exit 0 # a development build of Go: assume it is recent
fi
if [[ ! $goversion =~ ^go([0-9]+)\.([0-9]+) ]]; then
	go_help "cannot tell the Go version (go env GOVERSION: '${goversion}')."
fi
major=${BASH_REMATCH[1]}
minor=${BASH_REMATCH[2]}
if [ "$major" -lt "$min_go_major" ] ||
	{ [ "$major" -eq "$min_go_major" ] && [ "$minor" -lt "$min_go_minor" ]; }; then
	go_help "found ${goversion}, which is too old."
fi
