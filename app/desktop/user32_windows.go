//go:build windows

package desktop

import "syscall"

// user32 is the Windows library of windows and input, loaded once for the
// work area, the key filter and the message box.
var user32 = syscall.NewLazyDLL("user32.dll")
