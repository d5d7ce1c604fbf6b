package viet

import (
	"strconv"
	"strings"
)

// Decimal writes a number the Vietnamese way, with a decimal comma and no
// trailing zeros: 30, 12,5.
func Decimal(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
