package screens

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// saveDelay is how long the editor waits after the last change before it
// saves, so typing a word is one save, not one per letter. Tests make it
// long and call Flush.
var saveDelay = 800 * time.Millisecond

// PlanEditor edits one plan. Changes save by themselves shortly after the
// clerk stops typing, each save one transaction with an audit line; fields
// that cannot be read (a date, a number) block saving until fixed and say so.
type PlanEditor struct {
	shell   *Shell
	plan    *app.Plan // the working copy
	status  *widget.Label
	invalid map[string]string // field → problem, while it cannot be read
	timer   *time.Timer
	dirty   bool
	saves   int
	onSaved func()
	tabs    *container.AppTabs
}

// NewPlanEditor returns an editor of a copy of p.
func NewPlanEditor(s *Shell, p *app.Plan) *PlanEditor {
	e := &PlanEditor{shell: s, plan: clonePlan(p), status: widget.NewLabel(""), invalid: map[string]string{}}
	e.status.Wrapping = fyne.TextWrapWord
	return e
}

func clonePlan(p *app.Plan) *app.Plan {
	cp := *p
	cp.LegalBasis = append([]string(nil), p.LegalBasis...)
	cp.Opening = append([]string(nil), p.Opening...)
	cp.Recipients = append([]string(nil), p.Recipients...)
	cp.SigningAuthority = append([]string(nil), p.SigningAuthority...)
	for _, list := range []*[]app.Item{&cp.Purposes, &cp.Requirements, &cp.Contents, &cp.StandardItems, &cp.Implementation} {
		*list = append([]app.Item(nil), *list...)
	}
	cp.Criteria = append([]app.Criterion(nil), p.Criteria...)
	cp.Rounds = append([]app.Round(nil), p.Rounds...)
	cp.AwardForms = make([]app.AwardForm, len(p.AwardForms))
	for i, a := range p.AwardForms {
		a.Quotas = append([]app.Quota(nil), a.Quotas...)
		cp.AwardForms[i] = a
	}
	return &cp
}

// changed schedules a save.
func (e *PlanEditor) changed() {
	e.dirty = true
	e.status.SetText("Đang sửa…")
	if e.timer != nil {
		e.timer.Stop()
	}
	e.timer = time.AfterFunc(saveDelay, func() { fyne.Do(e.Flush) })
}

// Flush saves pending changes now.
func (e *PlanEditor) Flush() {
	if e.timer != nil {
		e.timer.Stop()
	}
	if !e.dirty {
		return
	}
	// A field that cannot be read keeps its last good value in the plan,
	// so everything else is saved now and that field stays marked.
	cp := clonePlan(e.plan)
	if err := e.shell.deps.Store.UpdatePlan(cp); err != nil {
		e.status.Importance = widget.DangerImportance
		e.status.SetText("Chưa lưu. " + Message(err))
		return
	}
	e.adoptIDs(cp)
	e.dirty = false
	e.saves++
	saved := "Đã lưu lúc " + time.Now().Format("15:04:05")
	if len(e.invalid) > 0 {
		e.status.Importance = widget.DangerImportance
		e.status.SetText(saved + " — trừ các ô chưa đúng, hãy sửa: " + e.invalidText())
	} else {
		e.status.Importance = widget.SuccessImportance
		e.status.SetText(saved)
	}
	if e.onSaved != nil {
		e.onSaved()
	}
}

// adoptIDs copies the IDs the store gave to new criteria, forms and rounds.
func (e *PlanEditor) adoptIDs(saved *app.Plan) {
	for i := range e.plan.Criteria {
		e.plan.Criteria[i].ID = saved.Criteria[i].ID
	}
	for i := range e.plan.AwardForms {
		e.plan.AwardForms[i].ID = saved.AwardForms[i].ID
	}
	ids := map[string]int64{}
	for _, r := range saved.Rounds {
		ids[r.Key] = r.ID
	}
	for i := range e.plan.Rounds {
		e.plan.Rounds[i].ID = ids[e.plan.Rounds[i].Key]
	}
}

