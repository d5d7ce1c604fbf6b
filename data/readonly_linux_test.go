//go:build linux

package data

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"thidua/app"
)

// roChild names the database the re-run test binary checks as an
// unprivileged user (see TestReadOnlyFolderOpensForReading).
const roChild = "THIDUA_READONLY_DB"

// TestReadOnlyFolderOpensForReading: a database on a write-protected
// folder or USB stick, with no -shm beside it, opens for reading: lists
// work, every write is refused in Vietnamese, nothing is created beside
// the file. Permissions do not bind root, so as root the checks run in a
// copy of this test binary as the unprivileged user nobody.
func TestReadOnlyFolderOpensForReading(t *testing.T) {
	if path := os.Getenv(roChild); path != "" {
		checkReadOnlyOpen(t, path)
		return
	}
	base := t.TempDir()
	usb := filepath.Join(base, "usb")
	path := filepath.Join(usb, "thidua.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	loadSampleData(t, s)
	s.Close()
	// A file of an earlier version beside it: it needs a migration, which
	// a read-only folder does not allow.
	old, err := openAt(filepath.Join(usb, "cu.db"), SchemaVersion()-1)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	if m, _ := filepath.Glob(path + "-*"); len(m) != 0 {
		t.Fatalf("files left beside a closed database: %v", m)
	}
	for p, mode := range map[string]os.FileMode{path: 0o444, usb: 0o555, base: 0o755, filepath.Dir(base): 0o755} {
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { os.Chmod(usb, 0o755) })
	if os.Geteuid() != 0 {
		checkReadOnlyOpen(t, path)
		return
	}
	bin := filepath.Join(base, "data.test")
	copyExecutable(t, bin)
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyFolderOpensForReading$", "-test.v")
	cmd.Dir, _ = os.Getwd()
	cmd.Env = append(os.Environ(), roChild+"="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("as the user nobody: %v\n%s", err, out)
	}
}

func checkReadOnlyOpen(t *testing.T, path string) {
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("a read-only database does not open for reading: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		t.Fatal("the store does not say it is read-only")
	}
	ps, err := s.Participants(app.KindIndividual)
	if err != nil || len(ps) == 0 {
		t.Fatalf("listing: %d people, %v", len(ps), err)
	}
	_, err = s.AddParticipants([]app.Participant{{Kind: app.KindIndividual, Name: "Nguyễn Văn Mới", Gender: app.GenderMale}})
	if !errors.Is(err, app.ErrReadOnly) || !strings.Contains(err.Error(), "chỉ cho đọc") {
		t.Fatalf("a write on a read-only database: %v", err)
	}
	if m, _ := filepath.Glob(path + "-*"); len(m) != 0 {
		t.Fatalf("files created beside a read-only database: %v", m)
	}
	_, err = Open(filepath.Join(filepath.Dir(path), "cu.db"), Options{})
	if !errors.Is(err, app.ErrReadOnly) || !strings.Contains(err.Error(), "dữ liệu của phiên bản trước, cần nâng cấp") {
		t.Fatalf("a read-only file of an earlier version: %v", err)
	}
}

func copyExecutable(t *testing.T, dst string) {
	src, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
