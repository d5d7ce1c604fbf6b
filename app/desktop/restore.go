package desktop

import (
	"os"
	"path/filepath"
	"strings"
)

// pendingRestoreName is the file beside the database that asks the next
// start to restore a backup before opening the data: on Windows an open
// database file cannot be replaced, so the window closes first.
const pendingRestoreName = "khoi-phuc-khi-mo.txt"

// RequestRestore asks the next start to restore file over dbPath.
func RequestRestore(dbPath, file string) error {
	return os.WriteFile(filepath.Join(filepath.Dir(dbPath), pendingRestoreName), []byte(file+"\n"), 0o644)
}

// TakePendingRestore returns the backup a previous run asked to restore
// over dbPath, and forgets the request; "" when there is none.
func TakePendingRestore(dbPath string) string {
	p := filepath.Join(filepath.Dir(dbPath), pendingRestoreName)
	b, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	os.Remove(p)
	return strings.TrimSpace(string(b))
}
