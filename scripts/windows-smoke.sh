#!/usr/bin/env bash
# Smoke test of the real Windows build under wine and Xvfb. It builds its
# own signed copies (scripts/windows.sh with a throwaway certificate unless
# SIGN_CERT and SIGN_KEY are set) of this version and of an older one
# (OLD_VERSION, default 0.0.1) into a temporary folder, then, in a fresh wine
# prefix with a home folder of its own:
#   - checks the installer refuses Windows 7 (wine's default here), then
#     sets the prefix to Windows 10;
#   - installs the older release silently, makes a sample database with it,
#     and upgrades to this release: the program is new, the data kept;
#   - checks the uninstaller's signature;
#   - prints the Kế hoạch from the command line, into a PDF and into a
#     redirected file;
#   - opens the window and checks it is drawn (screenshot);
#   - types Telex/VNI words into thidua.exe --thu-go the way Unikey, EVKey
#     and OpenKey send them (installer/wine/typing-replay.c) and checks that
#     every keystroke arrives whole; then types plain Telex and VNI keys
#     with the built-in mode on;
#   - starts with no OpenGL (an X server without GLX): the Vietnamese
#     message must come within seconds and the process end when it is
#     closed, twice (the first start released the database);
#   - runs the portable zip and checks it writes nothing outside its folder;
#   - uninstalls, keeping the data.
# The screenshot is left in .tools/smoke/. Takes about 10 minutes cold.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(wine wine64 gcc-mingw-w64-x86-64 unzip xvfb xauth imagemagick xdotool poppler-utils openssl osslsigncode)
me=windows-smoke.sh
# shellcheck source=scripts/packages.sh
source scripts/packages.sh
need_packages "${packages[@]}"

fail() {
	echo "$me: $*" >&2
	exit 1
}

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
old_version=${OLD_VERSION:-0.0.1}
[ "$old_version" != "$version" ] || fail "OLD_VERSION must differ from $version"

work=$(mktemp -d)
xpids=()
app=
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true
	for p in "${xpids[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT

# --- Build: this version and an older one, signed ---------------------------
if [ -z "${SIGN_CERT:-}" ] || [ -z "${SIGN_KEY:-}" ]; then
	echo "$me: signing with a throwaway self-signed certificate"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ThiDua smoke test" \
		-addext "extendedKeyUsage=codeSigning" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
	export SIGN_CERT="$work/cert.pem" SIGN_KEY="$work/key.pem"
fi
DIST="$work/new" scripts/windows.sh
DIST="$work/old" VERSION="$old_version" scripts/windows.sh
setup="$work/new/ThiDua-${version}-setup.exe"
old_setup="$work/old/ThiDua-${old_version}-setup.exe"
x86_64-w64-mingw32-gcc -O2 -Wall -municode -o "$work/typing-replay.exe" installer/wine/typing-replay.c -luser32

# --- X servers: one with OpenGL (GLX), one without ---------------------------
start_x() { # start_x VAR [XVFB ARGS…]: starts an Xvfb, sets VAR to its display number
	local var=$1
	shift
	local fifo=$work/displayfd.$RANDOM
	mkfifo "$fifo"
	Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp "$@" 3>"$fifo" >/dev/null 2>&1 &
	xpids+=($!)
	local n
	read -r -t 20 n <"$fifo" || fail "Xvfb did not start"
	rm -f "$fifo"
	DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null || fail "Xvfb :$n does not answer"
	printf -v "$var" '%s' "$n"
}
start_x gl_display
start_x nogl_display -extension GLX
export DISPLAY=":$gl_display"

# Wine maps the Desktop and Documents of its prefix into $HOME: give it a
# home of its own, after the builds (Go keeps its caches under $HOME).
export GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE)
real_home=$HOME
touch "$work/started"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8

echo "$me: preparing a wine prefix"
wineboot -i >/dev/null 2>&1 || true
# Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Windows 10 and 11
# have and Go's runtime needs: give the prefix a small stand-in.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	installer/wine/bcryptprimitives.c installer/wine/bcryptprimitives.def -ladvapi32
users="$WINEPREFIX/drive_c/users"

# Debian's wine reports Windows 7 by default: the installer must refuse it
# (exit code 3, nothing installed). Then the prefix becomes Windows 10.
echo "$me: the installer refuses Windows 7"
code=0
wine "$old_setup" /S || code=$?
wineserver -w
[ "$code" = 3 ] || fail "on Windows 7 the installer ended with code $code, want 3 (refused)"
[ -z "$(find "$users" -path '*Programs/ThiDua*' 2>/dev/null)" ] || fail "on Windows 7 the installer installed something"
wine winecfg -v win10

