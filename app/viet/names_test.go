package viet

import (
	"slices"
	"sync"
	"testing"
)

func TestGivenName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Văn An", "An"},
		{"  Lê Thị   Hoa  ", "Hoa"},
		{"Tôn Nữ Thị Ngọc Hân", "Hân"},
		{nfd(t, "Trần Thị Bình"), "Bình"},
		{"Minh", "Minh"},
		{"", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := GivenName(tt.in); got != tt.want {
			t.Errorf("GivenName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCompareNamesLetterOrder checks the Vietnamese alphabet on one-word
// names, where the given name is the whole name.
func TestCompareNamesLetterOrder(t *testing.T) {
	alphabet := []string{"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i",
		"k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"}
	for i := 0; i+1 < len(alphabet); i++ {
		a, b := alphabet[i], alphabet[i+1]
		if CompareNames(a, b) >= 0 || CompareNames(b, a) <= 0 {
			t.Errorf("want %q < %q", a, b)
		}
	}
	pairs := [][2]string{{"An", "Ăn"}, {"Dung", "Đức"}, {"Đức", "Em"}, {"Oanh", "Ôn"}, {"Ôn", "Ơn"}, {"Uyên", "Ưng"}}
	for _, p := range pairs {
		if CompareNames(p[0], p[1]) >= 0 {
			t.Errorf("want %q < %q", p[0], p[1])
		}
	}
}

// TestCompareNamesToneOrder pins the tone order of x/text's Vietnamese
// collation: none < huyền < hỏi < ngã < sắc < nặng.
func TestCompareNamesToneOrder(t *testing.T) {
	tones := []string{"ma", "mà", "mả", "mã", "má", "mạ"}
	for i := 0; i+1 < len(tones); i++ {
		if CompareNames(tones[i], tones[i+1]) >= 0 {
			t.Errorf("want %q < %q", tones[i], tones[i+1])
		}
	}
}

func TestCompareNames(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		// Given name first: An < Bình < Đức whatever the family name.
		{"Nguyễn Văn An", "Trần Thị Bình", -1},
		{"Trần Thị Bình", "Lê Văn Đức", -1},
		{"Nguyễn Văn An", "Lê Văn Đức", -1},
		{"Lê Văn Đức", "Nguyễn Văn An", 1},
		// Same given name: family name, then middle names.
		{"Lê Thị Hoa", "Nguyễn Thị Hoa", -1},
		{"Nguyễn Thị Hoa", "Lê Thị Hoa", 1},
		{"Nguyễn Thị Hoa", "Nguyễn Văn Hoa", -1},
		{"An", "Nguyễn Văn An", -1}, // no family name sorts first
		// Same name in another normalisation: equal.
		{"Nguyễn Văn Hoà", nfd(t, "Nguyễn Văn Hoà"), 0},
		{"Nguyễn  Văn Hoà ", "Nguyễn Văn Hoà", -1}, // equal keys, tie by bytes
		// Tone placement: equal keys, tie broken by NFC bytes.
		{"Nguyễn Văn " + hoaOld, "Nguyễn Văn " + hoaNew, 1},
		{"Nguyễn Văn " + hoaNew, "Nguyễn Văn " + hoaOld, -1},
	}
	for _, tt := range tests {
		if got := CompareNames(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareNames(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSortNamesTonePlacementAdjacent checks that both placements of the same
// name sort next to each other, between the neighbouring tones.
func TestSortNamesTonePlacementAdjacent(t *testing.T) {
	names := []string{"Lê Hỏa", "Lê " + hoaOld, "Lê Họa", "Lê Hoa", "Lê Hoạ", "Lê " + hoaNew, "Lê Hóa"}
	SortNames(names)
	want := []string{"Lê Hoa", "Lê " + hoaNew, "Lê " + hoaOld, "Lê Hỏa", "Lê Hóa", "Lê Hoạ", "Lê Họa"}
	if !slices.Equal(names, want) {
		t.Errorf("SortNames = %q, want %q", names, want)
	}
}

func TestSortNames(t *testing.T) {
	names := []string{
		"Lê Văn Đức",
		"Nguyễn Thị Hoa",
		"Trần Thị Bình",
		"Lê Thị Hoa",
		"Phạm Văn Dũng",
		nfd(t, "Nguyễn Văn An"),
		"Đỗ Thị Ánh",
		"Võ Văn Ân",
		"Hồ Văn Ăn",
	}
	SortNames(names)
	want := []string{
		nfd(t, "Nguyễn Văn An"),
		"Đỗ Thị Ánh",
		"Hồ Văn Ăn",
		"Võ Văn Ân",
		"Trần Thị Bình",
		"Phạm Văn Dũng",
		"Lê Văn Đức",
		"Lê Thị Hoa",
		"Nguyễn Thị Hoa",
	}
	if !slices.Equal(names, want) {
		t.Errorf("SortNames =\n%q\nwant\n%q", names, want)
	}
	if !slices.IsSortedFunc(names, CompareNames) {
		t.Errorf("SortNames result is not sorted by CompareNames: %q", names)
	}
}

func TestCollatorZeroValueAndConcurrency(t *testing.T) {
	var c Collator // the zero value must work
	names := []string{"Lê Văn Đức", "Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Thị Hoa", "Lê Thị Hoa"}
	want := []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Đức", "Lê Thị Hoa", "Nguyễn Thị Hoa"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got := slices.Clone(names)
				c.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("Collator.Sort = %q, want %q", got, want)
					return
				}
				if c.Compare("Nguyễn Văn An", "Trần Thị Bình") != -1 {
					t.Error(`Collator.Compare("Nguyễn Văn An", "Trần Thị Bình") != -1`)
					return
				}
			}
		})
	}
	wg.Wait()
}
