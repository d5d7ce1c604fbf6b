package data

import (
	"path/filepath"
	"strings"
	"testing"

	"thidua/app"
)

// TestMigrateOrganisationIntoPeriods: a v6 database's single organisation
// row with a district level becomes two periods split at upper_until (the
// header's upper line the district's Committee, then the province's), the
// row is kept, and a backup of the v6 file is written first.
func TestMigrateOrganisationIntoPeriods(t *testing.T) {
	for _, tt := range []struct {
		name, upperUntil string
		want             []app.OrgPeriod
	}{
		{"until set", "2025-06-30", []app.OrgPeriod{
			{Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân thị xã Mỹ Hào",
				Upper: "Ủy ban nhân dân thị xã Mỹ Hào", Province: "tỉnh Hưng Yên"},
			{From: "2025-07-01", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên", Province: "tỉnh Hưng Yên"}}},
		{"until earlier", "2024-12-31", []app.OrgPeriod{
			{Until: "2024-12-31", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân thị xã Mỹ Hào",
				Upper: "Ủy ban nhân dân thị xã Mỹ Hào", Province: "tỉnh Hưng Yên"},
			{From: "2025-01-01", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên", Province: "tỉnh Hưng Yên"}}},
		// No end recorded: the district level ended on 30/06/2025.
		{"until unset", "", []app.OrgPeriod{
			{Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân thị xã Mỹ Hào",
				Upper: "Ủy ban nhân dân thị xã Mỹ Hào", Province: "tỉnh Hưng Yên"},
			{From: "2025-07-01", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên", Province: "tỉnh Hưng Yên"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := migratedFrom(t, 6, `INSERT INTO organisation(id, name, parent, place, upper_name, upper_until)
				VALUES (1, 'Ủy ban nhân dân xã Hòa Phong', 'Ủy ban nhân dân tỉnh Hưng Yên', 'Hòa Phong', 'Ủy ban nhân dân thị xã Mỹ Hào', ?)`, tt.upperUntil)
			o, err := s.Organisation()
			if err != nil {
				t.Fatal(err)
			}
			if o.Upper != "Ủy ban nhân dân thị xã Mỹ Hào" || o.UpperUntil != tt.upperUntil || o.Parent != "Ủy ban nhân dân tỉnh Hưng Yên" {
				t.Errorf("the row was not kept: %+v", o)
			}
			if len(o.Periods) != len(tt.want) {
				t.Fatalf("periods %+v, want %+v", o.Periods, tt.want)
			}
			// The migration and the Go reading of the same row agree.
			fromRow := o.PeriodsFromUpper()
			for i, w := range tt.want {
				got := o.Periods[i]
				got.ID = 0
				if got != w || fromRow[i] != w {
					t.Errorf("period %d = %+v (from the row in Go %+v), want %+v", i, got, fromRow[i], w)
				}
			}
			if b, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path()), "backups", "*.db")); len(b) != 1 {
				t.Errorf("backups before migrating: %v", b)
			}
		})
	}
	// A commune recorded without a district level has one open period; an
	// organisation never entered has none.
	dir := t.TempDir()
	old, _ := openAt(filepath.Join(dir, "a.db"), 6)
	old.db.Exec(`INSERT INTO organisation(id, name, parent) VALUES (1, 'Ủy ban nhân dân phường An Bình', 'Ủy ban nhân dân thành phố Hải Phòng')`)
	old.Close()
	s, err := Open(filepath.Join(dir, "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	o, _ := s.Organisation()
	s.Close()
	if len(o.Periods) != 1 || o.Periods[0].From != "" || o.Periods[0].Until != "" || o.Periods[0].Province != "thành phố Hải Phòng" ||
		o.Periods[0].Parent != "Ủy ban nhân dân thành phố Hải Phòng" {
		t.Errorf("one open period: %+v", o.Periods)
	}
	empty, _ := openTemp(t)
	if o, _ := empty.Organisation(); len(o.Periods) != 0 {
		t.Errorf("a new database has periods: %+v", o.Periods)
	}
}

// TestSaveOrgPeriod: periods are added and edited with an audit line each;
// one that overlaps another, or has no name, is refused and nothing changes.
func TestSaveOrgPeriod(t *testing.T) {
	s, _ := openTemp(t)
	id1, err := s.SaveOrgPeriod(app.OrgPeriod{Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong",
		Parent: "Ủy ban nhân dân thị xã Mỹ Hào", Upper: "Ủy ban nhân dân thị xã Mỹ Hào", Province: "tỉnh Hưng Yên"})
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.SaveOrgPeriod(app.OrgPeriod{From: "2025-07-01", Name: "Ủy ban nhân dân xã Hòa  Phong", Parent: "Ủy ban nhân dân tỉnh Hưng Yên"})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []app.OrgPeriod{
		{From: "2025-06-01", Until: "2025-08-01", Name: "Ủy ban nhân dân xã Hòa Phong"},
		{From: "2026-01-01", Name: ""},
		{ID: id2, From: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong"},
		{From: "2027-02-01", Until: "2027-01-01", Name: "Ủy ban nhân dân xã Hòa Phong"},
	} {
		if _, err := s.SaveOrgPeriod(bad); !app.IsInvalid(err) {
			t.Errorf("%+v: %v, want refused", bad, err)
		}
	}
	if _, err := s.SaveOrgPeriod(app.OrgPeriod{ID: 999, Name: "x", From: "2030-01-01"}); err != app.ErrNotFound {
		t.Errorf("editing a period that is not there: %v", err)
	}
	if _, err := s.SaveOrgPeriod(app.OrgPeriod{ID: id1, Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong",
		Parent: "Ủy ban nhân dân thị xã Mỹ Hào", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"}); err != nil {
		t.Fatal(err)
	}
	o, _ := s.Organisation()
	if len(o.Periods) != 2 || o.Periods[0].ID != id1 || o.Periods[0].Province != "" || o.Periods[1].Name != "Ủy ban nhân dân xã Hòa Phong" {
		t.Errorf("periods %+v", o.Periods)
	}
	log, _ := s.Audit(10)
	var lines []string
	for _, e := range log {
		if e.Entity == "organisation.period" {
			lines = append(lines, e.Action)
		}
	}
	if strings.Join(lines, ",") != "update,create,create" {
		t.Errorf("audit lines %v", lines)
	}
}

// TestPeriodsTravelWithTheRecord: the periods are exported with the
// organisation and imported into an empty database as they were.
func TestPeriodsTravelWithTheRecord(t *testing.T) {
	src, _ := openTemp(t)
	if err := src.SaveOrganisation(app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Place: "Hòa Phong", Abbreviation: "UBND", Level: app.LevelCommune}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []app.OrgPeriod{{Until: "2025-06-30", Name: "Ủy ban nhân dân xã Hòa Phong", Parent: "Ủy ban nhân dân thị xã Mỹ Hào", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"},
		{From: "2025-07-01", Name: "Ủy ban nhân dân xã Nghĩa Trụ", Province: "tỉnh Hưng Yên"}} {
		if _, err := src.SaveOrgPeriod(p); err != nil {
			t.Fatal(err)
		}
	}
	r, err := src.Export()
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := openTemp(t)
	if err := dst.Import(r, false, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	a, _ := src.Organisation()
	b, _ := dst.Organisation()
	if len(b.Periods) != 2 || b.Periods[0] != a.Periods[0] || b.Periods[1] != a.Periods[1] {
		t.Errorf("imported periods %+v, want %+v", b.Periods, a.Periods)
	}
}

// TestImportRefusesOverlappingPeriods: a record whose periods overlap is
// refused before anything is written.
func TestImportRefusesOverlappingPeriods(t *testing.T) {
	src, _ := openTemp(t)
	if err := src.SaveOrganisation(app.Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Place: "Hòa Phong", Abbreviation: "UBND", Level: app.LevelCommune}); err != nil {
		t.Fatal(err)
	}
	r, _ := src.Export()
	r.Organisation.Periods = []app.OrgPeriod{{ID: 1, Until: "2025-06-30", Name: "A"}, {ID: 2, From: "2025-06-01", Name: "B"}}
	dst, _ := openTemp(t)
	if err := dst.Import(r, false, t.TempDir()); !app.IsInvalid(err) || !strings.Contains(err.Error(), "organisation.periods[1]") {
		t.Fatalf("import of overlapping periods: %v", err)
	}
	if o, _ := dst.Organisation(); len(o.Periods) != 0 || o.Name != "" {
		t.Errorf("a refused import wrote %+v", o)
	}
}
