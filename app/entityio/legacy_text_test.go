package entityio

import "testing"

// The conversions other readers of office files use.
func TestLegacyTextForOtherReaders(t *testing.T) {
	const tcvn = "Ho\u00b5n th\u00b5nh t\u00e8t c\u00b8c ch\u00d8 ti\u00aau \u00ae\u00ad\u00eec giao."
	const want = "Hoàn thành tốt các chỉ tiêu được giao."
	tests := []struct {
		name string
		got  func() (string, bool)
		want string
		ok   bool
	}{
		{"TCVN3 text stored as Windows-1252 characters", func() (string, bool) { return FixLegacyText(tcvn), true }, want, true},
		{"Unicode text is kept", func() (string, bool) { return FixLegacyText(want), true }, want, true},
		{"ASCII text is kept", func() (string, bool) { return FixLegacyText("Luu VT"), true }, "Luu VT", true},
		{"a run in .VnTime", func() (string, bool) { return FontText(".VnTime", tcvn) }, want, true},
		{"a run in .VnTimeH is in capitals", func() (string, bool) { return FontText(".VnTimeH", "KÕ HO¹CH") }, "KẾ HOẠCH", true},
		{"a run in VNI-Times", func() (string, bool) { return FontText("VNI-Times", "Nguyeãn Vaên Hoaø") }, "Nguyễn Văn Hoà", true},
		{"a run in Times New Roman is kept", func() (string, bool) { return FontText("Times New Roman", tcvn) }, tcvn, false},
		{"8-bit TCVN3 bytes of a text file", func() (string, bool) {
			s, err := DecodeText([]byte("Ho\xb5n th\xb5nh t\xe8t c\xb8c ch\xd8 ti\xaau \xae\xad\xeec giao.\nC\xe3 m\xab h\xd7nh, c\xb8ch l\xb5m hay."))
			return s, err == nil
		}, want + "\nCó mô hình, cách làm hay.", true},
		{"UTF-8 with a byte-order mark", func() (string, bool) {
			s, err := DecodeText([]byte("\xef\xbb\xbf" + want))
			return s, err == nil
		}, want, true},
	}
	for _, tc := range tests {
		got, ok := tc.got()
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
