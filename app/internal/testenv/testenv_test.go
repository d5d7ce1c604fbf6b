package testenv

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMissingFailsUnderCI runs a child test that needs a tool that does
// not exist: it must skip without CI and fail with CI=true.
func TestMissingFailsUnderCI(t *testing.T) {
	if os.Getenv("TESTENV_CHILD") != "" {
		NeedTools(t, "outil-qui-n-existe-pas")
		return
	}
	for _, tc := range []struct {
		ci       string
		fails    bool
		sayWhich string
	}{{"", false, "SKIP"}, {"true", true, "FAIL"}} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMissingFailsUnderCI$", "-test.v")
		cmd.Env = append(os.Environ(), "TESTENV_CHILD=1", "CI="+tc.ci)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), "--- "+tc.sayWhich) {
			t.Errorf("CI=%q: err %v, output:\n%s", tc.ci, err, out)
		}
	}
}

func TestToolFindsTheFirstNameOnThePath(t *testing.T) {
	want, err := exec.LookPath("sh")
	if err != nil {
		t.Fatal("no sh on the PATH")
	}
	if got := Tool(t, "thidua-no-such-tool", "sh"); got != want {
		t.Errorf("Tool = %q, want %q", got, want)
	}
}
