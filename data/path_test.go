package data

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
)

// awkwardFolders are legal folder names that mean something in a URI.
var awkwardFolders = []string{
	"Thi đua #2",
	"hỏi?đáp",
	"%41 phần trăm",
	"có  hai   dấu cách",
	"Phường Đông Hòa – Dĩ An",
	"a&b=c;d",
}

// TestOpenKeepsAwkwardPaths opens, writes and reopens a database in each
// awkward folder: the data must be in the file named, and nowhere else.
func TestOpenKeepsAwkwardPaths(t *testing.T) {
	for _, folder := range awkwardFolders {
		t.Run(folder, func(t *testing.T) {
			root := t.TempDir()
			path := filepath.Join(root, folder, "thidua.db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.SaveSigner(app.Signer{FullName: "Nguyễn Văn An", Title: "CHỦ TỊCH"}); err != nil {
				t.Fatal(err)
			}
			s.Close()
			assertOnlyFolder(t, root, folder)
			if _, err := CheckFile(path); err != nil {
				t.Fatalf("CheckFile: %v", err)
			}
			bak := filepath.Join(root, folder, "sao lưu #1.db")
			s, err = Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if sg, _ := s.Signers(); len(sg) != 1 {
				t.Fatalf("reopened %s: %d signers, want 1", path, len(sg))
			}
			if err := s.BackupTo(bak); err != nil {
				t.Fatal(err)
			}
			s.SaveSigner(app.Signer{FullName: "Người Sau Sao Lưu", Title: "ỦY VIÊN"})
			s.Close()
			if _, err := Restore(path, bak, filepath.Join(root, folder, "backups")); err != nil {
				t.Fatalf("Restore from %s: %v", bak, err)
			}
			s, err = Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if sg, _ := s.Signers(); len(sg) != 1 {
				t.Fatalf("after restore: %d signers, want the 1 of the backup", len(sg))
			}
			assertOnlyFolder(t, root, folder)
		})
	}
}

// assertOnlyFolder fails when root holds anything but folder: a path cut
// at a "#" or a "?" would create "Thi đua " or "hỏi" beside it.
func assertOnlyFolder(t *testing.T, root, folder string) {
	t.Helper()
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if e.Name() != folder {
			t.Fatalf("a file went to %q beside %q", e.Name(), folder)
		}
	}
}

// TestNetworkSharePath opens a path written with two leading slashes, the
// form a Windows network share (\\server\share) takes: SQLite must not read
// the first folder as the URI's host. On Linux "//tmp/x" is "/tmp/x".
func TestNetworkSharePath(t *testing.T) {
	dir := t.TempDir()
	path := "/" + filepath.Join(dir, "Thi đua #2", "thidua.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, "Thi đua #2", "thidua.db")); err != nil {
		t.Fatal(err)
	}
}

func TestFileURI(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"/d/Thi đua #2/thidua.db", "file:/d/Thi%20%C4%91ua%20%232/thidua.db"},
		{"/d/a?b/%41.db", "file:/d/a%3Fb/%2541.db"},
		{"C:/Thi đua/thidua.db", "file:C:/Thi%20%C4%91ua/thidua.db"},
		{"//may-chu/chia-se/thidua.db", "file:////may-chu/chia-se/thidua.db"},
	} {
		got := fileURI(tc.path, nil)
		if got != tc.want {
			t.Errorf("fileURI(%q) = %q, want %q", tc.path, got, tc.want)
		}
		if strings.ContainsAny(got, "#? ") {
			t.Errorf("fileURI(%q) = %q keeps a character that ends the path", tc.path, got)
		}
		// SQLite drops the empty authority "//" before a share's path.
		back, err := url.PathUnescape(strings.TrimPrefix(got, "file:"))
		if strings.HasPrefix(tc.path, "//") {
			back = strings.TrimPrefix(back, "//")
		}
		if err != nil || back != tc.path {
			t.Errorf("fileURI(%q) decodes to %q", tc.path, back)
		}
	}
	if got := fileURI("/d/x.db", url.Values{"mode": {"ro"}}); got != "file:/d/x.db?mode=ro" {
		t.Errorf("query: %q", got)
	}
}
