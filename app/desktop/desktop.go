// Package desktop holds what the app needs from the computer it runs on:
// where its data lives, and making sure only one window works on a database.
package desktop

import (
	"os"
	"path/filepath"
	"runtime"
)

// AppDirName is the folder of the app inside the per-user data folder.
const AppDirName = "ThiDua"

// DataDir returns the per-user data folder of the app: %APPDATA%\ThiDua on
// Windows, $XDG_DATA_HOME/thidua (default ~/.local/share/thidua) elsewhere.
// A folder named "data" beside the executable that holds a file named
// PortableMarker (or a database) wins: portable use from a USB stick. The
// marker keeps a source checkout's data/ package from being taken for it.
func DataDir() string {
	if dir := PortableDir(); dir != "" {
		return dir
	}
	if runtime.GOOS == "windows" {
		if d := os.Getenv("APPDATA"); d != "" {
			return filepath.Join(d, AppDirName)
		}
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "thidua")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "thidua-data"
	}
	return filepath.Join(home, ".local", "share", "thidua")
}

// PortableMarker is the file that makes a data folder beside the
// executable the app's data folder.
const PortableMarker = "portable.txt"

func isPortable(dir string) bool {
	for _, f := range []string{PortableMarker, "thidua.db"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}

// DefaultDB returns the default database file.
func DefaultDB() string { return filepath.Join(DataDir(), "thidua.db") }

// BackupDir returns the backups folder beside a database file.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }
