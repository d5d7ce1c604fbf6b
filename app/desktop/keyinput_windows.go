//go:build windows

package desktop

import (
	"sync"
	"syscall"
)

var (
	procSetWindowLongW  = user32.NewProc("SetWindowLongPtrW")
	procCallWindowProcW = user32.NewProc("CallWindowProcW")
	procMapVirtualKeyW  = user32.NewProc("MapVirtualKeyW")

	keyWindows  sync.Map // HWND → *keyWindow
	keyCallback = syscall.NewCallback(keyWndProc)
)

type keyWindow struct {
	prev   uintptr // GLFW's window procedure
	filter KeyFilter
}

// FilterKeyInput puts a KeyFilter in front of the window procedure of hwnd
// (a GLFW window), so that typing through a Vietnamese input method reaches
// the text fields whole. Calling it again for the same window does nothing.
func FilterKeyInput(hwnd uintptr) {
	if hwnd == 0 {
		return
	}
	w := &keyWindow{filter: KeyFilter{Typing: BuiltinTyping, ScanCode: func(vk uintptr) uint32 {
		sc, _, _ := procMapVirtualKeyW.Call(vk, 0) // MAPVK_VK_TO_VSC
		return uint32(sc)
	}}}
	if _, loaded := keyWindows.LoadOrStore(hwnd, w); loaded {
		return
	}
	const gwlpWndProc = ^uintptr(3) // GWLP_WNDPROC = -4
	w.prev, _, _ = procSetWindowLongW.Call(hwnd, gwlpWndProc, keyCallback)
	if w.prev == 0 {
		keyWindows.Delete(hwnd)
	}
}

func keyWndProc(hwnd, msg, wParam, lParam uintptr) uintptr {
	v, ok := keyWindows.Load(hwnd)
	if !ok {
		return 0
	}
	w := v.(*keyWindow)
	switch msg {
	case wmKeyDown, wmKeyUp, wmSysKeyDown, wmSysKeyUp, wmChar, wmKillFocus, wmLButton, wmRButton, wmMButton:
	default:
		r, _, _ := procCallWindowProcW.Call(w.prev, hwnd, msg, wParam, lParam)
		return r
	}
	var r uintptr
	for _, m := range w.filter.Filter(KeyMsg{msg, wParam, lParam}) {
		r, _, _ = procCallWindowProcW.Call(w.prev, hwnd, m.Msg, m.WParam, m.LParam)
	}
	return r
}
