package desktop

import (
	"bytes"
	"log"
	"testing"
)

func TestGraphicsWatcher(t *testing.T) {
	tests := []struct {
		line string
		fail bool
	}{
		{"2026/11/26 Fyne error:  window creation error\n  Cause: VersionUnavailable: GLX: Failed to create context", true},
		{"Fyne error:  failed to initialise OpenGL", true},
		{"Fyne error:  failed to initialise GLFW\n  Cause: X11: The DISPLAY environment variable is missing", true},
		{"Fyne error:  Error reading scale", false},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		calls := 0
		g := NewGraphicsWatcher(&out, func() { calls++ })
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
