//go:build windows

package desktop

import (
	"syscall"
	"unsafe"
)

// ShowError shows a native error message box; it works without OpenGL.
func ShowError(title, text string) {
	box := user32.NewProc("MessageBoxW")
	t, _ := syscall.UTF16PtrFromString(title)
	m, _ := syscall.UTF16PtrFromString(text)
	const mbIconError = 0x10
	box.Call(0, uintptr(unsafe.Pointer(m)), uintptr(unsafe.Pointer(t)), mbIconError)
}
