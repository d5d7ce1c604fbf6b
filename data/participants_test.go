package data

import (
	"strings"
	"testing"

	"thidua/app"
)

func TestDeleteRefusedWhenScoredArchiveInstead(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	ps, _ := s.Participants(app.KindIndividual)
	scored := ps[0].ID
	err := s.DeleteParticipant(scored)
	if err == nil || !strings.Contains(err.Error(), "điểm chấm") || !strings.Contains(err.Error(), "Lưu trữ") {
		t.Fatalf("delete of a scored participant: %v", err)
	}
	if err := s.SetArchived([]int64{scored}, true); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Participant(scored); !p.Archived {
		t.Fatal("not archived")
	}
	ids, err := s.AddParticipants([]app.Participant{{Kind: app.KindIndividual, Name: "Người Mới Thêm"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteParticipant(ids[0]); err != nil {
		t.Fatalf("delete of an unused participant: %v", err)
	}
	if _, err := s.Participant(ids[0]); err == nil {
		t.Fatal("still there after delete")
	}
}

func TestUpdateParticipantValidatesAndAudits(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	ps, _ := s.Participants(app.KindIndividual)
	p := ps[1]
	p.Position, p.Suspended, p.SuspendedNote = "Phó Chủ tịch  UBND xã", true, "đang thanh tra"
	if err := s.UpdateParticipant(p); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Participant(p.ID)
	if got.Position != "Phó Chủ tịch UBND xã" || !got.Suspended {
		t.Fatalf("update not stored: %+v", got)
	}
	p.BirthDate = "2999-01-01"
	if err := s.UpdateParticipant(p); err == nil || !strings.Contains(err.Error(), "tương lai") {
		t.Fatalf("future birth date: %v", err)
	}
	p.Name = ""
	if err := s.UpdateParticipant(p); err == nil || !strings.Contains(err.Error(), "chưa nhập tên") {
		t.Fatalf("empty name: %v", err)
	}
	entries, _ := s.Audit(1)
	if entries[0].Entity != "participant" || !strings.Contains(entries[0].After, "đang thanh tra") {
		t.Fatalf("audit: %+v", entries[0])
	}
}

func TestAwardHistory(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	ps, _ := s.Participants(app.KindIndividual)
	id, err := s.SaveAwardRecord(app.AwardRecord{ParticipantID: ps[0].ID, Year: 2023, Title: "Giấy khen của Chủ tịch UBND xã",
		DecisionNumber: "45/QĐ-UBND", DecisionDate: "2023-12-28", Issuer: "Chủ tịch UBND xã"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAwardRecord(app.AwardRecord{ParticipantID: ps[0].ID, Year: 1800, Title: ""}); err == nil {
		t.Fatal("invalid award record stored")
	}
	h, _ := s.AwardHistory(ps[0].ID)
	if len(h) != 1 || h[0].DecisionNumber != "45/QĐ-UBND" {
		t.Fatalf("history: %+v", h)
	}
	if err := s.DeleteParticipant(ps[0].ID); err == nil || !strings.Contains(err.Error(), "quá trình khen thưởng") {
		t.Fatalf("delete with award history: %v", err)
	}
	if err := s.DeleteAwardRecord(id); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.AwardHistory(ps[0].ID); len(h) != 0 {
		t.Fatal("not deleted")
	}
}

func TestImportParticipantsLinksUnitsInOneTransaction(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	before, _ := s.Participants("")
	ps := []app.Participant{
		{Kind: app.KindIndividual, Name: "Người Ở Tổ Mới", Unit: "tổ dân phố số 9"},
		{Kind: app.KindIndividual, Name: "Người Ở Công An", Unit: "CÔNG AN XÃ"},
		{Kind: app.KindCollective, Name: "Tổ dân phố số 9"},
	}
	ids, err := s.ImportParticipants(ps, "danh-sach.xlsx")
	if err != nil || len(ids) != 3 {
		t.Fatalf("import: %v %v", ids, err)
	}
	var newUnit, police int64
	all, _ := s.Participants("")
	for _, p := range all {
		switch p.Name {
		case "Tổ dân phố số 9":
			newUnit = p.ID
		case "Công an xã":
			police = p.ID
		}
	}
	for _, p := range all {
		if p.Name == "Người Ở Tổ Mới" && (p.UnitID != newUnit || p.Unit != "") {
			t.Errorf("unit in the same import not linked: %+v", p)
		}
		if p.Name == "Người Ở Công An" && p.UnitID != police {
			t.Errorf("existing unit not linked by folded name: %+v", p)
		}
	}
	bad := []app.Participant{{Kind: app.KindIndividual, Name: "Hợp Lệ"}, {Kind: app.KindIndividual, Name: ""}}
	if _, err := s.ImportParticipants(bad, "x"); err == nil {
		t.Fatal("invalid import accepted")
	}
	if after, _ := s.Participants(""); len(after) != len(before)+3 {
		t.Fatalf("a refused import wrote rows: %d → %d", len(before)+3, len(after))
	}
}
