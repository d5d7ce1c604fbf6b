//go:build !windows

package desktop

import (
	"fmt"
	"os/exec"
	"runtime"
)

// OpenFile hands a file to the system: printing goes to the default
// printer with lp; showing opens the desktop's viewer.
func OpenFile(path string, print bool) error {
	if print {
		if lp, err := exec.LookPath("lp"); err == nil {
			if out, err := exec.Command(lp, path).CombinedOutput(); err != nil {
				return fmt.Errorf("lệnh in lp thất bại: %v: %s", err, out)
			}
			return nil
		}
	}
	opener := "xdg-open"
	if runtime.GOOS == "darwin" {
		opener = "open"
	}
	if err := exec.Command(opener, path).Start(); err != nil {
		return fmt.Errorf("không mở được %s: %w", path, err)
	}
	return nil
}
