package document

import (
	"fmt"
	"strings"
	"testing"

	"thidua/app"
)

func TestScoresDocumentLandscapeRepeatedHeaderAndSignatures(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	for i := range p.Criteria {
		p.Criteria[i].ID = int64(i + 1)
	}
	var parts []app.Participant
	var scores []app.Score
	for i := range 60 {
		parts = append(parts, app.Participant{ID: int64(100 + i), Kind: app.KindIndividual, Name: fmt.Sprintf("Nguyễn Văn Số %d", i)})
		for _, c := range p.CriteriaOf(app.KindIndividual) {
			v := float64(30 + i%20)
			scores = append(scores, app.Score{ParticipantID: int64(100 + i), CriterionID: c.ID, Council: &v})
		}
	}
	rows := app.Rank(p, app.KindIndividual, parts, scores, nil)
	council := []app.CouncilMember{{FullName: "Trần Quang Minh", Role: app.RoleChair, Active: true},
		{FullName: "Đỗ Thị Thu Trang", Role: app.RoleSecretary, Active: true}}
	d := ScoresDocument(p, sampleOrg(t), p.Rounds[0], app.KindIndividual, rows, council)
	pages := readBBox(t, render(t, "scores.pdf", d, DefaultSettings()))
	if len(pages) < 2 {
		t.Fatalf("60 rows must run over pages, got %d", len(pages))
	}
	s := DefaultSettings()
	for i, pg := range pages {
		if pg.Width < pg.Height {
			t.Fatalf("page %d is portrait (%gx%g)", i+1, pg.Width, pg.Height)
		}
		if len(findWords(pg, "Nguyễn")) > 0 && (len(findWords(pg, "Xếp")) == 0 || len(findWords(pg, "Hạng")) == 0) {
			t.Errorf("page %d has rows but not the table header", i+1)
		}
		for _, w := range pg.Words() {
			if w.XMin < mm(s.MarginLeft)-1 || w.XMax > pg.Width-mm(s.MarginRight)+1 || w.YMax > pg.Height-mm(s.MarginBottom)+1 {
				t.Errorf("page %d: %q outside the margins", i+1, w.Text)
			}
		}
	}
	var all strings.Builder
	for _, pg := range pages {
		for _, l := range pg.Lines {
			all.WriteString(l.Text() + "\n")
		}
	}
	for _, want := range []string{"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM", "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Trần Quang Minh", "Đỗ Thị Thu Trang", "Nguyễn Văn Số 59"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("scores PDF lacks %q", want)
		}
	}
}

func TestScoreSheetsOnePerScorer(t *testing.T) {
	needTools(t, "pdftotext")
	p := seedPlan(t)
	parts := []app.Participant{{ID: 1, Kind: app.KindCollective, Name: "Công an xã"}}
	members := []app.CouncilMember{{FullName: "Trần Quang Minh"}, {FullName: "Lê Văn Hùng"}}
	pages := readBBox(t, render(t, "sheets.pdf", ScoreSheetsDocument(p, sampleOrg(t), p.Rounds[0], app.KindCollective, parts, members), DefaultSettings()))
	found := 0
	for _, pg := range pages {
		for _, l := range pg.Lines {
			if strings.Contains(l.Text(), "Họ và tên người chấm:") {
				found++
			}
		}
	}
	if found != 2 || len(pages) < 2 {
		t.Fatalf("want one sheet per scorer, each on its own page: %d sheets on %d pages", found, len(pages))
	}
}
