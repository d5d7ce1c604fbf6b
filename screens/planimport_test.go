package screens

import (
	"os"
	"strings"
	"testing"
)

// "Nhập kế hoạch từ Word…" on the plan screen reads a file, shows each
// part beside its source and the plan check, and creates the plan as a
// draft only when the clerk confirms.
func TestImportPlanReviewThenCreate(t *testing.T) {
	ps, st := planScreen(t)
	tapButton(t, ps.shell.win.Content(), "Nhập kế hoạch từ Word…")
	ps.shell.win.Canvas().Overlays().Top().Hide() // the file chooser

	src, err := os.ReadFile("../app/planimport/testdata/seed-plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	rv := ps.reviewImport("ke-hoach.txt", src)
	if rv == nil {
		t.Fatal("no review")
	}
	var names []string
	for _, p := range rv.pages {
		names = append(names, p.name)
	}
	joined := strings.Join(names, "|")
	for _, want := range []string{"Tên văn bản, trích yếu", "Tiêu chí thi đua", "Khen thưởng", "Nơi nhận", "Kiểm tra kế hoạch (5)"} {
		if !strings.Contains(joined, want) {
			t.Errorf("review lacks %q: %s", want, joined)
		}
	}
	shown := texts(ps.shell.win.Canvas().Overlays().Top())
	if !strings.Contains(shown, "7 tiêu chí tập thể, 2 tiêu chí cá nhân, 3 hình thức khen thưởng") || !strings.Contains(shown, "Trong tệp") {
		t.Errorf("review dialog shows:\n%s", shown)
	}
	for i, p := range rv.pages {
		if p.name == "Tiêu chí thi đua" {
			rv.list.Select(i)
		}
	}
	if !strings.Contains(rv.source.Text, "- Đối với cá nhân:") || !strings.Contains(rv.plan.Text, "Cá nhân: 2 tiêu chí, tổng 100 điểm") {
		t.Errorf("criteria page:\nsource %s\nplan %s", rv.source.Text, rv.plan.Text)
	}
	if len(st.plans) != 1 {
		t.Fatal("a plan was created before the clerk confirmed")
	}
	id, err := rv.create()
	if err != nil || len(st.plans) != 2 || id != 2 {
		t.Fatalf("create: id %d, %v, %d plans", id, err, len(st.plans))
	}
	p := st.plans[1]
	if p.Number != "" || len(p.Criteria) != 9 || len(p.AwardForms) != 3 || ps.shell.CurrentPlan().ID != id {
		t.Fatalf("created plan: number %q, %d criteria, %d forms", p.Number, len(p.Criteria), len(p.AwardForms))
	}
}

func TestImportPlanRefusesDamagedFile(t *testing.T) {
	ps, st := planScreen(t)
	if rv := ps.reviewImport("ke-hoach.docx", []byte("PK\x03\x04 cut")); rv != nil {
		t.Fatal("a damaged file was reviewed")
	}
	if got := texts(ps.shell.win.Canvas().Overlays().Top()); !strings.Contains(got, "Không nhập được kế hoạch từ tệp ke-hoach.docx") ||
		!strings.Contains(got, "bị hỏng") {
		t.Errorf("message: %s", got)
	}
	if len(st.plans) != 1 {
		t.Fatal("a plan was created from a damaged file")
	}
}
