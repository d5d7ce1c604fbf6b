#!/usr/bin/env bash
# Builds the Windows delivery on Linux, into dist/:
#   thidua.exe                      the app (windows/amd64, cgo with mingw, icon,
#                                   version information and manifest, no console)
#   ThiDua-<version>-setup.exe      per-user NSIS installer
#   ThiDua-<version>-portable.zip   ThiDua\thidua.exe + ThiDua\data\portable.txt
# With SIGN_CERT (PEM certificate, or chain) and SIGN_KEY (PEM private key)
# set, the .exe and the installer are Authenticode-signed with osslsigncode
# and the signatures are verified; without them the build is unsigned and
# says so. Installs what it needs (Debian/Ubuntu packages, the pinned fyne
# packager into .tools/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fyne_version=v1.7.4 # fyne.io/tools, pinned
packages=(gcc-mingw-w64-x86-64 nsis osslsigncode zip imagemagick)

me=windows.sh
# shellcheck source=scripts/packages.sh
source scripts/packages.sh
need_packages "${packages[@]}"
fyne=.tools/bin/fyne
have=$("$fyne" version 2>/dev/null || true)
if [[ $have != *"cli version: ${fyne_version}"* ]]; then
	echo "windows.sh: installing the fyne packager ${fyne_version}"
	GOBIN="$PWD/.tools/bin" go install "fyne.io/tools/cmd/fyne@${fyne_version}"
fi

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
mkdir -p dist
rm -f dist/thidua.exe

echo "windows.sh: building thidua.exe ${version} (the first build compiles Fyne and SQLite for Windows: several minutes)"
# fyne package rewrites FyneApp.toml (build number, comments): keep ours.
cp FyneApp.toml .tools/FyneApp.toml.keep
trap 'cp .tools/FyneApp.toml.keep FyneApp.toml; rm -f ./*.syso' EXIT
CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
	"$fyne" package --target windows --release --name ThiDua --app-version "$version"
mv ThiDua.exe dist/thidua.exe
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 dist/thidua.ico

sign() { # sign FILE: sign in place
	local f=$1
	# SIGN_TIMESTAMP_URL (an RFC 3161 server) keeps the signature valid after
	# the certificate expires; it needs the network.
	osslsigncode sign -certs "$SIGN_CERT" -key "$SIGN_KEY" -n "Thi đua - Khen thưởng" \
		-h sha256 ${SIGN_TIMESTAMP_URL:+-ts "$SIGN_TIMESTAMP_URL"} -in "$f" -out "$f.signed"
	mv "$f.signed" "$f"
}
verify() { # verify FILE
	osslsigncode verify -CAfile "$SIGN_CERT" -in "$1" >/dev/null ||
		osslsigncode verify -CAfile "$SIGN_CERT" -in "$1"
	echo "windows.sh: signature of $(basename "$1") verified"
}
signing=
if [ -n "${SIGN_CERT:-}" ] && [ -n "${SIGN_KEY:-}" ]; then
	signing=yes
	sign dist/thidua.exe
	verify dist/thidua.exe
fi

setup="dist/ThiDua-${version}-setup.exe"
makensis -V2 -DVERSION="$version" -DEXE="$PWD/dist/thidua.exe" -DICON="$PWD/dist/thidua.ico" \
	-DOUT="$PWD/$setup" installer/thidua.nsi
if [ -n "$signing" ]; then
	sign "$setup"
	verify "$setup"
fi

zipdir=$(mktemp -d)
mkdir -p "$zipdir/ThiDua/data"
cp dist/thidua.exe "$zipdir/ThiDua/"
cp installer/portable.txt "$zipdir/ThiDua/data/portable.txt"
zipfile="$PWD/dist/ThiDua-${version}-portable.zip"
rm -f "$zipfile"
(cd "$zipdir" && zip -qr "$zipfile" ThiDua)
rm -rf "$zipdir"

ls -l dist/
if [ -z "$signing" ]; then
	echo "windows.sh: UNSIGNED build (set SIGN_CERT and SIGN_KEY to sign; see README, Windows build and installer)"
fi