// Unsaved lists, after a Flush, the fields that could not be saved (one a
// line), "" when every field is saved.
func (e *PlanEditor) Unsaved() string {
	if len(e.invalid) == 0 && !e.dirty {
		return ""
	}
	if len(e.invalid) == 0 {
		return e.status.Text
	}
	return "• " + strings.ReplaceAll(e.invalidText(), "; ", "\n• ")
}

func (e *PlanEditor) invalidText() string {
	var keys []string
	for k := range e.invalid {
		keys = append(keys, k+": "+e.invalid[k])
	}
	sort.Strings(keys)
	return strings.Join(keys, "; ")
}

// text binds an entry to a string field.
func (e *PlanEditor) text(ptr *string) *widget.Entry {
	en := widget.NewEntry()
	en.SetText(*ptr)
	en.OnChanged = func(s string) { *ptr = s; e.changed() }
	return en
}

// longText binds a wrapping multi-line entry to a string field.
func (e *PlanEditor) longText(ptr *string) *widget.Entry {
	return multiline(*ptr, func(s string) { *ptr = s; e.changed() })
}

// date binds a dd/mm/yyyy entry to an ISO date field.
func (e *PlanEditor) date(name string, ptr *string) *widget.Entry {
	en := widget.NewEntry()
	en.SetPlaceHolder("ngày/tháng/năm")
	en.SetText(viet.DisplayISO(*ptr))
	en.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := viet.ParseDate(s)
		return err
	}
	en.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			*ptr = ""
			delete(e.invalid, name)
		} else if t, err := viet.ParseDate(s); err != nil {
			e.invalid[name] = err.Error()
		} else {
			*ptr = viet.ISO(t)
			delete(e.invalid, name)
		}
		e.changed()
	}
	return en
}

// number binds an entry to a float field (comma or dot as decimal mark).
func (e *PlanEditor) number(name string, ptr *float64, check func(float64) string) *widget.Entry {
	en := widget.NewEntry()
	en.SetText(strings.Replace(strconv.FormatFloat(*ptr, 'f', -1, 64), ".", ",", 1))
	problem := func(s string) string {
		v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(s), ",", ".", 1), 64)
		if err != nil {
			return fmt.Sprintf("%q không phải là số", s)
		}
		if msg := check(v); msg != "" {
			return msg
		}
		*ptr = v
		return ""
	}
	en.Validator = func(s string) error {
		if msg := problem(s); msg != "" {
			return fmt.Errorf("%s", msg)
		}
		return nil
	}
	en.OnChanged = func(s string) {
		if msg := problem(s); msg != "" {
			e.invalid[name] = msg
		} else {
			delete(e.invalid, name)
		}
		e.changed()
	}
	return en
}

// count binds an entry to a whole-number field that may not be negative.
func (e *PlanEditor) count(name string, ptr *int) *widget.Entry {
	v := float64(*ptr)
	en := e.number(name, &v, func(f float64) string {
		if f < 0 || f != float64(int(f)) {
			return "số lượng phải là số nguyên không âm"
		}
		*ptr = int(f)
		return ""
	})
	return en
}

// Content returns the editor: a toolbar and one tab per part of the plan.
// A tab's widgets are built when it is first opened.
func (e *PlanEditor) Content(toolbar fyne.CanvasObject) fyne.CanvasObject {
	parts := []struct {
		title string
		build func() fyne.CanvasObject
	}{
		// Short titles, so that all seven tabs show on an office screen
		// instead of the last ones hiding behind "⋯".
		{"Chung", e.generalTab},
		{"Căn cứ, mở đầu", e.openingTab},
		{"Mục đích", e.purposesTab},
		{"Tiêu chí", e.criteriaTab},
		{"Khen thưởng", e.awardsTab},
		{"Tổ chức, nơi nhận", e.closingTab},
		{"Các đợt", e.roundsTab},
	}
	tabs := container.NewAppTabs()
	built := map[int]bool{}
	for _, part := range parts {
		tabs.Append(container.NewTabItem(part.title, widget.NewLabel("")))
	}
	open := func(i int) {
		if !built[i] {
			built[i] = true
			tabs.Items[i].Content = scroll(parts[i].build())
			tabs.Refresh()
		}
	}
	tabs.OnSelected = func(item *container.TabItem) { open(tabs.SelectedIndex()) }
	open(0)
	e.tabs = tabs
	return container.NewBorder(container.NewVBox(toolbar, e.status), nil, nil, nil, tabs)
}

