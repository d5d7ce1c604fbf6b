package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSafeFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"01/TTr-UBND Tờ trình đề nghị", "01-TTr-UBND Tờ trình đề nghị.pdf"},
		{`Quyết định: "Giấy khen" <xã>?*|`, "Quyết định- -Giấy khen- -xã.pdf"},
		{"Biên bản \t họp\n hội đồng...", "Biên bản họp hội đồng.pdf"},
		{"con", "_con.pdf"},
		{"LPT1.backup", "_LPT1.backup.pdf"},
		{"  ", "van-ban.pdf"},
		{"Ho\u0300a Phong", "Hòa Phong.pdf"}, // decomposed input comes out NFC
	}
	for _, tt := range tests {
		if got := SafeFileName(tt.in, ".pdf"); got != tt.want {
			t.Errorf("SafeFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := SafeFileName(strings.Repeat("Đẩy mạnh công tác dân vận chính quyền ", 5), ".pdf")
	if n := utf8.RuneCountInString(strings.TrimSuffix(long, ".pdf")); n > 80 || strings.HasSuffix(strings.TrimSuffix(long, ".pdf"), " ") {
		t.Errorf("long title gave %q (%d runes)", long, n)
	}
}
