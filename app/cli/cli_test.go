package cli

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"testing"
)

func TestFlagsAnywhereAmongArguments(t *testing.T) {
	tests := []struct {
		args       []string
		positional int
		wantArgs   []string
		replace    bool
		db         string
		usage      bool
	}{
		{[]string{"f.json", "--replace", "--db", "x.db"}, 1, []string{"f.json"}, true, "x.db", false},
		{[]string{"--db=y.db", "f.json"}, 1, []string{"f.json"}, false, "y.db", false},
		{[]string{"f.json", "g.json"}, 1, nil, false, "", true},
		{[]string{"--nope", "f.json"}, 1, nil, false, "", true},
	}
	for _, tt := range tests {
		c := &call{name: "import-data", fs: flag.NewFlagSet("t", flag.ContinueOnError), rawArgs: tt.args}
		c.fs.SetOutput(io.Discard)
		c.db = c.fs.String("db", "", "")
		replace := c.fs.Bool("replace", false, "")
		err := c.parse(tt.positional)
		if (err != nil) != tt.usage {
			t.Errorf("%v: err = %v, want usage error %v", tt.args, err, tt.usage)
			continue
		}
		if tt.usage {
			continue
		}
		if len(c.args) != len(tt.wantArgs) || c.args[0] != tt.wantArgs[0] || *replace != tt.replace || *c.db != tt.db {
			t.Errorf("%v: args=%v replace=%v db=%q", tt.args, c.args, *replace, *c.db)
		}
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb}
	if code := Run(env, []string{"plan", "frob"}); code != ExitUsage {
		t.Fatalf("exit %d, want %d", code, ExitUsage)
	}
	if !bytes.Contains(errb.Bytes(), []byte("Lệnh không hợp lệ")) {
		t.Fatalf("stderr: %s", errb.String())
	}
	if code := Run(env, []string{"help"}); code != ExitOK || !bytes.Contains(out.Bytes(), []byte("plan list")) {
		t.Fatalf("help: exit %d, %s", code, out.String())
	}
}

// TestOutputCannotDriveTheTerminal: what the commands print passes no
// character that drives a terminal or reverses text, whether it comes from
// the command line (echoed in an error) or from stored data, even split
// between two writes.
func TestOutputCannotDriveTheTerminal(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb}
	Run(env, []string{"plan", "\x1b]0;đã bị chiếm\x07\x1b[2J", "tên\u202etxt.exe"})
	if bytes.ContainsAny(errb.Bytes(), "\x1b\x07\u202e") || !bytes.Contains(errb.Bytes(), []byte("Lệnh không hợp lệ: plan ]0;đã bị chiếm[2J têntxt.exe")) {
		t.Fatalf("stderr: %q", errb.String())
	}
	var b bytes.Buffer
	w := &safeWriter{w: &b}
	s := []byte("Nguyễn\x1b[31m Văn\u202e Hòa\n")
	for i := range s { // one byte at a time: every rune split
		w.Write(s[i : i+1])
	}
	w.flush()
	if got := b.String(); got != "Nguyễn[31m Văn Hòa\n" {
		t.Fatalf("split writes: %q", got)
	}
}

// TestDBBeforeTheCommand: "thidua --db FILE COMMAND …" runs the command on
// that file, as "thidua COMMAND … --db FILE" does; "--db FILE" alone still
// opens the window on it.
func TestDBBeforeTheCommand(t *testing.T) {
	for _, tt := range []struct {
		args    []string
		command bool
	}{
		{[]string{"--db", "x.db", "plan", "list"}, true},
		{[]string{"--db=x.db", "plan", "list"}, true},
		{[]string{"plan", "list", "--db", "x.db"}, true},
		{[]string{"--db", "x.db"}, false},
		{[]string{}, false},
	} {
		if got := IsCommand(tt.args); got != tt.command {
			t.Errorf("IsCommand(%q) = %v, want %v", tt.args, got, tt.command)
		}
	}
	var out, errb bytes.Buffer
	var opened string
	env := &Env{Stdout: &out, Stderr: &errb, Open: func(path string) (Store, error) {
		opened = path
		return nil, errors.New("không mở")
	}}
	Run(env, []string{"--db", "D:\\Thi đua #2\\thidua.db", "plan", "list"})
	if opened != "D:\\Thi đua #2\\thidua.db" {
		t.Fatalf("the command opened %q", opened)
	}
}
