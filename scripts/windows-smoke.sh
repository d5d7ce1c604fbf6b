#!/usr/bin/env bash
# Smoke test of the real Windows build under wine and Xvfb: installs the
# NSIS installer silently into a fresh wine prefix, runs the installed
# thidua.exe from the command line to create a sample database and print
# the Kế hoạch, checks the PDF, then opens the window and saves a
# screenshot as dist/wine-window.png. Run after scripts/windows.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(wine wine64 gcc-mingw-w64-x86-64 unzip xvfb xauth imagemagick xdotool poppler-utils)
me=windows-smoke.sh
# shellcheck source=scripts/packages.sh
source scripts/packages.sh
need_packages "${packages[@]}"

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
setup="dist/ThiDua-${version}-setup.exe"
[ -f "$setup" ] || { echo "windows-smoke.sh: $setup not found; run make windows first" >&2; exit 1; }

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
display_num=${SMOKE_DISPLAY:-98}
Xvfb ":${display_num}" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	wineserver -k 2>/dev/null || true
	kill "$xvfb" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=":${display_num}"
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done

echo "windows-smoke.sh: preparing a wine prefix"
wineboot -i >/dev/null 2>&1 || true
# Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Windows 10 and 11
# have and Go's runtime needs: give the prefix a small stand-in.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	installer/wine/bcryptprimitives.c installer/wine/bcryptprimitives.def -ladvapi32
echo "windows-smoke.sh: installing $setup silently"
wine "$setup" /S
wineserver -w
installed="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Programs/ThiDua/thidua.exe"
if [ ! -f "$installed" ]; then
	installed=$(find "$WINEPREFIX/drive_c/users" -path '*Programs/ThiDua/thidua.exe' | head -1)
fi
[ -f "$installed" ] || { echo "windows-smoke.sh: the installer did not install thidua.exe" >&2; exit 1; }
echo "windows-smoke.sh: installed $installed"
lnk=$(find "$WINEPREFIX/drive_c/users" -name 'Thi đua - Khen thưởng.lnk' -path '*Start Menu*' | head -1)
[ -n "$lnk" ] || { echo "windows-smoke.sh: no Start-menu shortcut" >&2; exit 1; }
echo "windows-smoke.sh: Start-menu shortcut: $lnk"

# A folder of this run's own: the app lets one window work on a database
# path (a loopback port per path), and another run may be going on.
smoke="thidua-smoke-$$"
db="C:\\${smoke}\\thidua.db"
pdf="$WINEPREFIX/drive_c/${smoke}/ke-hoach.pdf"
wine "$installed" init --sample --db "$db"
wine "$installed" pdf plan 1 -o "C:\\${smoke}\\ke-hoach.pdf" --db "$db"
[ -s "$pdf" ] || { echo "windows-smoke.sh: no PDF written" >&2; exit 1; }
text=$(pdftotext "$pdf" - | tr -s ' \n' ' ')
for want in "KẾ HOẠCH" "Đẩy mạnh công tác dân vận chính quyền" "Nơi nhận"; do
	grep -q "$want" <<<"$text" || { echo "windows-smoke.sh: the PDF lacks “$want”" >&2; exit 1; }
done
echo "windows-smoke.sh: the Kế hoạch PDF is correct ($(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') pages)"

mkdir -p dist
wine "$installed" --db "$db" >/dev/null 2>&1 &
app=$!
sleep "${SMOKE_WAIT:-25}"
import -window root dist/wine-window.png
echo "windows-smoke.sh: wrote dist/wine-window.png"
if ! kill -0 "$app" 2>/dev/null; then
	echo "windows-smoke.sh: the window closed by itself" >&2
	exit 1
fi
log=$(find "$WINEPREFIX/drive_c/users" -path '*Roaming/ThiDua/thidua.log' | head -1)
if [ -z "$log" ] || grep -q "OpenGL" "$log"; then
	echo "windows-smoke.sh: the window did not open:" >&2
	[ -n "$log" ] && cat "$log" >&2
	exit 1
fi
mean=$(convert dist/wine-window.png -colorspace Gray -format '%[fx:mean]' info:)
if awk -v m="$mean" 'BEGIN { exit !(m < 0.15) }'; then
	echo "windows-smoke.sh: the screenshot is nearly black (mean $mean): no window drawn" >&2
	exit 1
fi
echo "windows-smoke.sh: the window is drawn (log: $(basename "$log"), screenshot mean grey $mean)"
backups=$(find "$WINEPREFIX/drive_c/${smoke}/backups" -name '*-hang-ngay.db' 2>/dev/null | wc -l || true)
[ "$backups" -ge 1 ] || { echo "windows-smoke.sh: no daily backup on the first start" >&2; exit 1; }
echo "windows-smoke.sh: the first start took its daily backup"

echo "windows-smoke.sh: the portable zip keeps its data beside the .exe"
zip="dist/ThiDua-${version}-portable.zip"
unzip -q "$zip" -d "$WINEPREFIX/drive_c/usb"
wine 'C:\usb\ThiDua\thidua.exe' init --sample
[ -f "$WINEPREFIX/drive_c/usb/ThiDua/data/thidua.db" ] || { echo "windows-smoke.sh: the portable copy did not keep its data in ThiDua\\data" >&2; exit 1; }

kill "$app" 2>/dev/null || true
wineserver -k 2>/dev/null || true
app=
echo "windows-smoke.sh: installing again over the installed copy (an upgrade keeps the data)"
wine "$setup" /S
wineserver -w
[ -f "$installed" ] && [ -f "$WINEPREFIX/drive_c/${smoke}/thidua.db" ] && [ -f "$log" ] ||
	{ echo "windows-smoke.sh: installing over the installed copy lost the program or the data" >&2; exit 1; }

echo "windows-smoke.sh: uninstalling (keeps the data folder)"
wine "${installed%/thidua.exe}/uninstall.exe" /S
wineserver -w
sleep 2
[ ! -f "$installed" ] || { echo "windows-smoke.sh: the uninstaller left thidua.exe" >&2; exit 1; }
appdata=$(dirname "$log") # %APPDATA%\ThiDua, where the app keeps its log (and its default data)
[ -f "$log" ] && [ -d "$appdata" ] || { echo "windows-smoke.sh: uninstalling removed the data folder $appdata" >&2; exit 1; }
echo "windows-smoke.sh: uninstalled; the data is still there. All checks passed."
