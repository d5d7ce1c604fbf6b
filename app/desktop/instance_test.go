package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestClaimRefusesSecondAndShowsFirst(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	shown := make(chan struct{}, 1)
	first, err := Claim(db, func() { shown <- struct{}{} })
	if err != nil {
		t.Fatalf("first claim: %v", err)
	}
	defer first.Release()
	if _, err := Claim(db, nil); !errors.Is(err, ErrAlreadyRunning) {
		t.Fatalf("second claim: got %v, want ErrAlreadyRunning", err)
	}
	select {
	case <-shown:
	case <-time.After(3 * time.Second):
		t.Fatal("the first instance was not asked to show its window")
	}
	other, err := Claim(filepath.Join(t.TempDir(), "b.db"), nil)
	if err != nil {
		t.Fatalf("another database must open alongside: %v", err)
	}
	other.Release()
	first.Release()
	again, err := Claim(db, nil)
	if err != nil {
		t.Fatalf("claim after release: %v", err)
	}
	again.Release()
}

func TestDataDirFollowsXDG(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	if got, want := DefaultDB(), filepath.Join(dir, "thidua", "thidua.db"); got != want {
		t.Fatalf("DefaultDB() = %q, want %q", got, want)
	}
	if got, want := BackupDir("/x/y/thidua.db"), filepath.Join("/x/y", "backups"); got != want {
		t.Fatalf("BackupDir = %q, want %q", got, want)
	}
}

func TestPortableNeedsMarker(t *testing.T) {
	dir := t.TempDir()
	if isPortable(dir) {
		t.Fatal("an empty folder (such as a source package) is not a portable data folder")
	}
	if err := os.WriteFile(filepath.Join(dir, PortableMarker), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !isPortable(dir) {
		t.Fatal("a folder with the marker is a portable data folder")
	}
}
