// Package testenv lets a test that needs a tool the project's scripts
// install (scripts/deps.sh) skip on a developer's machine without it, and
// fail under CI=true, where a skip would hide that the test did not run.
package testenv

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// CI reports whether the tests run in continuous integration (CI=true).
func CI() bool { return os.Getenv("CI") == "true" }

// Missing stops t because something it needs is missing: a skip, or a
// failure under CI=true.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if CI() {
		t.Fatalf("%s (CI=true: a needed tool may not be missing; run scripts/deps.sh)", msg)
	}
	t.Skip(msg)
}

// NeedTools stops t (see Missing) when one of tools is not on the PATH.
func NeedTools(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			Missing(t, "%s not installed", tool)
		}
	}
}

// Tool returns the path of the first of names on the PATH (a tool known by
// several names, like soffice and libreoffice); without any it stops t
// (see Missing).
func Tool(t testing.TB, names ...string) string {
	t.Helper()
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	Missing(t, "%s not installed", names[0])
	return ""
}
