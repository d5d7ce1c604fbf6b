package data

import (
	"strings"
	"testing"

	"thidua/app"
)

// TestCollectiveParentIsKept: a collective's cơ quan cấp trên is stored on
// adding and editing (cleaned of stray spaces), written in the audit line,
// and travels in the record file, which leaves it out when empty.
func TestCollectiveParentIsKept(t *testing.T) {
	s, _ := openTemp(t)
	ids, err := s.AddParticipants([]app.Participant{
		{Kind: app.KindCollective, Name: "Đoàn Thanh niên xã", Parent: "Ban Thường vụ  Đoàn thị xã Mỹ Hào "},
		{Kind: app.KindCollective, Name: "Thôn Đông"},
	})
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Participant(ids[0])
	if err != nil || p.Parent != "Ban Thường vụ Đoàn thị xã Mỹ Hào" {
		t.Fatalf("added: %q %v", p.Parent, err)
	}
	p.Parent = "Đảng ủy xã Hòa Phong"
	if err := s.UpdateParticipant(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Participant(p.ID); got.Parent != "Đảng ủy xã Hòa Phong" {
		t.Fatalf("edited: %q", got.Parent)
	}
	lines, _ := s.Audit(1)
	if len(lines) != 1 || !strings.Contains(lines[0].Before, `"parent":"Ban Thường vụ Đoàn thị xã Mỹ Hào"`) ||
		!strings.Contains(lines[0].After, `"parent":"Đảng ủy xã Hòa Phong"`) {
		t.Fatalf("audit line: %+v", lines)
	}

	b := exportBytes(t, s)
	if n := strings.Count(string(b), `"parent": "Đảng ủy xã Hòa Phong"`); n != 1 {
		t.Errorf("the record file holds the parent %d times, want once (and none for the other unit)", n)
	}
	dst, _ := openTemp(t)
	if err := importBytes(dst, b, false, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if got, _ := dst.Participant(p.ID); got.Parent != "Đảng ủy xã Hòa Phong" {
		t.Errorf("imported: %q", got.Parent)
	}
	if got, _ := dst.Participant(ids[1]); got.Parent != "" {
		t.Errorf("imported unit without a parent: %q", got.Parent)
	}
}

// TestMigrateGivesCollectivesNoParent: a version 9 database's collectives
// come through with an empty parent (the People's Committee, as before)
// and can be given one.
func TestMigrateGivesCollectivesNoParent(t *testing.T) {
	s := migratedFrom(t, 9, `INSERT INTO participants(kind, name, search_key) VALUES ('collective', 'Hội Nông dân xã', 'hoi nong dan xa')`)
	ps, err := s.Participants(app.KindCollective)
	if err != nil || len(ps) != 1 || ps[0].Parent != "" {
		t.Fatalf("after migrating: %+v %v", ps, err)
	}
	ps[0].Parent = "Đảng ủy xã Hòa Phong"
	if err := s.UpdateParticipant(ps[0]); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Participant(ps[0].ID); got.Parent != "Đảng ủy xã Hòa Phong" {
		t.Errorf("parent after migrating: %q", got.Parent)
	}
}
