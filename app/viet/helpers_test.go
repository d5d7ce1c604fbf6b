package viet

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Spellings with an explicit code point, so that the tests do not depend on
// how an editor saved them.
const (
	hoaOld  = "H\u00f2a"  // Hòa: tone on o (old style)
	hoaNew  = "Ho\u00e0"  // Hoà: tone on a (new style)
	thuyOld = "th\u1ee7y" // thủy
	thuyNew = "thu\u1ef7" // thuỷ
)

// nfd returns s decomposed, as Unikey's "Unicode tổ hợp" types it, and fails
// the test if that changes nothing (the case would not test decomposition).
func nfd(t testing.TB, s string) string {
	t.Helper()
	d := norm.NFD.String(s)
	if d == s {
		t.Fatalf("nfd(%q): no decomposable letter, test is meaningless", s)
	}
	return d
}
