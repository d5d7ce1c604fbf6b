//go:build windows

package desktop

import (
	"fmt"
	"syscall"
	"unsafe"
)

// OpenFile hands a file to Windows: the "print" verb sends it to the
// default printer through the PDF reader, "open" shows it. Fyne has no
// print API, so printing goes through the system.
func OpenFile(path string, print bool) error {
	verb := "open"
	if print {
		verb = "print"
	}
	shell32 := syscall.NewLazyDLL("shell32.dll")
	exec := shell32.NewProc("ShellExecuteW")
	v, _ := syscall.UTF16PtrFromString(verb)
	f, _ := syscall.UTF16PtrFromString(path)
	const swShowNormal = 1
	r, _, _ := exec.Call(0, uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(f)), 0, 0, swShowNormal)
	if r <= 32 {
		if print {
			// No reader registered for "print": show the file instead.
			return OpenFile(path, false)
		}
		return fmt.Errorf("Windows không mở được tệp (mã %d); hãy cài một trình đọc PDF", r)
	}
	return nil
}
