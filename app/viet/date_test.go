package viet

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestDateWordsPadding(t *testing.T) {
	// Days 1–9 and months 1–2 are padded; days 10–31 and months 3–12 are not.
	for d := 1; d <= 31; d++ {
		want := fmt.Sprint(d)
		if d < 10 {
			want = "0" + want
		}
		got := DateWords(day(2025, time.March, d))
		if w := "ngày " + want + " tháng 3 năm 2025"; got != w {
			t.Errorf("DateWords(2025-03-%02d) = %q, want %q", d, got, w)
		}
	}
	for m := time.January; m <= time.December; m++ {
		want := fmt.Sprint(int(m))
		if m <= time.February {
			want = "0" + want
		}
		got := DateWords(day(2025, m, 15))
		if w := "ngày 15 tháng " + want + " năm 2025"; got != w {
			t.Errorf("DateWords(2025-%02d-15) = %q, want %q", m, got, w)
		}
	}
}

func TestDateWords(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{day(2025, 1, 5), "ngày 05 tháng 01 năm 2025"},
		{day(2025, 2, 28), "ngày 28 tháng 02 năm 2025"},
		{day(2025, 3, 15), "ngày 15 tháng 3 năm 2025"},
		{day(2024, 12, 9), "ngày 09 tháng 12 năm 2024"},
		{day(2025, 10, 10), "ngày 10 tháng 10 năm 2025"},
		// The calendar day in t's own location is used.
		{time.Date(2025, 1, 5, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600)), "ngày 05 tháng 01 năm 2025"},
	}
	for _, tt := range tests {
		if got := DateWords(tt.t); got != tt.want {
			t.Errorf("DateWords(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		place string
		t     time.Time
		want  string
	}{
		{"Hòa Phong", day(2025, 1, 5), "Hòa Phong, ngày 05 tháng 01 năm 2025"},
		{nfd(t, " Hòa  Phong "), day(2025, 3, 15), "Hòa Phong, ngày 15 tháng 3 năm 2025"},
		{"Hà Nội", day(2024, 2, 29), "Hà Nội, ngày 29 tháng 02 năm 2024"},
		{"", day(2025, 11, 1), "ngày 01 tháng 11 năm 2025"},
	}
	for _, tt := range tests {
		if got := DateLine(tt.place, tt.t); got != tt.want {
			t.Errorf("DateLine(%q, %v) = %q, want %q", tt.place, tt.t, got, tt.want)
		}
	}
}

func TestFormatDateAndISO(t *testing.T) {
	tests := []struct {
		t        time.Time
		dmy, iso string
	}{
		{day(2025, 1, 5), "05/01/2025", "2025-01-05"},
		{day(2024, 12, 31), "31/12/2024", "2024-12-31"},
		{time.Time{}, "", ""},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.t); got != tt.dmy {
			t.Errorf("FormatDate(%v) = %q, want %q", tt.t, got, tt.dmy)
		}
		if got := ISO(tt.t); got != tt.iso {
			t.Errorf("ISO(%v) = %q, want %q", tt.t, got, tt.iso)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"05/01/2025", day(2025, 1, 5)},
		{"5/1/2025", day(2025, 1, 5)},
		{"15/3/2025", day(2025, 3, 15)},
		{"05-01-2025", day(2025, 1, 5)},
		{"05.01.2025", day(2025, 1, 5)},
		{" 31/12/2024 ", day(2024, 12, 31)},
		{"2025-01-05", day(2025, 1, 5)},
		{"2025/1/5", day(2025, 1, 5)},
		// Leap years.
		{"29/02/2024", day(2024, 2, 29)},
		{"29/02/2000", day(2000, 2, 29)},
		// d/m/yy: below 50 is 20yy, otherwise 19yy.
		{"5/1/25", day(2025, 1, 5)},
		{"05/01/00", day(2000, 1, 5)},
		{"1/6/49", day(2049, 6, 1)},
		{"1/6/50", day(1950, 6, 1)},
		{"2.9.45", day(2045, 9, 2)},
		{"20/11/99", day(1999, 11, 20)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	const hint = " — nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2025"
	tests := []struct {
		in      string
		kind    error
		message string
	}{
		{"31/02/2025", ErrDateNotReal, `ngày "31/02/2025" không có thật` + hint},
		{"29/02/2025", ErrDateNotReal, `ngày "29/02/2025" không có thật` + hint},
		{"29/02/1900", ErrDateNotReal, `ngày "29/02/1900" không có thật` + hint},
		{"31/04/2025", ErrDateNotReal, `ngày "31/04/2025" không có thật` + hint},
		{"00/01/2025", ErrDateNotReal, `ngày "00/01/2025" không có thật` + hint},
		{"05/13/2025", ErrDateNotReal, `ngày "05/13/2025" không có thật` + hint},
		{"05/01/0025", ErrDateNotReal, `ngày "05/01/0025" không có thật` + hint},
		{"2025-02-30", ErrDateNotReal, `ngày "2025-02-30" không có thật` + hint},
		{"abc", ErrDateUnreadable, `không đọc được ngày "abc"` + hint},
		{"05/01-2025", ErrDateUnreadable, `không đọc được ngày "05/01-2025"` + hint},
		{"05/01/025", ErrDateUnreadable, `không đọc được ngày "05/01/025"` + hint},
		{"5 tháng 1", ErrDateUnreadable, `không đọc được ngày "5 tháng 1"` + hint},
		{"   ", ErrDateUnreadable, "chưa nhập ngày" + hint},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want error", tt.in, got)
			continue
		}
		var de *DateError
		if !errors.As(err, &de) || !errors.Is(err, tt.kind) {
			t.Errorf("ParseDate(%q) error %v (%T), want *DateError wrapping %v", tt.in, err, err, tt.kind)
		}
		if err.Error() != tt.message {
			t.Errorf("ParseDate(%q) error\n%q, want\n%q", tt.in, err.Error(), tt.message)
		}
	}
}

func TestParseISO(t *testing.T) {
	valid := []struct {
		in   string
		want time.Time
	}{
		{"2025-01-05", day(2025, 1, 5)},
		{"2024-02-29", day(2024, 2, 29)},
	}
	for _, tt := range valid {
		got, err := ParseISO(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseISO(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	invalid := []struct {
		in   string
		kind error
	}{
		{"2025-02-29", ErrDateNotReal},
		{"2025-13-01", ErrDateNotReal},
		{"2025-1-5", ErrDateUnreadable},
		{"05/01/2025", ErrDateUnreadable},
		{" 2025-01-05", ErrDateUnreadable},
		{"", ErrDateUnreadable},
	}
	for _, tt := range invalid {
		if _, err := ParseISO(tt.in); !errors.Is(err, tt.kind) {
			t.Errorf("ParseISO(%q) error = %v, want %v", tt.in, err, tt.kind)
		}
	}
	_, err := ParseISO("2025-02-29")
	if want := `ngày "2025-02-29" không có thật — cần dạng năm-tháng-ngày, ví dụ 2025-01-05`; err == nil || err.Error() != want {
		t.Errorf("ParseISO error = %v, want %q", err, want)
	}
}

func TestISORoundTrip(t *testing.T) {
	for _, d := range []time.Time{day(2025, 1, 5), day(2024, 2, 29), day(1999, 12, 31)} {
		got, err := ParseISO(ISO(d))
		if err != nil || !got.Equal(d) {
			t.Errorf("ParseISO(ISO(%v)) = %v, %v", d, got, err)
		}
		got, err = ParseDate(FormatDate(d))
		if err != nil || !got.Equal(d) {
			t.Errorf("ParseDate(FormatDate(%v)) = %v, %v", d, got, err)
		}
	}
}

func TestDisplayISO(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-01-05", "05/01/2025"},
		{"2024-02-29", "29/02/2024"},
		{"", ""},
		{"không rõ", "không rõ"},
		{"2025-02-30", "2025-02-30"},
	}
	for _, tt := range tests {
		if got := DisplayISO(tt.in); got != tt.want {
			t.Errorf("DisplayISO(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
