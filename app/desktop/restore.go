package desktop

import (
	"os"
	"strings"
)

// pendingRestore is the file beside a database ("thidua.db.khoi-phuc.txt")
// that asks the next start on it to restore a backup before opening the
// data: on Windows an open database file cannot be replaced, so the window
// closes first.
func pendingRestore(dbPath string) string { return dbPath + ".khoi-phuc.txt" }

// RequestRestore asks the next start to restore file over dbPath.
func RequestRestore(dbPath, file string) error {
	return os.WriteFile(pendingRestore(dbPath), []byte(file+"\n"), 0o644)
}

// TakePendingRestore returns the backup a previous run asked to restore
// over dbPath, and forgets the request; "" when there is none.
func TakePendingRestore(dbPath string) string {
	p := pendingRestore(dbPath)
	b, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	os.Remove(p)
	return strings.TrimSpace(string(b))
}
