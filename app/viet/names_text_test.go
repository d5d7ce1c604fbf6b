package viet

import (
	"sort"
	"testing"
)

func TestCompareTextOrdersFromFirstWord(t *testing.T) {
	got := []string{"Văn phòng - Thống kê", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên", "Công an xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Ủy ban Mặt trận"}
	want := []string{"Công an xã", "Đoàn Thanh niên", "Hội Cựu chiến binh xã", "Hội Nông dân xã", "Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận", "Văn phòng - Thống kê"}
	sort.SliceStable(got, func(i, j int) bool { return CompareText(got[i], got[j]) < 0 })
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order = %q, want %q", got, want)
		}
	}
	if CompareText("Phòng Văn hoá", "Phòng Văn hóa") == 0 || CompareText("a", "a") != 0 {
		t.Fatal("ties must be broken by bytes, equal strings compare equal")
	}
}
