package desktop

import (
	"os"
	"path/filepath"
	"runtime"
)

// PortableDir returns the data folder beside the executable when the app
// runs as a portable copy (see DataDir), else "".
func PortableDir() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if dir := filepath.Join(filepath.Dir(exe), "data"); isPortable(dir) {
		return dir
	}
	return ""
}

// KeepFilesBeside makes a portable copy keep every file it writes in its
// data folder: Fyne's preferences (the window size), which Fyne puts under
// the user's profile (%USERPROFILE%\AppData\Roaming\fyne on Windows,
// $XDG_CONFIG_HOME/fyne elsewhere), and temporary files (print previews),
// so nothing is left on the PC the USB stick was plugged into. Call it
// first thing, before Fyne starts; it does nothing for an installed copy.
//
// On Windows the user's profile folder becomes the data folder, so file
// dialogs open there.
func KeepFilesBeside() {
	dir := PortableDir()
	if dir == "" {
		return
	}
	for k, v := range portableEnv(dir, runtime.GOOS) {
		if k == "TMP" || k == "TEMP" || k == "TMPDIR" {
			os.MkdirAll(v, 0o755)
		}
		os.Setenv(k, v)
	}
}

// portableEnv returns the environment that points a portable copy's
// preferences and temporary files into its data folder dir.
func portableEnv(dir, goos string) map[string]string {
	tmp := filepath.Join(dir, "tmp")
	if goos == "windows" {
		return map[string]string{"USERPROFILE": dir, "TMP": tmp, "TEMP": tmp}
	}
	return map[string]string{"XDG_CONFIG_HOME": filepath.Join(dir, "config"), "TMPDIR": tmp}
}