# --- Install the older release, then upgrade ----------------------------------
echo "$me: installing the older release $old_version silently"
wine "$old_setup" /S
wineserver -w
installed=$(find "$users" -path '*AppData/Local/Programs/ThiDua/thidua.exe' | head -1)
[ -f "$installed" ] || fail "the installer did not install thidua.exe"
echo "$me: installed $installed"
got=$(wine "$installed" version | tr -d '\r')
[[ "$got " == "thidua $old_version "* ]] || fail "the older release says \"$got\""
lnk=$(find "$users" -name 'Thi đua - Khen thưởng.lnk' -path '*Start Menu*' | head -1)
[ -n "$lnk" ] || fail "no Start-menu shortcut"
[ -n "$(find "$HOME" "$users" -name 'Thi đua - Khen thưởng.lnk' -not -path '*Start Menu*' 2>/dev/null)" ] || fail "no desktop shortcut"
[ -z "$(find "$real_home/Desktop" "$real_home/.local/share/applications" -maxdepth 3 -newer "$work/started" \
	\( -name '*.lnk' -o -name '*.desktop' \) 2>/dev/null)" ] || fail "a shortcut landed in the builder's home folder"

# A folder of this run's own: the app lets one window work on a database
# path (a loopback port per path), and another run may be going on.
smoke="thidua-smoke-$$"
cdir="$WINEPREFIX/drive_c/$smoke"
db="C:\\${smoke}\\thidua.db"
wine "$installed" init --sample --db "$db"

