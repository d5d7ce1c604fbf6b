package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/plancheck"
	"thidua/app/planimport"
	"thidua/app/viet"
)

// planReview is the review step of "Nhập kế hoạch từ Word…": the plan as
// recognised from a file, shown part by part beside the source text, with
// what could not be placed and the plan check's findings, before the
// clerk creates it.
type planReview struct {
	ps       *PlanScreen
	file     string
	result   *planimport.Result
	findings []plancheck.Finding
	pages    []reviewPage
	list     *widget.List
	source   *widget.Label
	plan     *widget.Label
	dialog   dialog.Dialog
}

// reviewPage is one entry of the review's list: a part of the plan, the
// paragraphs kept as free text, or the plan check.
type reviewPage struct {
	name         string
	source, plan string
}

// onImportPlan asks for a Word or text file and shows its review.
func (ps *PlanScreen) onImportPlan() {
	ps.shell.openFile([]string{".docx", ".txt", ".DOCX", ".TXT"}, 0, func(name string, b []byte) { ps.reviewImport(name, b) })
}

// reviewImport reads the file and shows what was recognised; a file that
// holds no plan is refused with the reason and nothing is created.
func (ps *PlanScreen) reviewImport(name string, b []byte) *planReview {
	r, err := planimport.Import(name, b)
	if err != nil {
		ps.shell.showError(fmt.Errorf("Không nhập được kế hoạch từ tệp %s: %w", name, err))
		return nil
	}
	org, err := ps.shell.deps.Store.Organisation()
	if err != nil {
		ps.shell.showError(err)
		return nil
	}
	rv := &planReview{ps: ps, file: name, result: r, findings: plancheck.Check(r.Plan, org)}
	rv.buildPages()
	rv.show()
	return rv
}

func (rv *planReview) buildPages() {
	for _, part := range rv.result.Parts {
		rv.pages = append(rv.pages, reviewPage{name: part.Name,
			source: strings.Join(part.Source, "\n"), plan: strings.Join(part.Plan, "\n")})
	}
	if n := len(rv.result.Unplaced); n > 0 {
		var src, kept []string
		for _, u := range rv.result.Unplaced {
			src = append(src, fmt.Sprintf("[%s] %s", u.Section, u.Text))
			kept = append(kept, fmt.Sprintf("Giữ nguyên văn ở phần “%s”: %s", u.KeptIn, u.Text))
		}
		rv.pages = append(rv.pages, reviewPage{name: fmt.Sprintf("Chưa xếp được (%d đoạn)", n),
			source: strings.Join(src, "\n\n"), plan: strings.Join(kept, "\n\n")})
	}
	var check []string
	for i, f := range rv.findings {
		check = append(check, fmt.Sprintf("%d. %s\n%s\nGợi ý: %s", i+1, f.Where, f.Message, f.Fix))
	}
	if len(check) == 0 {
		check = []string{"Không phát hiện lỗi nào."}
	}
	notes := "Không có."
	if len(rv.result.Notes) > 0 {
		notes = "- " + strings.Join(rv.result.Notes, "\n- ")
	}
	rv.pages = append(rv.pages, reviewPage{name: fmt.Sprintf("Kiểm tra kế hoạch (%d)", len(rv.findings)),
		source: "Cần xem lại khi nhập:\n" + notes, plan: strings.Join(check, "\n\n")})
}

// summary is the line above the review: the movement, where it came from,
// and what the plan holds.
func (rv *planReview) summary() string {
	p, s := rv.result.Plan, rv.result.Source
	from := rv.file
	if s.Issuer != "" {
		from += " — " + s.Issuer
	}
	if s.Number != "" {
		from += ", số " + app.NumberText(s.Number, s.Symbol)
	}
	if s.Date != "" {
		from += ", ngày " + viet.DisplayISO(s.Date)
	}
	return fmt.Sprintf("Phong trào “%s” (%s).\n%d tiêu chí tập thể, %d tiêu chí cá nhân, %d hình thức khen thưởng, %d nơi nhận. "+
		"Kế hoạch được tạo là bản dự thảo, chưa có số; sửa tiếp trong màn hình Kế hoạch.",
		p.MovementName, from, len(p.CriteriaOf(app.KindCollective)), len(p.CriteriaOf(app.KindIndividual)),
		len(p.AwardForms), len(p.Recipients))
}

func (rv *planReview) show() {
	rv.source, rv.plan = textLabel(""), textLabel("")
	rv.list = widget.NewList(func() int { return len(rv.pages) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(rv.pages[i].name) })
	rv.list.OnSelected = rv.showPage
	cols := container.NewGridWithColumns(2,
		container.NewBorder(heading("Trong tệp"), nil, nil, nil, container.NewVScroll(rv.source)),
		container.NewBorder(heading("Ứng dụng hiểu là"), nil, nil, nil, container.NewVScroll(rv.plan)))
	split := container.NewHSplit(rv.list, cols)
	split.Offset = 0.2
	content := container.NewBorder(textLabel(rv.summary()), nil, nil, nil, split)
	rv.dialog = dialog.NewCustomConfirm("Nhập kế hoạch từ Word — xem lại trước khi tạo", "Tạo kế hoạch", "Hủy", content,
		func(ok bool) {
			if ok {
				rv.create()
			}
		}, rv.ps.shell.win)
	size := rv.ps.shell.win.Canvas().Size()
	rv.dialog.Resize(fyne.NewSize(size.Width*0.96, size.Height*0.94))
	rv.list.Select(0)
	rv.dialog.Show()
}

func (rv *planReview) showPage(i widget.ListItemID) {
	if i < 0 || i >= len(rv.pages) {
		return
	}
	rv.source.SetText(rv.pages[i].source)
	rv.plan.SetText(rv.pages[i].plan)
}

// create stores the plan as a new draft and opens it.
func (rv *planReview) create() (int64, error) {
	id, err := rv.ps.shell.deps.Store.CreatePlan(rv.result.Plan)
	if err != nil {
		rv.ps.shell.showError(err)
		return 0, err
	}
	rv.ps.shell.OpenPlan(id)
	return id, nil
}
