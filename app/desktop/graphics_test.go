package desktop

import (
	"bytes"
	"log"
	"reflect"
	"testing"
)

func TestGraphicsWatcher(t *testing.T) {
	tests := []struct {
		line    string
		started bool // the window was up when the line came
		fail    bool
	}{
		{"2026/11/26 Fyne error:  window creation error\n  Cause: VersionUnavailable: GLX: Failed to create context", false, true},
		{"Fyne error:  failed to initialise OpenGL", false, true},
		{"Fyne error:  failed to initialise GLFW\n  Cause: X11: The DISPLAY environment variable is missing", false, true},
		{"Fyne error:  Error reading scale", false, false},
		// go-gl/glfw logs a platform error and goes on with no window.
		{"2026/12/06 PlatformError: WGL: Failed to set pixel format for dummy context", false, true},
		{"2026/12/06 PlatformError: Win32: Failed to open clipboard", true, false},
		{"Fyne error:  window creation error", true, true},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		calls := 0
		g := NewGraphicsWatcher(&out, func() { calls++ })
		if tt.started {
			g.Started()
		}
		l := log.New(g, "", 0)
		l.Print(tt.line)
		l.Print(tt.line)
		if g.Failed() != tt.fail {
			t.Errorf("%q: Failed() = %v, want %v", tt.line, g.Failed(), tt.fail)
		}
		if want := map[bool]int{true: 1, false: 0}[tt.fail]; calls != want {
			t.Errorf("%q: onFail called %d times, want %d", tt.line, calls, want)
		}
		if !bytes.Contains(out.Bytes(), []byte(tt.line[:10])) {
			t.Errorf("log output not passed through")
		}
	}
}

func TestGraphicsWatcherLogsBeforeFailing(t *testing.T) {
	// The line is in the log file before onFail shows the message box and
	// ends the process.
	var out bytes.Buffer
	var seen string
	g := NewGraphicsWatcher(&out, func() { seen = out.String() })
	log.New(g, "", 0).Print("PlatformError: WGL: Failed to set pixel format for dummy context")
	if seen == "" {
		t.Fatal("onFail ran before the line reached the log")
	}
}

func TestIsGraphicsFailure(t *testing.T) {
	for text, want := range map[string]bool{
		"PlatformError: WGL: Failed to set pixel format for dummy context":  true,
		"APIUnavailable: WGL: The driver does not appear to support OpenGL": true,
		"NotInitialized: The GLFW library is not initialized":               true,
		"runtime error: index out of range [3] with length 3":               false,
	} {
		if got := IsGraphicsFailure(text); got != want {
			t.Errorf("IsGraphicsFailure(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestShutdownReleasesTheClaimAndExits(t *testing.T) {
	db := t.TempDir() + "/thidua.db"
	inst, err := Claim(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	code := -1
	s := &Shutdown{exit: func(c int) { code = c }}
	s.Add(func() { order = append(order, "claim"); inst.Release() })
	s.Add(func() { order = append(order, "store") })
	s.Exit(3)
	s.Exit(4) // a second exit runs nothing again
	if code != 4 || !reflect.DeepEqual(order, []string{"store", "claim"}) {
		t.Errorf("exit %d, ran %v; want the store closed, then the claim released", code, order)
	}
	// The next start gets the database.
	again, err := Claim(db, nil)
	if err != nil {
		t.Fatalf("after the shutdown the database is still claimed: %v", err)
	}
	again.Release()
}
