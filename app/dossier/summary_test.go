package dossier

import (
	"bytes"
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/stats"
)

// TestSummaryReportIssueAndReprint: the Báo cáo of round 2024 carries the
// figures, the two charts, the names awarded and the clerk's parts; issued
// it takes the next BC-UBND number and prints again byte for byte after
// the records and the clerk's texts change.
func TestSummaryReportIssueAndReprint(t *testing.T) {
	f := newFixture(t)
	f.ready(t)
	dec, err := f.desk.DecisionDraft(f.plan.ID, f.round.ID, f.form.ID, "2024-12-20")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.desk.Issue(dec, "2024-12-20", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID, AwardFormID: f.form.ID}); err != nil {
		t.Fatal(err)
	}
	texts := document.SummaryTexts{Results: "- Tuyên truyền, quán triệt: 12 buổi, 100% cán bộ tham gia.",
		Shortcomings: "- Một số đơn vị nộp hồ sơ chậm.", Lessons: "Phát huy vai trò người đứng đầu.",
		Directions: "Tiếp tục nhân rộng điển hình tiên tiến."}
	if err := f.st.SaveSetting(SummaryTextsKey(f.plan.ID, "2024"), EncodeSummaryTexts(texts)); err != nil {
		t.Fatal(err)
	}
	snap, err := f.desk.SummaryDraft(f.plan.ID, "2024", "2024-12-25")
	if err != nil {
		t.Fatal(err)
	}
	in := snap.Summary
	if snap.Kind != app.DocReport || in.Final || len(in.Charts) != 2 || in.Figures.Key != "2024" {
		t.Fatalf("draft: kind %s final %v charts %d figures %s", snap.Kind, in.Final, len(in.Charts), in.Figures.Key)
	}
	// The report of 2024 lists the rounds up to its own, ending with a stop.
	if len(in.Rounds) != 1 || !strings.HasPrefix(in.Rounds[0], "Năm 2024") || !strings.HasSuffix(in.Rounds[0], ".") {
		t.Errorf("rounds listed: %q", in.Rounds)
	}
	// Before 01/07/2025 the commune reports to the district of its period.
	if strings.Join(in.To, " ") != "Ủy ban nhân dân thị xã Mỹ Hào; Phòng Nội vụ thị xã Mỹ Hào." {
		t.Errorf("Kính gửi %v", in.To)
	}
	var awarded []string
	for _, a := range in.Awards {
		awarded = append(awarded, a.Awarded...)
	}
	if len(awarded) != 2 {
		t.Fatalf("awarded names %v, want the 2 of the decision", awarded)
	}
	doc, err := f.desk.Issue(snap, "2024-12-25", app.Document{PlanID: f.plan.ID, RoundID: f.round.ID})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Number != 1 || doc.Symbol != "BC-UBND" || doc.Kind != app.DocReport {
		t.Fatalf("issued %d %s %s", doc.Number, doc.Symbol, doc.Kind)
	}
	if n := bytes.Count(doc.PDF, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d pictures in the report, want 2 charts", n)
	}
	text := pdfText(t, doc.PDF)
	for _, want := range append([]string{"Số: 01/BC-UBND", "BÁO CÁO", "Kết quả phong trào thi đua", "Có 13 tập thể và 42 cá nhân được chấm điểm",
		"Biểu đồ 1. Phân bố tổng điểm", "Biểu đồ 2.", "Một số đơn vị nộp hồ sơ chậm.", "Phát huy vai trò người đứng đầu.",
		"Tiếp tục nhân rộng điển hình tiên tiến.", "Đã khen thưởng 2 cá nhân.", "Ghi chú: TT là tập thể, CN là cá nhân.",
		"Ủy ban nhân dân xã Hòa Phong ban hành Kế hoạch số 12/KH-UBND ngày 02 tháng 12 năm 2024 phát động"}, awarded...) {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if err := f.st.SaveSetting(SummaryTextsKey(f.plan.ID, "2024"), EncodeSummaryTexts(document.SummaryTexts{Lessons: "Khác hẳn."})); err != nil {
		t.Fatal(err)
	}
	if err := f.st.SaveOrganisation(app.Organisation{Name: "Ủy ban nhân dân xã Tân Tiến", Place: "Tân Tiến", Abbreviation: "UBND", Level: "xa"}); err != nil {
		t.Fatal(err)
	}
	pdf, _, err := f.desk.Reprint(doc.ID)
	if err != nil || !bytes.Equal(pdf, doc.PDF) {
		t.Errorf("re-print differs from the issued report (%v)", err)
	}
	stored, _ := f.st.Document(doc.ID)
	again, _ := document.ParseSnapshot(stored.Snapshot)
	if fresh, err := f.desk.Render(again); err != nil || !bytes.Equal(fresh, doc.PDF) {
		t.Errorf("printing the report again from its snapshot is not byte-identical (%v)", err)

	}
}

// TestSummaryOfTheMovement: the final round's report is a tổng kết of
// every round, compared, sent to the province after 01/07/2025; before
// the clerk writes, the results are prefilled with the plan's contents.
func TestSummaryOfTheMovement(t *testing.T) {
	f := newFixture(t)
	snap, err := f.desk.SummaryDraft(f.plan.ID, app.RoundFinalKey, "2026-12-20")
	if err != nil {
		t.Fatal(err)
	}
	in := snap.Summary
	if !in.Final || in.Compare == nil || len(in.Compare.Rows) != len(f.plan.Rounds)+1 || in.Figures.Key != "all" {
		t.Fatalf("tổng kết: final %v compare %v figures %s", in.Final, in.Compare, in.Figures.Key)
	}
	if strings.Join(in.To, " ") != "Ủy ban nhân dân tỉnh Hưng Yên; Sở Nội vụ tỉnh Hưng Yên." {
		t.Errorf("Kính gửi %v", in.To)
	}
	if n := strings.Count(in.Texts.Results, "\n") + 1; n != len(f.plan.Contents) {
		t.Errorf("results prefilled with %d lines, the plan has %d contents", n, len(f.plan.Contents))
	}
	pdf, err := f.desk.Render(snap)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"Tổng kết phong trào thi đua", "So sánh kết quả giữa các đợt", "Cả phong trào", "Biểu đồ 1. Kết quả xếp loại qua các đợt"} {
		if !strings.Contains(text, want) {
			t.Errorf("tổng kết lacks %q", want)
		}
	}
	if _, err := f.desk.SummaryDraft(f.plan.ID, "1999", ""); err == nil {
		t.Error("a report of a round the plan does not have")
	}
}

// TestRoundLineCountsAwardsWithoutScores: a round whose awards were
// decided without scores in the app says both, not "chưa chấm điểm" alone.
func TestRoundLineCountsAwardsWithoutScores(t *testing.T) {
	p := &app.Plan{Rounds: []app.Round{{Key: "2025", StartsOn: "2025-01-01", EndsOn: "2025-12-31"}}}
	r := stats.Round{Key: "2025", Name: "Năm 2025", Awards: []stats.Award{{Awarded: stats.Count{Individuals: 2}}}}
	if got, want := roundLine(p, r), "Năm 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025): chưa chấm điểm; 2 lượt được khen thưởng;"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	r.Awards = nil
	if got := roundLine(p, r); !strings.HasSuffix(got, ": chưa chấm điểm;") {
		t.Errorf("a round with nothing: %q", got)
	}
}
