package screens

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/plancheck"
)

// PlanScreen lists the plans and edits the current one.
type PlanScreen struct {
	shell  *Shell
	editor *PlanEditor
	list   *widget.List
}

func buildPlanScreen(s *Shell) fyne.CanvasObject {
	return NewPlanScreen(s).Content()
}

// NewPlanScreen builds the plan screen for the shell's current plan.
func NewPlanScreen(s *Shell) *PlanScreen {
	ps := &PlanScreen{shell: s}
	if p := s.CurrentPlan(); p != nil {
		ps.editor = NewPlanEditor(s, p)
		ps.editor.onSaved = func() { s.planSaved(ps.editor.plan) }
		s.onLeave = ps.editor.Flush
		s.unsaved = ps.editor.Unsaved
	}
	return ps
}

// Editor returns the editor of the current plan, nil when there is none.
func (ps *PlanScreen) Editor() *PlanEditor { return ps.editor }

// Content returns the screen: the plan list on the left, the editor.
func (ps *PlanScreen) Content() fyne.CanvasObject {
	left := container.NewBorder(heading("Các kế hoạch"), ps.listButtons(), nil, nil, ps.planList())
	var right fyne.CanvasObject
	if ps.editor == nil {
		right = container.NewVBox(textLabel("Chưa có kế hoạch nào. Bấm “Kế hoạch mới” để soạn kế hoạch phát động phong trào, "+
			"hoặc nạp dữ liệu mẫu để xem kế hoạch mẫu."), container.NewHBox(ps.shell.sampleButton()))
	} else {
		right = ps.editor.Content(ps.toolbar())
	}
	split := container.NewHSplit(left, right)
	split.Offset = 0.22
	return split
}

func (ps *PlanScreen) planList() fyne.CanvasObject {
	plans := ps.shell.plans
	ps.list = widget.NewList(func() int { return len(plans) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := plans[i]
			text := fmt.Sprintf("%s — %s", app.NumberText(p.Number, p.Symbol), p.MovementName)
			if p.Status == app.PlanArchived {
				text = "[Lưu trữ] " + text
			}
			o.(*widget.Label).SetText(text)
		})
	for i, p := range plans {
		if cur := ps.shell.CurrentPlan(); cur != nil && cur.ID == p.ID {
			ps.list.Select(i)
		}
	}
	ps.list.OnSelected = func(i widget.ListItemID) {
		if cur := ps.shell.CurrentPlan(); cur == nil || cur.ID != plans[i].ID {
			ps.shell.OpenPlan(plans[i].ID)
		}
	}
	return ps.list
}

func (ps *PlanScreen) listButtons() fyne.CanvasObject {
	newPlan := widget.NewButtonWithIcon("Kế hoạch mới", theme.ContentAddIcon(), ps.onNew)
	dup := widget.NewButtonWithIcon("Nhân bản", theme.ContentCopyIcon(), ps.onDuplicate)
	archive := widget.NewButtonWithIcon("Lưu trữ", theme.FolderIcon(), ps.onArchive)
	fromWord := widget.NewButtonWithIcon("Nhập kế hoạch từ Word…", theme.FolderOpenIcon(), ps.onImportPlan)
	if cur := ps.shell.CurrentPlan(); cur == nil {
		dup.Disable()
		archive.Disable()
	} else if cur.Status == app.PlanArchived {
		archive.SetText("Dùng lại")
	}
	return container.NewVBox(newPlan, fromWord, dup, archive)
}

func (ps *PlanScreen) toolbar() fyne.CanvasObject {
	return container.NewHBox(
		widget.NewButtonWithIcon("Kiểm tra kế hoạch", theme.SearchIcon(), ps.onCheck),
		widget.NewButtonWithIcon("Xem / In", theme.DocumentPrintIcon(), ps.onPrint),
		widget.NewButtonWithIcon("Lưu PDF…", theme.DocumentSaveIcon(), ps.onExportPDF),
		widget.NewButtonWithIcon("Lưu Word…", theme.DocumentSaveIcon(), ps.onExportWord),
	)
}

// onNew asks for the movement's name and period, then creates the plan.
func (ps *PlanScreen) onNew() {
	name := widget.NewEntry()
	name.SetPlaceHolder("ví dụ: Thi đua chung sức xây dựng nông thôn mới")
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("nhập tên phong trào")
		}
		return nil
	}
	year := time.Now().Year()
	from, to := widget.NewEntry(), widget.NewEntry()
	from.SetText(fmt.Sprint(year))
	to.SetText(fmt.Sprint(year + 1))
	fromSeed := widget.NewCheck("Chép nội dung từ kế hoạch mẫu có sẵn (rồi sửa lại)", nil)
	items := []*widget.FormItem{
		widget.NewFormItem("Tên phong trào", name),
		widget.NewFormItem("Từ năm", from),
		widget.NewFormItem("Đến năm", to),
		widget.NewFormItem("", fromSeed),
	}
	formDialog(ps.shell.win, "Kế hoạch mới", "Tạo", "Hủy", items, func() bool {
		var y1, y2 int
		if _, err := fmt.Sscan(from.Text, &y1); err != nil || y1 < 2000 {
			ps.shell.showError(fmt.Errorf("năm bắt đầu %q không hợp lệ — nhập 4 chữ số, ví dụ %d", from.Text, year))
			return false
		}
		if _, err := fmt.Sscan(to.Text, &y2); err != nil || y2 < y1 || y2 > y1+10 {
			ps.shell.showError(fmt.Errorf("năm kết thúc %q không hợp lệ — phải từ %d đến %d", to.Text, y1, y1+10))
			return false
		}
		p := app.NewPlan(strings.TrimSpace(name.Text), y1, y2)
		if fromSeed.Checked {
			p = ps.fromSeed(p)
		}
		id, err := ps.shell.deps.Store.CreatePlan(p)
		if err != nil {
			ps.shell.showError(err)
			return false
		}
		ps.shell.OpenPlan(id)
		return true
	}).Show()
}

