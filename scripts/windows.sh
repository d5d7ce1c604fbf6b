#!/usr/bin/env bash
# Builds the Windows delivery on Linux, into dist/ (or $DIST):
#   thidua.exe                      the app (windows/amd64, cgo with mingw, no
#                                   console) with a multi-size icon, Vietnamese
#                                   version information and a manifest for
#                                   Windows 10/11 (per-monitor DPI, common
#                                   controls 6)
#   thidua.ico                      the icon, 16 to 256 pixels
#   ThiDua-<version>-setup.exe      per-user NSIS installer
#   ThiDua-<version>-portable.zip   ThiDua\thidua.exe + ThiDua\data\portable.txt
# The version is FyneApp.toml's (VERSION=x.y.z builds another one, for the
# smoke test's upgrade from an older release). With SIGN_CERT (PEM
# certificate, or chain) and SIGN_KEY (PEM private key) set, the .exe, the
# installer and the uninstaller inside it are Authenticode-signed with
# osslsigncode and the signatures are verified; without them the build is
# unsigned and says so. PUBLISHER names the publisher (CompanyName,
# copyright, "Apps & features"). Installs the Debian/Ubuntu packages it needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis osslsigncode zip imagemagick)
me=windows.sh
# shellcheck source=scripts/packages.sh
source scripts/packages.sh
need_packages "${packages[@]}"

toml_version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
version=${VERSION:-$toml_version}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "$me: version \"$version\" is not x.y.z" >&2; exit 1; }
publisher=${PUBLISHER:-"Nhóm phát triển Thi đua - Khen thưởng"}
out=${DIST:-dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/thidua.exe"
tmp=$(mktemp -d)
cleanup() {
	rm -rf "$tmp"
	rm -f rsrc_windows_amd64.syso
	if [ -f "$tmp.toml" ]; then mv "$tmp.toml" FyneApp.toml; fi
}
trap cleanup EXIT
if [ "$version" != "$toml_version" ]; then
	# The program reads its version from FyneApp.toml (embedded).
	cp FyneApp.toml "$tmp.toml"
	sed -i "s/^\( *Version *= *\)\".*\"/\1\"$version\"/" FyneApp.toml
fi

convert assets/icon.png -define icon:auto-resize=256,128,64,48,32,24,16 "$out/thidua.ico"
IFS=. read -r v1 v2 v3 <<<"$version"
sed -e "s/@VERSION4@/$v1.$v2.$v3.0/" installer/thidua.manifest >"$tmp/thidua.manifest"
cp "$out/thidua.ico" "$tmp/thidua.ico"
cat >"$tmp/thidua.rc" <<RC
#pragma code_page(65001)
#include <winver.h>
1 ICON "thidua.ico"
1 24 "thidua.manifest"
1 VERSIONINFO
FILEVERSION $v1,$v2,$v3,0
PRODUCTVERSION $v1,$v2,$v3,0
FILEOS VOS_NT_WINDOWS32
FILETYPE VFT_APP
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "042A04B0"
    BEGIN
      VALUE "CompanyName", "$publisher"
      VALUE "FileDescription", "Thi đua - Khen thưởng"
      VALUE "FileVersion", "$version"
      VALUE "InternalName", "thidua"
      VALUE "LegalCopyright", "© $(date +%Y) $publisher"
      VALUE "OriginalFilename", "thidua.exe"
      VALUE "ProductName", "Thi đua - Khen thưởng"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x042A, 1200
  END
END
RC
x86_64-w64-mingw32-windres -c 65001 -I "$tmp" -O coff -o rsrc_windows_amd64.syso "$tmp/thidua.rc"

echo "$me: building thidua.exe ${version} (the first build compiles Fyne and SQLite for Windows: several minutes)"
# The flags of "fyne package --release", with FyneApp.toml's migration
# (fyneDo) as a tag; the resources come from the .syso above.
CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CGO_CFLAGS="-O3 -pipe" \
	go build -trimpath -ldflags "-H=windowsgui -s -w" -tags release,migrated_fynedo -o "$out/thidua.exe" .
# The strings are read whole first: "grep -q" stops at its first match,
# and with pipefail the strings it cut off would fail the check.
strings -el "$out/thidua.exe" >"$tmp/strings"
for want in ProductVersion CompanyName LegalCopyright; do
	grep -q "^$want\$" "$tmp/strings" || { echo "$me: thidua.exe lacks $want" >&2; exit 1; }
done
grep -q PerMonitorV2 "$out/thidua.exe" || { echo "$me: thidua.exe lacks its manifest" >&2; exit 1; }

signing=
nsis_sign=()
if [ -n "${SIGN_CERT:-}" ] && [ -n "${SIGN_KEY:-}" ]; then
	signing=yes
	scripts/windows-sign.sh "$out/thidua.exe"
	# makensis signs the uninstaller it writes into the installer.
	nsis_sign=(-DSIGNER="$PWD/scripts/windows-sign.sh")
fi

setup="$out/ThiDua-${version}-setup.exe"
makensis -V2 -DVERSION="$version" -DPUBLISHER="$publisher" -DEXE="$out/thidua.exe" -DICON="$out/thidua.ico" \
	-DOUT="$setup" "${nsis_sign[@]}" installer/thidua.nsi
if [ -n "$signing" ]; then
	scripts/windows-sign.sh "$setup"
fi

mkdir -p "$tmp/zip/ThiDua/data"
cp "$out/thidua.exe" "$tmp/zip/ThiDua/"
cp installer/portable.txt "$tmp/zip/ThiDua/data/portable.txt"
zipfile="$out/ThiDua-${version}-portable.zip"
rm -f "$zipfile"
(cd "$tmp/zip" && zip -qr "$zipfile" ThiDua)

ls -l "$out/"
if [ -z "$signing" ]; then
	echo "$me: UNSIGNED build (set SIGN_CERT and SIGN_KEY to sign; see README, Windows build and installer)"
fi
