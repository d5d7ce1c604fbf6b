package desktop

// Vietnamese input methods on Windows (Unikey, EVKey, OpenKey) rewrite the
// word being typed by injecting key events with SendInput: backspaces, then
// the new letters. GLFW, under Fyne, loses two of the ways they send them:
//
//   - A backspace sent as a Unicode packet (KEYEVENTF_UNICODE with '\b')
//     arrives as WM_KEYDOWN VK_PACKET followed by WM_CHAR 8. GLFW drops
//     characters below 32, so the backspace never reaches the text field
//     and every rewritten letter appears twice ("Nguyeênễn").
//   - A key sent by virtual-key code with no scan code (OpenKey's
//     Shift+Insert paste, KEYEVENTF_EXTENDEDKEY and wScan 0) carries only
//     the extended bit where GLFW looks up the key by scan code, so GLFW
//     reports an unknown key and the paste never happens.
//
// KeyFilter sits in front of GLFW's window procedure and turns these into
// what a keyboard would have sent. Nothing else changes.

// Window messages and virtual keys the filter looks at.
const (
	wmKeyDown    = 0x0100
	wmKeyUp      = 0x0101
	wmChar       = 0x0102
	wmSysKeyDown = 0x0104
	wmSysKeyUp   = 0x0105

	vkBack   = 0x08
	vkPacket = 0xE7

	kfExtended = 0x01000000 // the extended-key bit of a key message's lParam
	scanBack   = 0x0E       // the scan code of Backspace
)

// extendedKeys are the virtual keys whose scan code needs the extended bit:
// Page Up/Down, End, Home, the arrows, Insert, Delete and numpad divide.
var extendedKeys = map[uintptr]bool{
	0x21: true, 0x22: true, 0x23: true, 0x24: true,
	0x25: true, 0x26: true, 0x27: true, 0x28: true,
	0x2D: true, 0x2E: true, 0x6F: true,
}

// KeyMsg is one window message.
type KeyMsg struct {
	Msg, WParam, LParam uintptr
}

// KeyFilter rewrites the key messages of one window. ScanCode maps a
// virtual key to its scan code (MapVirtualKeyW on Windows).
type KeyFilter struct {
	ScanCode func(vk uintptr) uint32
	lastDown uintptr // virtual key of the last key-down message
}

// Filter returns the messages to pass on to GLFW in place of m: m itself,
// m rewritten, a backspace press and release, or none.
func (f *KeyFilter) Filter(m KeyMsg) []KeyMsg {
	switch m.Msg {
	case wmKeyDown, wmSysKeyDown, wmKeyUp, wmSysKeyUp:
		if m.Msg == wmKeyDown || m.Msg == wmSysKeyDown {
			f.lastDown = m.WParam
		}
		if m.WParam == vkPacket {
			// The character follows as WM_CHAR (TranslateMessage runs
			// before the window procedure). GLFW would take the letter's
			// low byte for a scan code and report a made-up key.
			return nil
		}
		if (m.LParam>>16)&0xFF == 0 {
			m.LParam = f.withScanCode(m.WParam, m.LParam)
		}
		return []KeyMsg{m}
	case wmChar:
		if m.WParam == vkBack && f.lastDown == vkPacket {
			// A backspace typed as a character: give GLFW the key.
			down := uintptr(1 | scanBack<<16)
			up := down | 0xC0000000 // previous state down, transition up
			return []KeyMsg{{wmKeyDown, vkBack, down}, {wmKeyUp, vkBack, up}}
		}
	}
	return []KeyMsg{m}
}

// withScanCode fills the scan code (and extended bit) of a synthetic key
// message sent with none.
func (f *KeyFilter) withScanCode(vk, lParam uintptr) uintptr {
	sc := uintptr(0)
	if f.ScanCode != nil {
		sc = uintptr(f.ScanCode(vk)) & 0xFF
	}
	if sc == 0 {
		return lParam
	}
	lParam = lParam&^(0x1FF<<16) | sc<<16
	if extendedKeys[vk] {
		lParam |= kfExtended
	}
	return lParam
}
