//go:build windows

package desktop

import (
	"os"
	"syscall"
)

// AttachConsole connects a GUI-subsystem executable (built without a
// console window) to the console of the Command Prompt it was started from,
// so that command-line output is visible there. It does nothing when there
// is no such console (started from the Start menu). A stream the Command
// Prompt redirected (thidua plan list > f.txt, | more) keeps its file or
// pipe: only the streams that lead nowhere go to the console.
//
// Command Prompt does not wait for a GUI-subsystem program, so its prompt
// comes back before the output and %ERRORLEVEL% is not the exit code;
// "start /wait thidua …" waits for both (README, Windows).
func AttachConsole() {
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS = (DWORD)-1
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	r, _, _ := kernel32.NewProc("AttachConsole").Call(uintptr(attachParentProcess))
	if r == 0 {
		return
	}
	if !redirected(os.Stdout) || !redirected(os.Stderr) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			if !redirected(os.Stdout) {
				os.Stdout = f
			}
			if !redirected(os.Stderr) {
				os.Stderr = f
			}
		}
	}
	if !redirected(os.Stdin) {
		if f, err := os.OpenFile("CONIN$", os.O_RDONLY, 0); err == nil {
			os.Stdin = f
		}
	}
}

// redirected reports whether f is a file or a pipe the program was given.
// A GUI-subsystem program started without redirection has no handle there.
func redirected(f *os.File) bool {
	if f == nil {
		return false
	}
	h := syscall.Handle(f.Fd())
	if h == 0 || h == syscall.InvalidHandle {
		return false
	}
	t, err := syscall.GetFileType(h)
	return err == nil && (t == syscall.FILE_TYPE_DISK || t == syscall.FILE_TYPE_PIPE)
}
