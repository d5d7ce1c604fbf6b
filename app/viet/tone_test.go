package viet

import "testing"

func TestOldStyleTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{hoaNew, hoaOld},
		{hoaOld, hoaOld},
		{thuyNew, thuyOld},
		{"hoá hoả hoã hoạ", "hóa hỏa hõa họa"},
		{"khoẻ loé xoè", "khỏe lóe xòe"},
		{"uỳ uý uỷ uỹ uỵ", "ùy úy ủy ũy ụy"},
		{"HOÀ THUỶ", "HÒA THỦY"},
		{"Nguyễn Văn Hoà, Ủy ban", "Nguyễn Văn Hòa, Ủy ban"},
		{nfd(t, "hoà"), "hòa"},
		// Both styles agree here: nothing moves.
		{"hoàn toàn", "hoàn toàn"},
		{"Huỳnh", "Huỳnh"},
		{"khuỷu", "khuỷu"},
		{"quý quỳ quỷ", "quý quỳ quỷ"},
		{"hoài", "hoài"},
		{"hoặc", "hoặc"},
		{"hoa", "hoa"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := OldStyleTone(tt.in); got != tt.want {
			t.Errorf("OldStyleTone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
