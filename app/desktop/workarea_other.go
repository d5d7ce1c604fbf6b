//go:build !windows

package desktop

// WorkArea is unknown outside Windows: the caller assumes DefaultArea.
func WorkArea(x, y int, at bool) (Area, bool) { return Area{}, false }

// WindowPosition is unknown outside Windows.
func WindowPosition(hwnd uintptr) (x, y int, ok bool) { return 0, 0, false }

// MoveWindow does nothing outside Windows: the system places the window.
func MoveWindow(hwnd uintptr, x, y int) {}
