package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileLimited(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "nho.json")
	os.WriteFile(small, []byte(`{"version":1}`), 0o644)
	if b, err := ReadFileLimited(small, 100); err != nil || string(b) != `{"version":1}` {
		t.Fatalf("small file: %q %v", b, err)
	}
	big := filepath.Join(dir, "lon.json")
	f, _ := os.Create(big)
	f.Truncate(3 << 20) // sparse: refused by its size, never read
	f.Close()
	_, err := ReadFileLimited(big, 2<<20)
	if !IsInvalid(err) || !strings.Contains(err.Error(), "giới hạn 2 MB") {
		t.Fatalf("file over the limit: %v", err)
	}
	if _, err := ReadFileLimited(dir, 2<<20); err == nil || !strings.Contains(err.Error(), "thư mục") {
		t.Fatalf("a folder: %v", err)
	}
}
