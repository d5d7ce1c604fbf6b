# Sourced by the build scripts: installs the Debian/Ubuntu packages a
# script needs when some are missing (apt-get, with sudo when not root).
# Set "me" to the script's name for the messages.

export DEBIAN_FRONTEND=noninteractive

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo --preserve-env=DEBIAN_FRONTEND "$@"
	else
		echo "${me}: need root to run: $*" >&2
		echo "${me}: run as root or install sudo." >&2
		exit 1
	fi
}

# need_packages PACKAGE… installs those not installed yet.
need_packages() {
	if ! command -v dpkg-query >/dev/null 2>&1; then
		echo "${me}: not a Debian/Ubuntu system; install these by hand: $*" >&2
		exit 1
	fi
	local missing=() p status
	for p in "$@"; do
		status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		[ "$status" = "install ok installed" ] || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		echo "${me}: installing ${missing[*]}"
		as_root apt-get update
		as_root apt-get install -y --no-install-recommends "${missing[@]}"
	fi
}
