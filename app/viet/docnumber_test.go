package viet

import (
	"strings"
	"testing"
)

func TestDocNumber(t *testing.T) {
	tests := []struct {
		number int
		symbol string
		want   string
	}{
		{5, "TTr-UBND", "05/TTr-UBND"},
		{1, "QĐ-UBND", "01/QĐ-UBND"},
		{9, "KH-UBND", "09/KH-UBND"},
		{10, "KH-UBND", "10/KH-UBND"},
		{267, "KH-UBND", "267/KH-UBND"},
		{3, " BB-HĐTĐKT ", "03/BB-HĐTĐKT"},
		{7, "", "07"},
		{0, "TTr-UBND", "      /TTr-UBND"},
	}
	for _, tt := range tests {
		if got := DocNumber(tt.number, tt.symbol); got != tt.want {
			t.Errorf("DocNumber(%d, %q) = %q, want %q", tt.number, tt.symbol, got, tt.want)
		}
	}
}

func TestNumberLine(t *testing.T) {
	tests := []struct {
		number int
		symbol string
		want   string
	}{
		{5, "TTr-UBND", "Số: 05/TTr-UBND"},
		{267, "KH-UBND", "Số: 267/KH-UBND"},
		{0, "TTr-UBND", "Số:      /TTr-UBND"},
		{-1, "TTr-UBND", "Số:      /TTr-UBND"},
	}
	for _, tt := range tests {
		if got := NumberLine(tt.number, tt.symbol); got != tt.want {
			t.Errorf("NumberLine(%d, %q) = %q, want %q", tt.number, tt.symbol, got, tt.want)
		}
	}
	if blank := NumberLine(0, "X"); !strings.HasPrefix(blank, "Số:"+strings.Repeat(" ", 6)+"/") {
		t.Errorf("NumberLine(0) = %q, want six spaces for the number", blank)
	}
}

func TestSymbol(t *testing.T) {
	tests := []struct{ kind, issuer, want string }{
		{"TTr", "UBND", "TTr-UBND"},
		{"BB", "HĐTĐKT", "BB-HĐTĐKT"},
		{" QĐ- ", " -UBND", "QĐ-UBND"},
		{"BC", "HĐTĐKT", "BC-HĐTĐKT"},
		{"TTr", "", "TTr"},
		{"", "UBND", "UBND"},
	}
	for _, tt := range tests {
		if got := Symbol(tt.kind, tt.issuer); got != tt.want {
			t.Errorf("Symbol(%q, %q) = %q, want %q", tt.kind, tt.issuer, got, tt.want)
		}
	}
}

func TestParseDocNumber(t *testing.T) {
	tests := []struct {
		in     string
		number int
		symbol string
	}{
		{"05/TTr-UBND", 5, "TTr-UBND"},
		{"Số: 267/KH-UBND", 267, "KH-UBND"},
		{"số 12/BB-HĐTĐKT", 12, "BB-HĐTĐKT"},
		{"SỐ:03/QĐ-UBND", 3, "QĐ-UBND"},
		{nfd(t, "Số : 04 / BC-UBND "), 4, "BC-UBND"},
		{"30/2020/NĐ-CP", 30, "2020/NĐ-CP"},
		{"Số:      /TTr-UBND", 0, "TTr-UBND"},
		{"15", 15, ""},
	}
	for _, tt := range tests {
		n, sym, err := ParseDocNumber(tt.in)
		if err != nil || n != tt.number || sym != tt.symbol {
			t.Errorf("ParseDocNumber(%q) = %d, %q, %v; want %d, %q", tt.in, n, sym, err, tt.number, tt.symbol)
		}
	}
}

func TestParseDocNumberRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 267} {
		line := NumberLine(n, "TTr-UBND")
		got, sym, err := ParseDocNumber(line)
		if err != nil || got != n || sym != "TTr-UBND" {
			t.Errorf("ParseDocNumber(%q) = %d, %q, %v", line, got, sym, err)
		}
	}
}

func TestParseDocNumberErrors(t *testing.T) {
	for _, in := range []string{"", "Số:", "/", "abc/TTr-UBND", "5a/TTr", "1234567/TTr", "05/TTr-UBND ngày 05/01/2025"} {
		n, sym, err := ParseDocNumber(in)
		if err == nil {
			t.Errorf("ParseDocNumber(%q) = %d, %q, want error", in, n, sym)
			continue
		}
		if !strings.HasPrefix(err.Error(), "không đọc được số văn bản") || !strings.Contains(err.Error(), "ví dụ 05/TTr-UBND") {
			t.Errorf("ParseDocNumber(%q) error %q is not the Vietnamese hint", in, err)
		}
	}
	_, _, err := ParseDocNumber("abc")
	if want := `không đọc được số văn bản "abc" — nhập theo dạng số/ký hiệu, ví dụ 05/TTr-UBND`; err == nil || err.Error() != want {
		t.Errorf("ParseDocNumber(\"abc\") error = %v, want %q", err, want)
	}
}
