package viet

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Văn Hoà", "nguyen van hoa"},
		{hoaOld, "hoa"},
		{hoaNew, "hoa"},
		{thuyOld, "thuy"},
		{thuyNew, "thuy"},
		{"Đặng", "dang"},
		{"đ Đ \u00d0", "d d d"},
		{"ĂÂÊÔƠƯ ăâêôơư", "aaeoou aaeoou"},
		{"ạảãàá ỵỷỹỳý", "aaaaa yyyyy"},
		{nfd(t, "Nguyễn Văn Hoà"), "nguyen van hoa"},
		{nfd(t, "Trần Thị Thủy"), "tran thi thuy"},
		{"  Lê\t Văn \n Đức  ", "le van duc"},
		{"Số 05/TTr-UBND", "so 05/ttr-ubnd"},
		{"", ""},
		{" \t ", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTonePlacementEqual(t *testing.T) {
	pairs := [][2]string{
		{hoaOld, hoaNew},
		{thuyOld, thuyNew},
		{"Hòa", "Hoà"},
		{"khỏe", "khoẻ"},
		{"Nguyễn Văn Hòa", nfd(t, "Nguyễn Văn Hoà")},
	}
	for _, p := range pairs {
		if Fold(p[0]) != Fold(p[1]) {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q, want equal", p[0], Fold(p[0]), p[1], Fold(p[1]))
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		name, query string
		want        bool
	}{
		{"Nguyễn Văn Hoà", "nguyen hoa", true},
		{"Nguyễn Văn Hoà", "nguyen van hoa", true},
		{"Nguyễn Văn Hòa", "nguyen van hoa", true},
		{"Nguyễn Văn Hòa", "Nguyễn Văn Hoà", true},
		{"Nguyễn Văn Hoà", "hoa nguyen", true}, // any order
		{"Đặng Thị Thu", "dang", true},
		{"Đặng Thị Thu", "Đặng", true},
		{"Đặng Thị Thu", nfd(t, "đặng thị"), true},
		{"Trần Thị Thủy", "thuỷ", true},
		{"Nguyễn Văn Hoà", "", true},
		{"Nguyễn Văn Hoà", "nguyen binh", false},
		{"Nguyễn Văn Hoà", "tran", false},
		{"Lê Văn An", "nguyen", false},
	}
	for _, tt := range tests {
		if got := Contains(Fold(tt.name), tt.query); got != tt.want {
			t.Errorf("Contains(Fold(%q), %q) = %v, want %v", tt.name, tt.query, got, tt.want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	const name = "Nguyễn Thị Thuỷ Tiên - Ủy ban nhân dân xã Hòa Phong"
	for b.Loop() {
		Fold(name)
	}
}

// TestFoldEveryVowel folds every Vietnamese vowel with every tone, in both
// cases and both normalisation forms, to its plain Latin letter.
func TestFoldEveryVowel(t *testing.T) {
	plain := map[string]string{
		"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i",
		"o": "o", "ô": "o", "ơ": "o", "u": "u", "ư": "u", "y": "y",
	}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	for vowel, want := range plain {
		for _, tone := range tones {
			for _, v := range []string{vowel + tone, Upper(vowel + tone)} {
				for _, in := range []string{norm.NFC.String(v), norm.NFD.String(v)} {
					if got := Fold(in); got != want {
						t.Errorf("Fold(%q) = %q, want %q", in, got, want)
					}
				}
			}
		}
	}
}
