package app

import (
	"strings"
	"testing"
)

func TestOrganisationOnTakesThePeriodOfTheDate(t *testing.T) {
	o := Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên",
		Upper: "Ủy ban nhân dân thị xã Mỹ Hào", UpperUntil: "2025-06-30"}
	// Without periods: the district level until its end, the province after.
	if got := o.On("2024-12-20"); got.Parent != "Ủy ban nhân dân thị xã Mỹ Hào" || o.ProvinceOn("2024-12-20") != "tỉnh Hưng Yên" {
		t.Errorf("without periods, 20/12/2024: %q", got.Parent)
	}
	o.Periods = []OrgPeriod{
		{ID: 1, Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân thị xã Mỹ Hào",
			Upper: "Ủy ban nhân dân thị xã Mỹ Hào", Province: "tỉnh Hưng Yên"},
		{ID: 2, From: "2025-07-01", Until: "2026-12-31", Name: "Ủy ban nhân dân xã Nghĩa Trụ", Province: "tỉnh Hưng Yên"},
		{ID: 3, From: "2028-01-01", Name: "Ủy ban nhân dân phường An Bình", Parent: "Ủy ban nhân dân thành phố Hải Phòng"},
	}
	// The province: the period's, else the one its upper line names, else the organisation's.
	for date, want := range map[string]string{"2025-07-01": "tỉnh Hưng Yên", "2028-01-01": "thành phố Hải Phòng", "2027-06-01": "tỉnh Hưng Yên"} {
		if got := o.ProvinceOn(date); got != want {
			t.Errorf("ProvinceOn(%s) = %q, want %q", date, got, want)
		}
	}
	for _, tt := range []struct{ date, name, parent, upper string }{
		{"2025-06-30", "Ủy ban nhân dân xã Hòa Phong", "Ủy ban nhân dân thị xã Mỹ Hào", "Ủy ban nhân dân thị xã Mỹ Hào"},
		{"2025-07-01", "Ủy ban nhân dân xã Nghĩa Trụ", "", ""}, // no line above the name
		// No period covers the date: the organisation's own fields.
		{"2027-01-01", "Ủy ban nhân dân xã Hòa Phong", "Ủy ban nhân dân tỉnh Hưng Yên", ""},
	} {
		got := o.On(tt.date)
		if got.Name != tt.name || got.Parent != tt.parent || o.UpperOn(tt.date) != tt.upper {
			t.Errorf("%s: %q under %q through %q; want %q under %q through %q", tt.date, got.Name, got.Parent, o.UpperOn(tt.date), tt.name, tt.parent, tt.upper)
		}
	}
}

func TestValidatePeriod(t *testing.T) {
	others := []OrgPeriod{{ID: 1, Until: "2025-06-30", Name: "A"}, {ID: 2, From: "2025-07-01", Until: "2025-12-31", Name: "B"}}
	for _, tt := range []struct {
		p    OrgPeriod
		want string // "" = valid
	}{
		{OrgPeriod{From: "2026-01-01", Name: "C"}, ""},
		{OrgPeriod{ID: 2, From: "2025-07-01", Name: "B"}, ""}, // itself, widened to the end
		{OrgPeriod{From: "2025-12-31", Name: "C"}, "trùng với thời kỳ từ 01/07/2025 đến 31/12/2025"},
		{OrgPeriod{Until: "2020-01-01", Name: "C"}, "trùng với thời kỳ đến 30/06/2025"},
		{OrgPeriod{From: "2026-02-01", Until: "2026-01-01", Name: "C"}, "ngày kết thúc trước ngày bắt đầu"},
		{OrgPeriod{From: "2026-02-30", Name: "C"}, "ngày không đọc được"},
		{OrgPeriod{From: "2026-01-01"}, "chưa nhập tên cơ quan"},
	} {
		err := ValidatePeriod(tt.p, others)
		if (tt.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%+v: %v, want %q", tt.p, err, tt.want)
		}
	}
}

func TestPeriodsFromUpper(t *testing.T) {
	o := Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"}
	ps := o.PeriodsFromUpper()
	if len(ps) != 2 || ps[0].Until != DistrictEnd || ps[0].Parent != o.Upper || ps[1].From != "2025-07-01" || ps[1].Parent != o.Parent || ps[1].Province != "tỉnh Hưng Yên" {
		t.Errorf("split at the end of the district level: %+v", ps)
	}
	o.Upper = ""
	if ps := o.PeriodsFromUpper(); len(ps) != 1 || ps[0].From != "" || ps[0].Until != "" || ps[0].Upper != "" {
		t.Errorf("without a district level: %+v", ps)
	}
	if ps := (Organisation{}).PeriodsFromUpper(); ps != nil {
		t.Errorf("an organisation never entered: %+v", ps)
	}
}
