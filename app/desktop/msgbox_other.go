//go:build !windows

package desktop

import (
	"fmt"
	"os"
	"os/exec"
)

// ShowError writes the message to standard error and, when a desktop
// dialog tool is installed, shows it in a dialog too.
func ShowError(title, text string) {
	fmt.Fprintf(os.Stderr, "%s\n%s\n", title, text)
	if path, err := exec.LookPath("zenity"); err == nil && os.Getenv("DISPLAY") != "" {
		exec.Command(path, "--error", "--title", title, "--text", text).Run()
	}
}
