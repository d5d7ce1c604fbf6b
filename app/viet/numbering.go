package viet

import (
	"strconv"
	"strings"
)

// Roman returns n (1…3999) in Roman numerals, as sections of a document are
// numbered (I, II, … VI); other values are returned in Arabic digits.
func Roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// letters is the Vietnamese alphabet as used to letter points of a
// document: a, b, c, d, đ, e, g, … without f, j, w, z.
var letters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
	"n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// Letter returns the n-th (1-based) letter of a lettered list: a, b, c, d,
// đ, e, g, …; past y it doubles (aa, bb, …).
func Letter(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(letters[(n-1)%len(letters)], (n-1)/len(letters)+1)
}