// fromSeed returns the embedded sample plan's body for the movement and
// years of p (see app.FromTemplate).
func (ps *PlanScreen) fromSeed(p *app.Plan) *app.Plan {
	seed, err := app.ParsePlanJSON(ps.shell.deps.SeedPlan)
	if err != nil {
		ps.shell.showError(err)
		return p
	}
	return app.FromTemplate(seed, p)
}

func (ps *PlanScreen) onDuplicate() {
	cur := ps.shell.CurrentPlan()
	ps.editor.Flush()
	id, err := ps.shell.deps.Store.DuplicatePlan(cur.ID)
	if err != nil {
		ps.shell.showError(err)
		return
	}
	ps.shell.OpenPlan(id)
}

func (ps *PlanScreen) onArchive() {
	cur := ps.shell.CurrentPlan()
	status, question := app.PlanArchived, "Đưa kế hoạch “%s” vào lưu trữ? Dữ liệu vẫn được giữ và có thể dùng lại."
	if cur.Status == app.PlanArchived {
		status, question = app.PlanActive, "Dùng lại kế hoạch “%s”?"
	}
	dialog.ShowConfirm("Lưu trữ kế hoạch", fmt.Sprintf(question, cur.MovementName), func(ok bool) {
		if !ok {
			return
		}
		ps.editor.Flush()
		if err := ps.shell.deps.Store.SetPlanStatus(cur.ID, status); err != nil {
			ps.shell.showError(err)
			return
		}
		ps.shell.OpenPlan(cur.ID)
	}, ps.shell.win)
}

// onCheck runs the plan check and lists the findings.
func (ps *PlanScreen) onCheck() {
	ps.editor.Flush()
	org, _ := ps.shell.deps.Store.Organisation()
	findings := plancheck.Check(ps.editor.plan, org)
	if len(findings) == 0 {
		dialog.ShowInformation("Kiểm tra kế hoạch", "Không phát hiện lỗi nào.", ps.shell.win)
		return
	}
	var b strings.Builder
	for i, f := range findings {
		fmt.Fprintf(&b, "%d. %s\n   %s\n   Gợi ý: %s\n\n", i+1, f.Where, f.Message, f.Fix)
	}
	l := widget.NewLabel(b.String())
	l.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(l)
	sc.SetMinSize(fyne.NewSize(760, 420))
	dialog.ShowCustom(fmt.Sprintf("Kiểm tra kế hoạch: %d điểm cần xem lại", len(findings)), "Đóng", sc, ps.shell.win)
}

// renderPDF renders the plan being edited.
func (ps *PlanScreen) renderPDF() ([]byte, error) {
	ps.editor.Flush()
	org, err := ps.shell.deps.Store.Organisation()
	if err != nil {
		return nil, err
	}
	page, err := ps.shell.deps.Store.Setting(document.SettingsKey)
	if err != nil {
		return nil, err
	}
	ss, err := ps.shell.deps.Store.Signers()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := ps.shell.deps.RenderPlan(app.WithPlanSigner(ps.editor.plan, ss), org, page, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (ps *PlanScreen) onExportPDF() {
	pdf, err := ps.renderPDF()
	if err != nil {
		ps.shell.showError(err)
		return
	}
	ps.shell.saveAs(pdf, "Kế hoạch "+ps.editor.plan.MovementName)
}

// onExportWord saves the plan as an editable Word file.
func (ps *PlanScreen) onExportWord() {
	b, err := ps.wordFile()
	if err != nil {
		ps.shell.showError(err)
		return
	}
	ps.shell.saveFile(b, app.SafeFileName("Kế hoạch "+ps.editor.plan.MovementName, ".docx"))
}

// wordFile is the plan being edited as a Word file.
func (ps *PlanScreen) wordFile() ([]byte, error) {
	ps.editor.Flush()
	org, err := ps.shell.deps.Store.Organisation()
	if err != nil {
		return nil, err
	}
	ss, err := ps.shell.deps.Store.Signers()
	if err != nil {
		return nil, err
	}
	d, err := document.PlanDocument(app.WithPlanSigner(ps.editor.plan, ss), org)
	if err != nil {
		return nil, err
	}
	return ps.shell.paperFile(d, dossier.FormatWord)
}

func (ps *PlanScreen) onPrint() {
	pdf, err := ps.renderPDF()
	if err != nil {
		ps.shell.showError(err)
		return
	}
	ps.shell.handOver(pdf, "Kế hoạch "+ps.editor.plan.MovementName, true)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