echo "$me: upgrading to $version silently"
wine "$setup" /S
wineserver -w
got=$(wine "$installed" version | tr -d '\r')
[[ "$got " == "thidua $version "* ]] || fail "after the upgrade the program says \"$got\""
shown=$(wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ThiDua' /v DisplayVersion | tr -d '\r' | awk '/DisplayVersion/ {print $3}')
[ "$shown" = "$version" ] || fail "Apps & features shows version \"$shown\""
wine "$installed" plan list --db "$db" >"$work/plans.txt"
grep -q "dân vận" "$work/plans.txt" || fail "the upgrade lost the data, or output redirected to a file is empty: $(cat "$work/plans.txt")"
echo "$me: upgraded $old_version → $version; the data is kept; output redirected to a file arrives"

uninst="$(dirname "$installed")/uninstall.exe"
osslsigncode verify -CAfile "$SIGN_CERT" -in "$uninst" >/dev/null ||
	{ osslsigncode verify -CAfile "$SIGN_CERT" -in "$uninst" >&2; fail "the uninstaller is not signed"; }
echo "$me: the uninstaller's signature verifies"

# --- Command line -----------------------------------------------------------
pdf="$cdir/ke-hoach.pdf"
wine "$installed" pdf plan 1 -o "C:\\${smoke}\\ke-hoach.pdf" --db "$db"
[ -s "$pdf" ] || fail "no PDF written"
text=$(pdftotext "$pdf" - | tr -s ' \n' ' ')
for want in "KẾ HOẠCH" "Đẩy mạnh công tác dân vận chính quyền" "Nơi nhận"; do
	grep -q "$want" <<<"$text" || fail "the PDF lacks “$want”"
done
echo "$me: the Kế hoạch PDF is correct ($(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') pages)"

# --- The window ---------------------------------------------------------------
wine "$installed" --db "$db" >/dev/null 2>&1 &
app=$!
sleep "${SMOKE_WAIT:-25}"
mkdir -p .tools/smoke
shot=.tools/smoke/wine-window.png
import -window root "$shot"
kill -0 "$app" 2>/dev/null || fail "the window closed by itself"
log=$(find "$users" -path '*Roaming/ThiDua/thidua.log' | head -1)
if [ -z "$log" ] || grep -q "OpenGL" "$log"; then
	[ -n "$log" ] && cat "$log" >&2
	fail "the window did not open"
fi
mean=$(convert "$shot" -colorspace Gray -format '%[fx:mean]' info:)
awk -v m="$mean" 'BEGIN { exit !(m < 0.15) }' && fail "the screenshot is nearly black (mean $mean): no window drawn"
echo "$me: the window is drawn (screenshot $shot, mean grey $mean)"
backups=$(find "$cdir/backups" -name '*-hang-ngay.db' 2>/dev/null | wc -l || true)
[ "$backups" -ge 1 ] || fail "no daily backup on the first start"
echo "$me: the first start took its daily backup"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=

# --- Typing through an input method -----------------------------------------
cp installer/wine/typing-words.txt installer/wine/typing-telex.txt installer/wine/typing-vni.txt "$work/typing-replay.exe" "$cdir/"
typing_window() { # typing_window FILE [ARGS…]: opens thidua.exe --thu-go FILE and focuses it
	wine "$installed" --thu-go "$@" >/dev/null 2>&1 &
	app=$!
	# With no window manager, give the window the X keyboard focus.
	local win=
	for _ in $(seq 1 60); do
		win=$(xdotool search --name 'Th.* g.* ti.*ng Vi' 2>/dev/null | head -1 || true)
		[ -n "$win" ] && break
		sleep 0.5
	done
	[ -n "$win" ] || fail "thidua.exe --thu-go opened no window"
	sleep 3
	xdotool windowfocus --sync "$win" 2>/dev/null
}
close_app() {
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	app=
}
for mode in "vk unicode" "char unicode" "vk shift-insert" "char shift-insert" "vk ctrl-v" "char ctrl-v"; do
	read -r back letters <<<"$mode"
	typed="C:\\${smoke}\\typed-$back-$letters.txt"
	typing_window "$typed"
	wine "$cdir/typing-replay.exe" "$back" "$letters" "C:\\${smoke}\\typing-words.txt" "Thử gõ tiếng Việt" "$typed" ||
		fail "typing with $back backspaces and $letters letters lost or doubled letters"
	close_app
done
echo "$me: typing arrives whole in every way the input methods send it"
# The built-in mode (Cài đặt → Bộ gõ tiếng Việt), with no input method: plain keys.
for method in telex vni; do
	typed="C:\\${smoke}\\typed-$method.txt"
	typing_window "$typed" --bo-go "$method"
	wine "$cdir/typing-replay.exe" keys - "C:\\${smoke}\\typing-$method.txt" "Thử gõ tiếng Việt" "$typed" ||
		fail "the built-in $method mode typed wrong"
	close_app
done
echo "$me: the built-in Telex and VNI modes type Vietnamese with no input method"

# --- No OpenGL ----------------------------------------------------------------
# Wine without GLX has no OpenGL: the start must end in the Vietnamese
# message box within seconds, and closing it must end the process (exit
# code 3) and free the database for the next start.
for attempt in first second; do
	DISPLAY=":$nogl_display" wine "$installed" --db "$db" >/dev/null 2>&1 &
	app=$!
	box=
	for _ in $(seq 1 60); do
		box=$(DISPLAY=":$nogl_display" xdotool search --name 'Thi .*Khen' 2>/dev/null | head -1 || true)
		[ -n "$box" ] && break
		kill -0 "$app" 2>/dev/null || break
		sleep 0.5
	done
	[ -n "$box" ] || fail "no OpenGL, $attempt start: no message within 30 seconds"
	grep -q "PlatformError\|OpenGL" "$log" || fail "no OpenGL, $attempt start: the log does not say why"
	sleep 1
	DISPLAY=":$nogl_display" xdotool key --window "$box" Return
	code=
	for _ in $(seq 1 20); do
		if ! kill -0 "$app" 2>/dev/null; then
			wait "$app" && code=0 || code=$?
			break
		fi
		sleep 0.5
	done
	[ -n "$code" ] || fail "no OpenGL, $attempt start: the process did not end after the message"
	[ "$code" = 3 ] || fail "no OpenGL, $attempt start: exit code $code, want 3"
	app=
	echo "$me: no OpenGL, $attempt start: the Vietnamese message came, then a clean exit (code 3)"
done

# --- Portable zip ---------------------------------------------------------------
echo "$me: the portable zip keeps every file beside the .exe"
wineserver -w
before=$(find "$users" -type f | sort)
unzip -q "$work/new/ThiDua-${version}-portable.zip" -d "$WINEPREFIX/drive_c/usb"
wine 'C:\usb\ThiDua\thidua.exe' init --sample
[ -f "$WINEPREFIX/drive_c/usb/ThiDua/data/thidua.db" ] || fail "the portable copy did not keep its data in ThiDua\\data"
wine 'C:\usb\ThiDua\thidua.exe' >/dev/null 2>&1 &
app=$!
sleep 15
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=
wineserver -w
after=$(find "$users" -type f | sort)
new=$(comm -13 <(echo "$before") <(echo "$after") | grep -v -i -e '/Temp/' -e 'system.reg\|user.reg\|userdef.reg' || true)
[ -z "$new" ] || fail "the portable copy wrote on the PC: $new"
[ -f "$WINEPREFIX/drive_c/usb/ThiDua/data/thidua.log" ] || fail "the portable copy kept no log beside the .exe"

# --- Uninstall ----------------------------------------------------------------
echo "$me: uninstalling (keeps the data folder)"
wine "$uninst" /S
wineserver -w
sleep 2
[ ! -f "$installed" ] || fail "the uninstaller left thidua.exe"
appdata=$(dirname "$log") # %APPDATA%\ThiDua, where the app keeps its log (and its default data)
[ -f "$log" ] && [ -d "$appdata" ] || fail "uninstalling removed the data folder $appdata"
echo "$me: uninstalled; the data is still there. All checks passed."
