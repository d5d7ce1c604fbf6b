package data

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"thidua/app"
)

func pv(x float64) *float64 { return &x }

// scoreAt returns the stored cell, or nil.
func scoreAt(t *testing.T, s *Store, round, pid, cid, member int64) *app.Score {
	t.Helper()
	scores, err := s.RoundScores(round)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range scores {
		if sc.ParticipantID == pid && sc.CriterionID == cid && sc.MemberID == member {
			return &sc
		}
	}
	return nil
}

func auditCount(t *testing.T, s *Store) int {
	t.Helper()
	a, err := s.Audit(100000)
	if err != nil {
		t.Fatal(err)
	}
	return len(a)
}

func TestSaveScoresRefusesWholeBatch(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	round := p.Rounds[0].ID
	inds, _ := s.Participants(app.KindIndividual)
	colls, _ := s.Participants(app.KindCollective)
	crit := p.CriteriaOf(app.KindIndividual)[0]
	collCrit := p.CriteriaOf(app.KindCollective)[0]
	before, _ := s.RoundScores(round)
	audits := auditCount(t, s)

	tests := []struct {
		name  string
		batch []app.Score
		want  []string
	}{
		{"out of range after a good cell", []app.Score{
			{ParticipantID: inds[0].ID, CriterionID: crit.ID, Council: pv(10)},
			{ParticipantID: inds[1].ID, CriterionID: crit.ID, Council: pv(crit.MaxPoints + 1)}},
			[]string{inds[1].Name, "vượt quá điểm tối đa 50"}},
		{"every problem listed", []app.Score{
			{ParticipantID: inds[0].ID, CriterionID: crit.ID, Self: pv(12.3)},
			{ParticipantID: inds[1].ID, CriterionID: crit.ID, Council: pv(-1)},
			{ParticipantID: inds[2].ID, CriterionID: 999999, Council: pv(1)},
			{ParticipantID: 999999, CriterionID: crit.ID, Council: pv(1)},
			{ParticipantID: inds[0].ID, CriterionID: collCrit.ID, Council: pv(1)},
			{ParticipantID: colls[0].ID, CriterionID: collCrit.ID, MemberID: 999999, Council: pv(1)},
			{ParticipantID: colls[0].ID, CriterionID: collCrit.ID, RoundID: round + 1, Council: pv(1)}},
			[]string{"chỉ lấy đến 0,5", "không được âm", "không thuộc kế hoạch của đợt này", "không có đối tượng mã 999999",
				"” dành cho tập thể", "không có thành viên hội đồng mã 999999", "ô điểm của đợt khác"}},
	}
	for _, tt := range tests {
		err := s.SaveScores(round, tt.batch)
		if !app.IsInvalid(err) {
			t.Fatalf("%s: want an invalid-data error, got %v", tt.name, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error lacks %q:\n%v", tt.name, w, err)
			}
		}
		if after, _ := s.RoundScores(round); !reflect.DeepEqual(after, before) {
			t.Fatalf("%s: a refused batch changed the scores", tt.name)
		}
		if n := auditCount(t, s); n != audits {
			t.Fatalf("%s: a refused batch wrote %d audit lines", tt.name, n-audits)
		}
	}

	if err := s.SaveScores(987654, []app.Score{{ParticipantID: inds[0].ID, CriterionID: crit.ID, Council: pv(1)}}); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown round: %v", err)
	}
	if err := s.SetArchived([]int64{inds[3].ID}, true); err != nil {
		t.Fatal(err)
	}
	audits = auditCount(t, s)
	err := s.SaveScores(round, []app.Score{{ParticipantID: inds[3].ID, CriterionID: crit.ID, Council: pv(1)}})
	if !app.IsInvalid(err) || !strings.Contains(err.Error(), "đã lưu trữ") || auditCount(t, s) != audits {
		t.Errorf("archived participant: %v", err)
	}
}

