package document

import (
	"strings"

	"thidua/app/viet"
)

// toLines are the recipients of Kính gửi as printed: several get "- "
// and end with ";", the last with "."; one stands alone with its ".".
func toLines(to []string) []string {
	var rs []string
	for _, r := range to {
		if r = strings.TrimRight(viet.Clean(r), ";., "); r != "" {
			rs = append(rs, strings.TrimSpace(strings.TrimPrefix(r, "- ")))
		}
	}
	for i := range rs {
		end := ";"
		if i == len(rs)-1 {
			end = "."
		}
		if len(rs) > 1 {
			rs[i] = "- " + rs[i]
		}
		rs[i] += end
	}
	return rs
}
