#!/usr/bin/env bash
# Takes a screenshot of thidua on a virtual X display (Xvfb), for the docs.
#
#   scripts/screenshot.sh [db] [out.png] [seconds]
#
#   db       database to open (created if absent); default /tmp/thidua-screenshot.db
#   out.png  where to write the picture; default docs/screenshots/main.png
#   seconds  how long to let the window settle; default 5
#
# Needs ./thidua (make build), Xvfb, xdotool and ImageMagick's import
# (make deps). SHOT_DISPLAY picks the display number (default 99).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

db=${1:-/tmp/thidua-screenshot.db}
out=${2:-docs/screenshots/main.png}
wait_s=${3:-5}
display_num=${SHOT_DISPLAY:-99}
display=":${display_num}"

for cmd in Xvfb xdotool import; do
	if ! command -v "$cmd" >/dev/null 2>&1; then
		echo "screenshot.sh: $cmd not found; run make deps" >&2
		exit 1
	fi
done
if [ ! -x ./thidua ]; then
	echo "screenshot.sh: ./thidua not found; run make build" >&2
	exit 1
fi
if [ -e "/tmp/.X${display_num}-lock" ]; then
	echo "screenshot.sh: display ${display} is in use (/tmp/.X${display_num}-lock); set SHOT_DISPLAY to another number" >&2
	exit 1
fi

xvfb_pid=
app_pid=
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid" 2>/dev/null || true
		wait "$app_pid" 2>/dev/null || true
	fi
	if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
		kill "$xvfb_pid" 2>/dev/null || true
		wait "$xvfb_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"

# Wait (up to 10 s) until the X server answers.
for _ in $(seq 1 50); do
	if xdotool getdisplaygeometry >/dev/null 2>&1; then
		break
	fi
	if ! kill -0 "$xvfb_pid" 2>/dev/null; then
		echo "screenshot.sh: Xvfb did not start on ${display}" >&2
		exit 1
	fi
	sleep 0.2
done
if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
	echo "screenshot.sh: Xvfb on ${display} does not answer" >&2
	exit 1
fi

./thidua init --sample --db "$db" >/dev/null
LIBGL_ALWAYS_SOFTWARE=1 ./thidua --db "$db" &
app_pid=$!
sleep "$wait_s"
if ! kill -0 "$app_pid" 2>/dev/null; then
	wait "$app_pid" && rc=0 || rc=$?
	app_pid=
	echo "screenshot.sh: thidua exited (code ${rc}) before the screenshot" >&2
	exit 1
fi

mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "screenshot.sh: wrote ${out}"
# SHOT_CLICKS="x,y:name key=F11:name" clicks each point (or presses each
# key, as xdotool names it) in turn and saves name.png beside out (to
# picture other screens).
for click in ${SHOT_CLICKS:-}; do
	xy=${click%%:*}
	case "$xy" in
	key=*) xdotool key "${xy#key=}" ;;
	*) xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
	esac
	sleep 1.5
	import -window root "$(dirname "$out")/${click#*:}.png"
	echo "screenshot.sh: wrote $(dirname "$out")/${click#*:}.png"
done
