//go:build windows

package desktop

import "unsafe"

var (
	procMonitorFromPt   = user32.NewProc("MonitorFromPoint")
	procGetMonitorInfo  = user32.NewProc("GetMonitorInfoW")
	procAdjustWindowRec = user32.NewProc("AdjustWindowRectEx")
	procGetDpiForSystem = user32.NewProc("GetDpiForSystem")
	procGetWindowRect   = user32.NewProc("GetWindowRect")
	procSetWindowPos    = user32.NewProc("SetWindowPos")
	procIsZoomed        = user32.NewProc("IsZoomed")
	procIsIconic        = user32.NewProc("IsIconic")
)

type winRect struct{ Left, Top, Right, Bottom int32 }

type monitorInfo struct {
	Size    uint32
	Monitor winRect
	Work    winRect
	Flags   uint32
}

// WorkArea is the work area of the monitor nearest the point (x, y) (the
// primary monitor when at is false), with the largest content a window
// with a title bar and borders has inside it, in the toolkit's units at
// the system's scale.
func WorkArea(x, y int, at bool) (Area, bool) {
	if !at {
		x, y = 0, 0 // the primary monitor's top-left corner
	}
	const monitorDefaultToNearest = 2
	var mon uintptr
	if unsafe.Sizeof(uintptr(0)) == 8 { // the POINT by value, in one register
		mon, _, _ = procMonitorFromPt.Call(uintptr(uint64(uint32(int32(x)))|uint64(uint32(int32(y)))<<32), monitorDefaultToNearest)
	} else { // on the stack, x then y
		mon, _, _ = procMonitorFromPt.Call(uintptr(int32(x)), uintptr(int32(y)), monitorDefaultToNearest)
	}
	if mon == 0 {
		return Area{}, false
	}
	info := monitorInfo{Size: uint32(unsafe.Sizeof(monitorInfo{}))}
	if ok, _, _ := procGetMonitorInfo.Call(mon, uintptr(unsafe.Pointer(&info))); ok == 0 {
		return Area{}, false
	}
	w := info.Work
	a := Area{Work: Rect{int(w.Left), int(w.Top), int(w.Right - w.Left), int(w.Bottom - w.Top)}}
	// The frame of an ordinary window: title bar and borders.
	const wsOverlappedWindow = 0x00CF0000
	var frame winRect
	procAdjustWindowRec.Call(uintptr(unsafe.Pointer(&frame)), wsOverlappedWindow, 0, 0)
	scale := float32(1)
	if procGetDpiForSystem.Find() == nil {
		if dpi, _, _ := procGetDpiForSystem.Call(); dpi > 0 {
			scale = float32(dpi) / 96
		}
	}
	a.MaxW = float32(a.Work.W-int(frame.Right-frame.Left)) / scale
	a.MaxH = float32(a.Work.H-int(frame.Bottom-frame.Top)) / scale
	return a, a.MaxW > 0 && a.MaxH > 0
}

// WindowPosition is the top-left corner of the window hwnd in screen
// pixels; false when it is maximised, minimised or unknown, where its
// position is not one to remember.
func WindowPosition(hwnd uintptr) (x, y int, ok bool) {
	if hwnd == 0 {
		return 0, 0, false
	}
	if z, _, _ := procIsZoomed.Call(hwnd); z != 0 {
		return 0, 0, false
	}
	if i, _, _ := procIsIconic.Call(hwnd); i != 0 {
		return 0, 0, false
	}
	var r winRect
	if done, _, _ := procGetWindowRect.Call(hwnd, uintptr(unsafe.Pointer(&r))); done == 0 {
		return 0, 0, false
	}
	return int(r.Left), int(r.Top), true
}

// MoveWindow puts the window hwnd's top-left corner at (x, y), keeping its
// size.
func MoveWindow(hwnd uintptr, x, y int) {
	if hwnd == 0 {
		return
	}
	const swpNoSize, swpNoZOrder, swpNoActivate = 0x0001, 0x0004, 0x0010
	procSetWindowPos.Call(hwnd, 0, uintptr(x), uintptr(y), 0, 0, swpNoSize|swpNoZOrder|swpNoActivate)
}
