package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"thidua/data"
)

// TestOrgPeriodCommands: the periods of the organisation's structure are
// added, listed and edited from the command line; a period that overlaps
// another, an unreadable date or a period that is not there is refused
// with exit 2 and a Vietnamese message, a missing MÃ is a usage error.
func TestOrgPeriodCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		env := &Env{Stdout: &out, Stderr: &errb, Open: func(path string) (Store, error) { return data.Open(path, data.Options{}) }}
		return Run(env, append(args, "--db", db)), out.String(), errb.String()
	}
	if code, _, e := run("org", "period", "add", "--until", "30/06/2025", "--name", "Ủy ban nhân dân xã Hòa Phong",
		"--parent", "Ủy ban nhân dân thị xã Mỹ Hào", "--upper", "Ủy ban nhân dân thị xã Mỹ Hào", "--province", "tỉnh Hưng Yên"); code != ExitOK {
		t.Fatalf("add: exit %d %s", code, e)
	}
	if code, out, e := run("org", "period", "add", "--from", "01/07/2025", "--name", "Ủy ban nhân dân xã Nghĩa Trụ"); code != ExitOK || !strings.Contains(out, "mã 2") {
		t.Fatalf("add: exit %d %s %s", code, out, e)
	}
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"org", "period", "add", "--from", "01/01/2025", "--name", "X"}, ExitInvalid, "trùng với thời kỳ"},
		{[]string{"org", "period", "add", "--from", "31/02/2026", "--name", "X"}, ExitInvalid, "--from"},
		{[]string{"org", "period", "edit", "9", "--name", "X"}, ExitInvalid, "không có thời kỳ mã 9"},
		{[]string{"org", "period", "edit", "--name", "X"}, ExitUsage, "Cách dùng"},
	} {
		if code, _, e := run(tt.args...); code != tt.code || !strings.Contains(e, tt.msg) {
			t.Errorf("%v: exit %d %q, want %d %q", tt.args, code, e, tt.code, tt.msg)
		}
	}
	if code, _, e := run("org", "period", "edit", "2", "--parent", "Ủy ban nhân dân tỉnh Hưng Yên"); code != ExitOK {
		t.Fatalf("edit: exit %d %s", code, e)
	}
	code, out, _ := run("org", "periods")
	for _, want := range []string{"đến 30/06/2025", "Ủy ban nhân dân thị xã Mỹ Hào", "từ 01/07/2025", "Ủy ban nhân dân xã Nghĩa Trụ", "Ủy ban nhân dân tỉnh Hưng Yên"} {
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("periods: exit %d, lacks %q:\n%s", code, want, out)
		}
	}
	if _, out, _ := run("org", "periods", "--json"); !strings.Contains(out, `"from": "2025-07-01"`) || !strings.Contains(out, `"name": "Ủy ban nhân dân xã Nghĩa Trụ"`) {
		t.Errorf("periods --json:\n%s", out)
	}
}
