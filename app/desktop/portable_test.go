package desktop

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestPortableEnv(t *testing.T) {
	dir := filepath.Join("E:", "ThiDua", "data")
	tmp := filepath.Join(dir, "tmp")
	if got, want := portableEnv(dir, "windows"), map[string]string{"USERPROFILE": dir, "TMP": tmp, "TEMP": tmp}; !reflect.DeepEqual(got, want) {
		t.Errorf("windows: %v, want %v", got, want)
	}
	if got, want := portableEnv(dir, "linux"), map[string]string{"XDG_CONFIG_HOME": filepath.Join(dir, "config"), "TMPDIR": tmp}; !reflect.DeepEqual(got, want) {
		t.Errorf("linux: %v, want %v", got, want)
	}
}