func scroll(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(o))
}

func (e *PlanEditor) generalTab() fyne.CanvasObject {
	p := e.plan
	form := widget.NewForm(
		widget.NewFormItem("Số", e.text(&p.Number)),
		widget.NewFormItem("Ký hiệu", e.text(&p.Symbol)),
		widget.NewFormItem("Ngày ban hành", e.date("Ngày ban hành", &p.IssuedOn)),
		widget.NewFormItem("Tên loại văn bản", e.text(&p.DocTitle)),
		widget.NewFormItem("Trích yếu", e.longText(&p.Subtitle)),
		widget.NewFormItem("Tên phong trào", e.longText(&p.MovementName)),
		widget.NewFormItem("Thi đua từ ngày", e.date("Thi đua từ ngày", &p.PeriodStart)),
		widget.NewFormItem("đến ngày", e.date("Thi đua đến ngày", &p.PeriodEnd)),
		widget.NewFormItem("Thời gian thi đua", e.longText(&p.PeriodText)),
		widget.NewFormItem("Đối tượng thi đua", e.text(&p.ParticipantsIntro)),
		widget.NewFormItem("Tập thể", e.longText(&p.ParticipantsCollective)),
		widget.NewFormItem("Cá nhân", e.longText(&p.ParticipantsIndividual)),
		widget.NewFormItem("Người ký", e.signerEntry()),
	)
	sig := newLinesEditor(&p.SigningAuthority, "Thêm dòng thẩm quyền ký", false, e.changed)
	return container.NewVBox(form, heading("Thẩm quyền ký (TM., KT., chức vụ)"), sig.box)
}

// signerEntry offers the signers of the settings, and free text.
func (e *PlanEditor) signerEntry() fyne.CanvasObject {
	signers, _ := e.shell.deps.Store.Signers()
	var names []string
	for _, s := range signers {
		if s.Active {
			names = append(names, s.FullName)
		}
	}
	sel := widget.NewSelectEntry(names)
	sel.SetText(e.plan.SignerName)
	sel.OnChanged = func(s string) { e.plan.SignerName = s; e.changed() }
	return sel
}

func (e *PlanEditor) openingTab() fyne.CanvasObject {
	p := e.plan
	return container.NewVBox(
		heading("Căn cứ (mỗi dòng một văn bản)"), newLinesEditor(&p.LegalBasis, "Thêm căn cứ", true, e.changed).box,
		heading("Đoạn mở đầu"), newLinesEditor(&p.Opening, "Thêm đoạn", true, e.changed).box,
	)
}

func (e *PlanEditor) purposesTab() fyne.CanvasObject {
	p := e.plan
	h := p.Headings
	return container.NewVBox(
		heading("I. "+h.Purposes+" — 1. "+h.Purpose), newItemsEditor(&p.Purposes, "Thêm mục đích", e.changed).box,
		heading("2. "+h.Requirement), newItemsEditor(&p.Requirements, "Thêm yêu cầu", e.changed).box,
		heading("II. "+h.Contents), newItemsEditor(&p.Contents, "Thêm nội dung", e.changed).box,
	)
}

func (e *PlanEditor) closingTab() fyne.CanvasObject {
	p := e.plan
	return container.NewVBox(
		heading(p.Headings.Implementation), newItemsEditor(&p.Implementation, "Thêm mục", e.changed).box,
		heading("Nơi nhận"), newLinesEditor(&p.Recipients, "Thêm nơi nhận", false, e.changed).box,
	)
}
