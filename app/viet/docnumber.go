package viet

import (
	"fmt"
	"strconv"
	"strings"
)

// blankNumber is left in place of a number not yet issued, for writing it in
// by hand once the document is registered.
const blankNumber = "      "

// DocNumber returns the number and symbol of a document: "05/TTr-UBND".
// Numbers below 10 get a leading zero (01, 02 …) as Nghị định 30/2020/NĐ-CP
// requires. A number of 0 or less (not yet issued) gives six spaces in place
// of the number: "      /TTr-UBND". With an empty symbol only the number is
// returned.
func DocNumber(number int, symbol string) string {
	n := blankNumber
	if number > 0 {
		n = fmt.Sprintf("%02d", number)
	}
	symbol = Clean(symbol)
	if symbol == "" {
		return n
	}
	return n + "/" + symbol
}

// NumberLine returns the number line of a document header: "Số: 05/TTr-UBND",
// or "Số:      /TTr-UBND" when number is 0 (not yet issued).
func NumberLine(number int, symbol string) string {
	if number <= 0 {
		return "Số:" + DocNumber(number, symbol)
	}
	return "Số: " + DocNumber(number, symbol)
}

// Symbol joins the abbreviation of the kind of document and of the issuer
// into a document symbol: Symbol("TTr", "UBND") is "TTr-UBND" and, for a
// council, Symbol("BB", "HĐTĐKT") is "BB-HĐTĐKT". Spaces and stray dashes
// around either part are removed; letter case is kept ("TTr").
func Symbol(kind, issuer string) string {
	var parts []string
	for _, p := range []string{kind, issuer} {
		if p = strings.Trim(Clean(p), " -"); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "-")
}

// ParseDocNumber reads a document number such as "05/TTr-UBND" or
// "Số: 267/KH-UBND" (the "Số" prefix, in any case, with or without a colon,
// is optional). Everything after the first "/" is the symbol, so
// "30/2020/NĐ-CP" gives 30 and "2020/NĐ-CP". The blank form of NumberLine
// ("Số:      /TTr-UBND") gives number 0; a bare number gives an empty symbol.
// The error message is Vietnamese and says how to write the number.
func ParseDocNumber(s string) (number int, symbol string, err error) {
	text := trimNumberPrefix(Clean(s))
	numPart, symbol, _ := strings.Cut(text, "/")
	numPart, symbol = strings.TrimSpace(numPart), strings.TrimSpace(symbol)
	number, ok := parseIssued(numPart)
	if !ok || (numPart == "" && symbol == "") || strings.Contains(symbol, " ") {
		return 0, "", fmt.Errorf("không đọc được số văn bản %q — nhập theo dạng số/ký hiệu, ví dụ 05/TTr-UBND", Clean(s))
	}
	return number, symbol, nil
}

// trimNumberPrefix removes a leading "Số" or "Số:" in any case.
func trimNumberPrefix(s string) string {
	const prefix = "số"
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s
	}
	rest := strings.TrimSpace(s[len(prefix):])
	return strings.TrimSpace(strings.TrimPrefix(rest, ":"))
}

// parseIssued reads the number part: empty (not yet issued, 0) or up to six
// ASCII digits.
func parseIssued(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	if len(s) > 6 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
