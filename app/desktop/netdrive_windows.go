//go:build windows

package desktop

import (
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"
)

// driveRemote is GetDriveTypeW's answer for a network drive.
const driveRemote = 4

// networkPlace reports whether path is on a network share: a UNC path
// (\\server\share) or a drive letter mapped to one.
func networkPlace(path string) (string, bool) {
	if strings.HasPrefix(path, `\\`) {
		return "thư mục dùng chung trên mạng", true
	}
	root := filepath.VolumeName(path) + `\`
	p, err := syscall.UTF16PtrFromString(root)
	if err != nil {
		return "", false
	}
	r, _, _ := syscall.NewLazyDLL("kernel32.dll").NewProc("GetDriveTypeW").Call(uintptr(unsafe.Pointer(p)))
	if r == driveRemote {
		return "ổ mạng " + filepath.VolumeName(path), true
	}
	return "", false
}
