//go:build windows

package desktop

import (
	"os"
	"syscall"
)

// AttachConsole connects a GUI-subsystem executable (built without a
// console window) to the console of the Command Prompt it was started from,
// so that command-line output is visible there. It does nothing when there
// is no such console (started from the Start menu).
func AttachConsole() {
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS = (DWORD)-1
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	r, _, _ := kernel32.NewProc("AttachConsole").Call(uintptr(attachParentProcess))
	if r == 0 {
		return
	}
	if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = f, f
	}
	if f, err := os.OpenFile("CONIN$", os.O_RDONLY, 0); err == nil {
		os.Stdin = f
	}
}