func TestSaveScoresUpsertsAndAuditsChangedCellsOnly(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	round := p.Rounds[0].ID
	inds, _ := s.Participants(app.KindIndividual)
	crit := p.CriteriaOf(app.KindIndividual)
	members, err := s.CouncilMembers()
	if err != nil || len(members) == 0 {
		t.Fatalf("council: %v %v", members, err)
	}
	same := scoreAt(t, s, round, inds[0].ID, crit[0].ID, 0)
	old := scoreAt(t, s, round, inds[1].ID, crit[0].ID, 0)
	if same == nil || old == nil || old.Council == nil {
		t.Fatal("the sample has no council scores for round 2024")
	}
	newValue := *old.Council - 0.5
	if newValue < 0 {
		newValue = 1
	}
	audits := auditCount(t, s)
	batch := []app.Score{
		*same, // unchanged
		{ParticipantID: inds[1].ID, CriterionID: crit[0].ID, Self: old.Self, Council: &newValue, Note: old.Note + "Đã xem lại minh chứng"},
		{ParticipantID: inds[1].ID, CriterionID: crit[0].ID, MemberID: members[0].ID, Council: pv(44.5)}, // a member's own layer
	}
	if err := s.SaveScores(round, batch); err != nil {
		t.Fatal(err)
	}
	entries, _ := s.Audit(100000)
	if len(entries) != audits+2 {
		t.Fatalf("want 2 audit lines for 2 changed cells, got %d", len(entries)-audits)
	}
	created, updated := entries[0], entries[1] // newest first
	if created.Action != "create" || created.Entity != "score" || created.EntityID != inds[1].ID || created.Before != "" {
		t.Errorf("new cell: %+v", created)
	}
	if updated.Action != "update" || updated.Entity != "score" || updated.EntityID != inds[1].ID {
		t.Errorf("changed cell: %+v", updated)
	}
	var b, a app.Score
	if json.Unmarshal([]byte(updated.Before), &b) != nil || json.Unmarshal([]byte(updated.After), &a) != nil ||
		b.Council == nil || *b.Council != *old.Council || a.Council == nil || *a.Council != newValue || a.Note != old.Note+"Đã xem lại minh chứng" {
		t.Errorf("before/after of the changed cell: %s → %s", updated.Before, updated.After)
	}
	if got := scoreAt(t, s, round, inds[1].ID, crit[0].ID, 0); got == nil || *got.Council != newValue {
		t.Errorf("council cell not updated: %+v", got)
	}
	if got := scoreAt(t, s, round, inds[1].ID, crit[0].ID, members[0].ID); got == nil || *got.Council != 44.5 {
		t.Errorf("member cell not stored beside the council's: %+v", got)
	}

	audits = auditCount(t, s)
	if err := s.SaveScores(round, batch); err != nil {
		t.Fatal(err)
	}
	if n := auditCount(t, s); n != audits {
		t.Errorf("saving the same cells again wrote %d audit lines", n-audits)
	}
	cleared := batch[2]
	cleared.Council = nil
	if err := s.SaveScores(round, []app.Score{cleared}); err != nil {
		t.Fatal(err)
	}
	if got := scoreAt(t, s, round, inds[1].ID, crit[0].ID, members[0].ID); got == nil || got.Council != nil {
		t.Errorf("cleared cell: %+v", got)
	}
	if n := auditCount(t, s); n != audits+1 {
		t.Errorf("clearing a cell: %d audit lines", n-audits)
	}
}

func TestCouncilMembersFromSample(t *testing.T) {
	s, _ := openTemp(t)
	loadSampleData(t, s)
	ms, err := s.CouncilMembers()
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]string{}
	for _, m := range ms {
		roles[m.Role] = m.FullName
		if m.ID == 0 || !m.Active {
			t.Errorf("member %+v", m)
		}
	}
	if len(ms) != 9 || roles[app.RoleChair] != "Trần Quang Minh" || roles[app.RoleSecretary] != "Đỗ Thị Thu Trang" {
		t.Fatalf("council: %+v", ms)
	}
}

func TestAttachmentsStoredInDatabase(t *testing.T) {
	s, _ := openTemp(t)
	p := samplePlan(t, s)
	round := p.Rounds[0].ID
	inds, _ := s.Participants(app.KindIndividual)
	content := []byte("%PDF-1.4 nội dung minh chứng")
	id, err := s.AddAttachment(app.Attachment{ParticipantID: inds[0].ID, RoundID: round, Name: " minh-chung.pdf ", Mime: "application/pdf", Content: content})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := s.Attachments(inds[0].ID, round)
	if len(list) != 1 || list[0].ID != id || list[0].Name != "minh-chung.pdf" || string(list[0].Content) != string(content) {
		t.Fatalf("attachments: %+v", list)
	}
	if other, _ := s.Attachments(inds[1].ID, round); len(other) != 0 {
		t.Fatalf("another participant's files: %+v", other)
	}
	entries, _ := s.Audit(1)
	if e := entries[0]; e.Entity != "attachment" || e.Action != "create" || e.EntityID != id ||
		!strings.Contains(e.After, `"bytes":`) || strings.Contains(e.After, "JVBER") || strings.Contains(e.After, "minh chứng") {
		t.Fatalf("audit of an added file must name it without its bytes: %+v", e)
	}
	if err := s.DeleteAttachment(id); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Attachments(inds[0].ID, round); len(list) != 0 {
		t.Fatal("deleted file still listed")
	}
	entries, _ = s.Audit(1)
	if e := entries[0]; e.Action != "delete" || e.EntityID != id || !strings.Contains(e.Before, "minh-chung.pdf") {
		t.Fatalf("audit of a deleted file: %+v", e)
	}
	if err := s.DeleteAttachment(id); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	for _, bad := range []app.Attachment{
		{ParticipantID: inds[0].ID, RoundID: round, Name: "x"},
		{ParticipantID: inds[0].ID, RoundID: round, Content: content},
		{ParticipantID: inds[0].ID, RoundID: round, Name: "big.pdf", Content: make([]byte, MaxAttachmentSize+1)},
	} {
		if _, err := s.AddAttachment(bad); !app.IsInvalid(err) {
			t.Errorf("%q (%d bytes) accepted: %v", bad.Name, len(bad.Content), err)
		}
	}
	if _, err := s.AddAttachment(app.Attachment{ParticipantID: 999999, RoundID: round, Name: "x", Content: content}); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown participant: %v", err)
	}
	if _, err := s.AddAttachment(app.Attachment{ParticipantID: inds[0].ID, RoundID: 999999, Name: "x", Content: content}); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown round: %v", err)
	}
}
