package app

import (
	"fmt"
	"testing"
)

func rosterFixture() []Participant {
	return []Participant{
		{ID: 1, Kind: KindCollective, Name: "Văn phòng - Thống kê"},
		{ID: 2, Kind: KindCollective, Name: "Công an xã"},
		{ID: 10, Kind: KindIndividual, Name: "Nguyễn Văn Hoà", UnitID: 1, BirthDate: "1980-01-02"},
		{ID: 11, Kind: KindIndividual, Name: "Nguyễn Văn Hòa", UnitID: 2, BirthDate: "1975-05-06"},
		{ID: 12, Kind: KindIndividual, Name: "Đặng Thị Thuỷ", UnitID: 1, Gender: GenderFemale},
		{ID: 13, Kind: KindIndividual, Name: "Trần Văn An", Archived: true},
		{ID: 14, Kind: KindIndividual, Name: "Lê Thị Bình", Position: "Công chức Tư pháp"},
	}
}

func names(ps []Participant) string {
	s := ""
	for _, p := range ps {
		s += p.Name + ";"
	}
	return s
}

func TestRosterSearchAndFilter(t *testing.T) {
	r := NewRoster(rosterFixture())
	tests := []struct {
		f    Filter
		want string
	}{
		{Filter{Kind: KindIndividual, Query: "nguyen van hoa"}, "Nguyễn Văn Hoà;Nguyễn Văn Hòa;"},
		{Filter{Kind: KindIndividual, Query: "dang"}, "Đặng Thị Thuỷ;"},
		{Filter{Kind: KindIndividual, Query: "THUY"}, "Đặng Thị Thuỷ;"},
		{Filter{Kind: KindIndividual, Query: "hoa cong an"}, "Nguyễn Văn Hòa;"},
		{Filter{Kind: KindIndividual, Query: "tu phap"}, "Lê Thị Bình;"},
		{Filter{Kind: KindIndividual, UnitID: 1}, "Nguyễn Văn Hoà;Đặng Thị Thuỷ;"},
		{Filter{Kind: KindIndividual, Status: StatusArchived}, "Trần Văn An;"},
		{Filter{Kind: KindIndividual, Query: "tran", Status: StatusAll}, "Trần Văn An;"},
		{Filter{Kind: KindIndividual, Query: "tran"}, ""},
		{Filter{Kind: KindCollective}, "Công an xã;Văn phòng - Thống kê;"},
	}
	for _, tt := range tests {
		if got := names(r.Select(tt.f, ColName, false)); got != tt.want {
			t.Errorf("Select(%+v) = %s, want %s", tt.f, got, tt.want)
		}
	}
}

func TestRosterSortByColumns(t *testing.T) {
	r := NewRoster(rosterFixture())
	f := Filter{Kind: KindIndividual}
	if got, want := names(r.Select(f, ColName, false)), "Lê Thị Bình;Nguyễn Văn Hoà;Nguyễn Văn Hòa;Đặng Thị Thuỷ;"; got != want {
		t.Errorf("by name = %s, want %s (given name first)", got, want)
	}
	if got := names(r.Select(f, ColName, true)); got != "Đặng Thị Thuỷ;Nguyễn Văn Hòa;Nguyễn Văn Hoà;Lê Thị Bình;" {
		t.Errorf("by name descending = %s", got)
	}
	if got := names(r.Select(f, ColUnit, false)); got != "Lê Thị Bình;Nguyễn Văn Hòa;Nguyễn Văn Hoà;Đặng Thị Thuỷ;" {
		t.Errorf("by unit = %s", got)
	}
	if got := names(r.Select(f, ColBirth, false)); got != "Lê Thị Bình;Đặng Thị Thuỷ;Nguyễn Văn Hòa;Nguyễn Văn Hoà;" {
		t.Errorf("by birth date = %s", got)
	}
}

func BenchmarkRosterSearch100k(b *testing.B) {
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	given := []string{"An", "Bình", "Cường", "Dũng", "Đức", "Hòa", "Hoà", "Hương", "Lan", "Thủy", "Thuỷ", "Yến"}
	ps := make([]Participant, 100000)
	for i := range ps {
		ps[i] = Participant{ID: int64(i + 1), Kind: KindIndividual, Name: fmt.Sprintf("%s Văn %s %d", family[i%10], given[i%12], i),
			Position: "Công chức"}
	}
	r := NewRoster(ps)
	b.ResetTimer()
	for b.Loop() {
		if got := r.Select(Filter{Kind: KindIndividual, Query: "nguyen hoa 1"}, ColName, false); len(got) == 0 {
			b.Fatal("nothing found")
		}
	}
}
