//go:build !windows

package desktop

import (
	"os"
	"strings"
)

// networkPlace reports whether path is on a network share, from the mount
// table.
func networkPlace(path string) (string, bool) {
	b, err := os.ReadFile("/proc/mounts")
	if err != nil {
		return "", false
	}
	fs, remote := remoteMount(string(b), path)
	return "ổ mạng (" + strings.TrimPrefix(fs, "fuse.") + ")", remote
}
