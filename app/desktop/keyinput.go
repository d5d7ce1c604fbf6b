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
// what a keyboard would have sent. With the built-in typing mode on (Cài
// đặt, for PCs with no input method), it also does an input method's work
// itself: it rewrites the word being typed as Telex or VNI, sending GLFW
// backspaces and letters the way Unikey would.

import (
	"sync"
	"unicode/utf8"

	"thidua/app/viet/telex"
)

// Window messages and virtual keys the filter looks at.
const (
	wmKeyDown    = 0x0100
	wmKeyUp      = 0x0101
	wmChar       = 0x0102
	wmSysKeyDown = 0x0104
	wmSysKeyUp   = 0x0105
	wmKillFocus  = 0x0008
	wmLButton    = 0x0201
	wmRButton    = 0x0204
	wmMButton    = 0x0207

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

// Typing is the built-in typing mode: off, Telex or VNI, and the tone
// placement. Safe for use from any goroutine.
type Typing struct {
	mu       sync.Mutex
	method   telex.Method
	oldStyle bool
}

// BuiltinTyping is the built-in typing mode of the app's windows.
var BuiltinTyping = &Typing{oldStyle: true}

// Set sets the method; oldStyle places the tone of "oa", "oe", "uy" ending
// a word on the first vowel (hòa, thủy).
func (t *Typing) Set(m telex.Method, oldStyle bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.method, t.oldStyle = m, oldStyle
}

func (t *Typing) get() (telex.Method, bool) {
	if t == nil {
		return telex.Off, true
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.method, t.oldStyle
}

// KeyFilter rewrites the key messages of one window. ScanCode maps a
// virtual key to its scan code (MapVirtualKeyW on Windows); Typing is the
// built-in typing mode (nil: off).
type KeyFilter struct {
	ScanCode func(vk uintptr) uint32
	Typing   *Typing
	lastDown uintptr // virtual key of the last key-down message
	keys     []rune  // built-in mode: the keys of the word being typed
	shown    string  // built-in mode: what the field shows of that word
}

// modifierKeys are keys that do not end the word being typed: Shift, Ctrl,
// Alt, Caps Lock and the left and right variants.
var modifierKeys = map[uintptr]bool{0x10: true, 0x11: true, 0x12: true, 0x14: true,
	0xA0: true, 0xA1: true, 0xA2: true, 0xA3: true, 0xA4: true, 0xA5: true}

// Filter returns the messages to pass on to GLFW in place of m: m itself,
// m rewritten, a backspace press and release, or none.
func (f *KeyFilter) Filter(m KeyMsg) []KeyMsg {
	switch m.Msg {
	case wmKillFocus, wmLButton, wmRButton, wmMButton:
		f.endWord() // the caret may move: a new word begins
	case wmKeyDown, wmSysKeyDown, wmKeyUp, wmSysKeyUp:
		if m.Msg == wmKeyDown || m.Msg == wmSysKeyDown {
			f.lastDown = m.WParam
			if m.WParam != vkPacket && !modifierKeys[m.WParam] && !isLetterKey(m.WParam) {
				f.endWord() // Backspace, arrows, Enter…
			}
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
		if f.lastDown != vkPacket {
			return f.typed(m)
		}
	}
	return []KeyMsg{m}
}

// isLetterKey reports whether vk is a letter or digit key, whose character
// follows as WM_CHAR.
func isLetterKey(vk uintptr) bool {
	return (vk >= 'A' && vk <= 'Z') || (vk >= '0' && vk <= '9') || (vk >= 0x60 && vk <= 0x69)
}

func (f *KeyFilter) endWord() {
	f.keys, f.shown = f.keys[:0], ""
}

// typed runs the built-in typing mode on a character typed on the
// keyboard: the word being typed is rebuilt with the new key, and GLFW
// gets backspaces back to the first changed letter, then the new letters.
func (f *KeyFilter) typed(m KeyMsg) []KeyMsg {
	method, oldStyle := f.Typing.get()
	k := rune(m.WParam)
	if method == telex.Off || !telex.IsWordKey(method, k) {
		f.endWord()
		return []KeyMsg{m}
	}
	f.keys = append(f.keys, k)
	word := telex.Word(method, oldStyle, string(f.keys))
	same := commonPrefix(f.shown, word)
	var out []KeyMsg
	for range utf8.RuneCountInString(f.shown[same:]) {
		out = append(out, KeyMsg{wmKeyDown, vkBack, 1 | scanBack<<16}, KeyMsg{wmKeyUp, vkBack, 1 | scanBack<<16 | 0xC0000000})
	}
	for _, r := range word[same:] {
		out = append(out, KeyMsg{wmChar, uintptr(r), m.LParam})
	}
	f.shown = word
	return out
}

// commonPrefix returns the length in bytes of the longest common prefix of
// a and b that ends on a letter boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		ra, sa := utf8.DecodeRuneInString(a[n:])
		rb, _ := utf8.DecodeRuneInString(b[n:])
		if ra != rb {
			break
		}
		n += sa
	}
	return n
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
