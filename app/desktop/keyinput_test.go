package desktop

import (
	"reflect"
	"testing"
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
