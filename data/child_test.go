package data

import (
	"bufio"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// killChild runs the child test named child in a copy of this test
// process with env added, hands each line it prints to line until line
// returns false (or the child stops), waits pause, kills the child with
// SIGKILL, and hands line what it printed before it died. The fault tests
// use it to stop a writer, a restore or an issuing run mid-work.
func killChild(t *testing.T, child string, env []string, pause time.Duration, line func(string) bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+child+"$")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && line(sc.Text()) {
	}
	time.Sleep(pause)
	cmd.Process.Signal(syscall.SIGKILL)
	for sc.Scan() {
		line(sc.Text())
	}
	cmd.Wait()
}
