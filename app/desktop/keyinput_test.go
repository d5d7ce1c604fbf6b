package desktop

import (
	"reflect"
	"testing"

	"thidua/app/viet/telex"
)

// scanCodes is MapVirtualKeyW(vk, MAPVK_VK_TO_VSC) for the keys the tests
// send.
func scanCodes(vk uintptr) uint32 {
	return map[uintptr]uint32{0x08: 0x0E, 0x10: 0x2A, 0x2D: 0x52, 0x2E: 0x53, 0x56: 0x2F, 0x11: 0x1D}[vk]
}

func TestKeyFilter(t *testing.T) {
	const (
		vkShift  = 0x10
		vkInsert = 0x2D
		vkV      = 0x56
	)
	tests := []struct {
		name string
		in   []KeyMsg
		want []KeyMsg
	}{{
		// Unikey's "backspace as a character": VK_PACKET then WM_CHAR 8.
		name: "unicode backspace becomes the Backspace key",
		in:   []KeyMsg{{wmKeyDown, vkPacket, 0x00080001}, {wmChar, 8, 0x00080001}, {wmKeyUp, vkPacket, 0xC0080001}},
		want: []KeyMsg{{wmKeyDown, vkBack, 0x000E0001}, {wmKeyUp, vkBack, 0xC00E0001}},
	}, {
		// A real Backspace press: GLFW sees the key; its WM_CHAR 8 is
		// dropped by GLFW as before, so it is not doubled.
		name: "keyboard backspace is left alone",
		in:   []KeyMsg{{wmKeyDown, vkBack, 0x000E0001}, {wmChar, 8, 0x000E0001}},
		want: []KeyMsg{{wmKeyDown, vkBack, 0x000E0001}, {wmChar, 8, 0x000E0001}},
	}, {
		name: "a Unicode letter reaches GLFW as its character only",
		in:   []KeyMsg{{wmKeyDown, vkPacket, 0x1EC50001}, {wmChar, 0x1EC5, 0x1EC50001}},
		want: []KeyMsg{{wmChar, 0x1EC5, 0x1EC50001}},
	}, {
		// OpenKey: Shift down, Insert with KEYEVENTF_EXTENDEDKEY, no scan
		// codes.
		name: "OpenKey's Shift+Insert gets the Insert key's scan code",
		in:   []KeyMsg{{wmKeyDown, vkShift, 0x00000001}, {wmKeyDown, vkInsert, 0x01000001}, {wmKeyUp, vkInsert, 0xC1000001}},
		want: []KeyMsg{{wmKeyDown, vkShift, 0x002A0001}, {wmKeyDown, vkInsert, 0x01520001}, {wmKeyUp, vkInsert, 0xC1520001}},
	}, {
		name: "a key with its scan code is left alone",
		in:   []KeyMsg{{wmKeyDown, vkV, 0x002F0001}, {wmChar, 'v', 0x002F0001}},
		want: []KeyMsg{{wmKeyDown, vkV, 0x002F0001}, {wmChar, 'v', 0x002F0001}},
	}}
	for _, tt := range tests {
		f := &KeyFilter{ScanCode: scanCodes}
		var got []KeyMsg
		for _, m := range tt.in {
			got = append(got, f.Filter(m)...)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %x\nwant %x", tt.name, got, tt.want)
		}
	}
}

// field applies key messages to a text field the way Fyne's entry does.
type field []rune

func (f *field) apply(ms []KeyMsg) {
	for _, m := range ms {
		switch {
		case m.Msg == wmKeyDown && m.WParam == vkBack && len(*f) > 0:
			*f = (*f)[:len(*f)-1]
		case m.Msg == wmChar && m.WParam >= 32:
			*f = append(*f, rune(m.WParam))
		}
	}
}

// typeKeys sends each key as a keyboard does: WM_KEYDOWN, WM_CHAR, WM_KEYUP.
func typeKeys(f *KeyFilter, into *field, keys string) {
	for _, k := range keys {
		vk := uintptr(k)
		if k >= 'a' && k <= 'z' {
			vk -= 'a' - 'A'
		}
		if k == ' ' {
			vk = 0x20
		}
		into.apply(f.Filter(KeyMsg{wmKeyDown, vk, 0x00100001}))
		into.apply(f.Filter(KeyMsg{wmChar, uintptr(k), 0x00100001}))
		into.apply(f.Filter(KeyMsg{wmKeyUp, vk, 0xC0100001}))
	}
}

func TestBuiltinTyping(t *testing.T) {
	for _, tt := range []struct {
		method   telex.Method
		oldStyle bool
		keys     string
		want     string
	}{
		{telex.Telex, true, "Nguyeenx Thij Thuyr Hoaf Phong dduwowngf", "Nguyễn Thị Thủy Hòa Phong đường"},
		{telex.Telex, false, "Thuyr", "Thuỷ"},
		{telex.VNI, true, "Quye6t1 d9i5nh khuye6n1 khi1ch", "Quyết định khuyến khích"},
		{telex.Off, true, "Nguyeenx", "Nguyeenx"},
	} {
		typing := &Typing{}
		typing.Set(tt.method, tt.oldStyle)
		f := &KeyFilter{ScanCode: scanCodes, Typing: typing}
		var got field
		typeKeys(f, &got, tt.keys)
		if string(got) != tt.want {
			t.Errorf("%v %q: the field shows %q, want %q", tt.method, tt.keys, string(got), tt.want)
		}
	}
}

func TestBuiltinTypingStartsAWordAfterAClick(t *testing.T) {
	typing := &Typing{}
	typing.Set(telex.Telex, true)
	f := &KeyFilter{ScanCode: scanCodes, Typing: typing}
	var got field
	typeKeys(f, &got, "hoa")
	got.apply(f.Filter(KeyMsg{wmLButton, 0, 0})) // the clerk clicks elsewhere in the text
	typeKeys(f, &got, "f")
	if string(got) != "hoaf" {
		t.Errorf("the field shows %q, want %q: a tone key after a click is a new word", string(got), "hoaf")
	}
}
