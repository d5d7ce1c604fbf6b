package viet

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNFC(t *testing.T) {
	tests := []struct{ in, want string }{
		{nfd(t, "Nguyễn Văn Hoà"), "Nguyễn Văn Hoà"},
		{nfd(t, "Đặng Thị Thuỷ"), "Đặng Thị Thuỷ"},
		{"  Hòa  Phong \n", "  Hòa  Phong \n"}, // spaces are kept
		{"", ""},
	}
	for _, tt := range tests {
		got := NFC(tt.in)
		if got != tt.want {
			t.Errorf("NFC(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Errorf("NFC(%q) = %q is not NFC", tt.in, got)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Nguyễn   Văn\tAn  ", "Nguyễn Văn An"},
		{"Ủy ban\r\nnhân dân\n xã", "Ủy ban nhân dân xã"},
		{"Hòa\u00a0Phong", "Hòa Phong"}, // no-break space pasted from Word
		{nfd(t, " Trần  Thị Bình "), "Trần Thị Bình"},
		{" \t\n ", ""},
		{"", ""},
		{"Nguyễn\a Văn\x1b[31m An", "Nguyễn Văn[31m An"}, // BEL, ESC
		{"Báo cáo \u202efdp.exe", "Báo cáo fdp.exe"},     // right-to-left override
		{"Lê\u2066 Thị\u2069 Hà\u200f\x00", "Lê Thị Hà"}, // isolates, marks, NUL
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dòng một  \r\nDòng hai\t\r\n", "Dòng một\nDòng hai"},
		{"\n\n  Đoạn một\n\nĐoạn  hai  \n\n", "Đoạn một\n\nĐoạn  hai"},
		{"cũ\rmới", "cũ\nmới"},
		{"  thụt   lề giữ nguyên\n  dòng hai", "thụt   lề giữ nguyên\n  dòng hai"},
		{nfd(t, "Thành tích xuất sắc \r\n"), "Thành tích xuất sắc"},
		{"", ""},
		{"Dòng\a một\x1b\nDòng \u202ehai", "Dòng một\nDòng hai"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUpper(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ủy ban nhân dân xã Hòa Phong", "ỦY BAN NHÂN DÂN XÃ HÒA PHONG"},
		{"Hội đồng Thi đua - Khen thưởng", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"},
		{"đ", "Đ"},
		{nfd(t, "Cộng hòa xã hội chủ nghĩa Việt Nam"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"ăâêôơư ạảãàá", "ĂÂÊÔƠƯ ẠẢÃÀÁ"},
	}
	for _, tt := range tests {
		if got := Upper(tt.in); got != tt.want {
			t.Errorf("Upper(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1480: "1.480", 1234567: "1.234.567", -2500: "-2.500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
