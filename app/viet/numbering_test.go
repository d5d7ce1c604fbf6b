package viet

import "testing"

func TestRomanAndLetter(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 6: "VI", 9: "IX", 14: "XIV", 0: "0"} {
		if got := Roman(n); got != want {
			t.Errorf("Roman(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{1: "a", 4: "d", 5: "đ", 6: "e", 7: "g", 23: "y", 24: "aa", 0: "0"} {
		if got := Letter(n); got != want {
			t.Errorf("Letter(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestDecimal(t *testing.T) {
	for v, want := range map[float64]string{30: "30", 12.5: "12,5", 0: "0", 14.25: "14,25"} {
		if got := Decimal(v); got != want {
			t.Errorf("Decimal(%v) = %q, want %q", v, got, want)
		}
	}
}
