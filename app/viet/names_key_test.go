package viet

import (
	"bytes"
	"testing"
)

func TestKeysAgreeWithCompare(t *testing.T) {
	c := NewCollator()
	names := []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Đức", "Lê Thị Hoa", "Nguyễn Thị Hoa", "Nguyễn Văn Hoà", "Nguyễn Văn Hòa", "Đặng Thị Thuỷ", "Ân"}
	for _, a := range names {
		for _, b := range names {
			if got, want := sign(c.Key(a).Compare(c.Key(b))), sign(CompareNames(a, b)); got != want {
				t.Errorf("Key(%q) vs Key(%q) = %d, CompareNames = %d", a, b, got, want)
			}
			if sign(bytes.Compare(c.TextKey(a), c.TextKey(b))) == -sign(CompareText(a, b)) && CompareText(a, b) != 0 && !bytes.Equal(c.TextKey(a), c.TextKey(b)) {
				t.Errorf("TextKey order of %q, %q disagrees with CompareText", a, b)
			}
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
