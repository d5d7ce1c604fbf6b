package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// criteriaTab edits the criteria of both kinds.
func (e *PlanEditor) criteriaTab() fyne.CanvasObject {
	box := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		box.Objects = nil
		for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
			box.Add(e.criteriaOf(k, rebuild))
			box.Add(widget.NewSeparator())
		}
		box.Refresh()
	}
	rebuild()
	return box
}

func (e *PlanEditor) criteriaOf(k app.Kind, rebuild func()) fyne.CanvasObject {
	p := e.plan
	var idx []int
	for i, c := range p.Criteria {
		if c.Kind == k {
			idx = append(idx, i)
		}
	}
	rows := container.NewVBox()
	for n, i := range idx {
		c := &p.Criteria[i]
		name := fmt.Sprintf("Tiêu chí %s %d", strings.ToLower(k.Label()), n+1)
		text := multiline(c.Text, func(s string) { c.Text = s; e.changed() })
		short := e.text(&c.ShortText)
		short.SetPlaceHolder("tên ngắn trên bảng điểm")
		points := e.number(name, &c.MaxPoints, func(v float64) string {
			if v <= 0 || v*2 != float64(int(v*2)) {
				return "điểm tối đa phải lớn hơn 0, bước 0,5"
			}
			return ""
		})
		move := func(from, to int) {
			if to >= 0 && to < len(idx) {
				p.Criteria[idx[from]], p.Criteria[idx[to]] = p.Criteria[idx[to]], p.Criteria[idx[from]]
				rebuild()
				e.changed()
			}
		}
		remove := func(j int) {
			c := p.Criteria[idx[j]]
			e.askRemove(fmt.Sprintf("tiêu chí %d (%s)", j+1, orDash(c.ShortText)), c.ID, func(u app.PlanUse) map[int64]string { return u.Criteria }, func() {
				p.Criteria = removeAt(p.Criteria, idx[j])
				rebuild()
				e.changed()
			})
		}
		side := container.NewVBox(container.NewGridWrap(fyne.NewSize(110, 36), points), moveButtons(n, len(idx), move, remove))
		rows.Add(container.NewBorder(nil, nil, widget.NewLabel(fmt.Sprintf("%d.", n+1)), side, container.NewVBox(text, short)))
	}
	add := widget.NewButtonWithIcon("Thêm tiêu chí", theme.ContentAddIcon(), func() {
		p.Criteria = append(p.Criteria, app.Criterion{Kind: k})
		pts := app.EqualPoints(len(idx) + 1)
		p.Criteria[len(p.Criteria)-1].MaxPoints = pts[len(pts)-1]
		rebuild()
		e.changed()
	})
	split := widget.NewButton("Chia đều 100 điểm", func() {
		pts := app.EqualPoints(len(idx))
		for n, i := range idx {
			p.Criteria[i].MaxPoints = pts[n]
		}
		rebuild()
		e.changed()
	})
	title := fmt.Sprintf("Tiêu chí cho %s — tổng %g điểm", strings.ToLower(k.Label()), p.SumPoints(k))
	return container.NewVBox(heading(title), rows, container.NewHBox(add, split))
}

var levelOrder = []app.Level{app.LevelCommune, app.LevelDistrict, app.LevelProvince}

var classOrder = []app.Classification{app.ClassExcellent, app.ClassGood, app.ClassPass}

// awardsTab edits section V: who is awarded, standards, and the forms.
func (e *PlanEditor) awardsTab() fyne.CanvasObject {
	p := e.plan
	forms := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		forms.Objects = nil
		for i := range p.AwardForms {
			forms.Add(e.awardForm(i, rebuild))
		}
		forms.Refresh()
	}
	rebuild()
	add := widget.NewButtonWithIcon("Thêm hình thức khen thưởng", theme.ContentAddIcon(), func() {
		p.AwardForms = append(p.AwardForms, app.AwardForm{
			Name: "Giấy khen của Chủ tịch Ủy ban nhân dân xã", IssuerLevel: app.LevelCommune,
			Issuer: "Chủ tịch Ủy ban nhân dân xã", ForCollectives: true, ForIndividuals: true,
			MinClassification: app.ClassGood, VoteMethod: app.VoteSecret, VoteThreshold: 70, VoteBase: app.BaseAllMembers,
			Quotas: []app.Quota{{RoundKind: app.RoundAnnual, Text: app.Item{Marker: "-"}}, {RoundKind: app.RoundFinal, Text: app.Item{Marker: "-"}}},
		})
		rebuild()
		e.changed()
	})
	form := widget.NewForm(
		widget.NewFormItem(p.Headings.AwardSubjects, e.longText(&p.AwardSubjects)),
		widget.NewFormItem(p.Headings.AwardStandards, e.longText(&p.AwardStandards)),
	)
	return container.NewVBox(form, heading("Tiêu chuẩn hằng năm, tổng kết"),
		newItemsEditor(&p.StandardItems, "Thêm đoạn", e.changed).box,
		heading(p.Headings.AwardForms), forms, container.NewHBox(add))
}

func (e *PlanEditor) awardForm(i int, rebuild func()) fyne.CanvasObject {
	p := e.plan
	a := &p.AwardForms[i]
	name := fmt.Sprintf("Hình thức %d", i+1)
	level := widget.NewSelect([]string{levelOrder[0].Label(), levelOrder[1].Label(), levelOrder[2].Label()}, nil)
	level.SetSelected(a.IssuerLevel.Label())
	level.OnChanged = func(s string) {
		for _, l := range levelOrder {
			if l.Label() == s {
				a.IssuerLevel = l
			}
		}
		e.changed()
	}
	forCol := e.check("Tập thể", &a.ForCollectives)
	forInd := e.check("Cá nhân", &a.ForIndividuals)
	minClass := widget.NewSelect([]string{classOrder[0].Label(), classOrder[1].Label(), classOrder[2].Label()}, nil)
	minClass.SetSelected(a.MinClassification.Label())
	minClass.OnChanged = func(s string) {
		for _, c := range classOrder {
			if c.Label() == s {
				a.MinClassification = c
			}
		}
		e.changed()
	}
	method := widget.NewSelect([]string{app.VoteSecret.Label(), app.VoteHands.Label()}, nil)
	method.SetSelected(a.VoteMethod.Label())
	method.OnChanged = func(s string) {
		a.VoteMethod = app.VoteSecret
		if s == app.VoteHands.Label() {
			a.VoteMethod = app.VoteHands
		}
		e.changed()
	}
	base := widget.NewSelect([]string{app.BaseAllMembers.Label(), app.BasePresent.Label()}, nil)
	base.SetSelected(a.VoteBase.Label())
	base.OnChanged = func(s string) {
		a.VoteBase = app.BaseAllMembers
		if s == app.BasePresent.Label() {
			a.VoteBase = app.BasePresent
		}
		e.changed()
	}
	threshold := e.number(name+" tỷ lệ", &a.VoteThreshold, func(v float64) string {
		if v <= 0 || v > 100 {
			return "tỷ lệ phải trong khoảng 1–100 %"
		}
		return ""
	})
	form := widget.NewForm(
		widget.NewFormItem("Tên", e.longText(&a.Name)),
		widget.NewFormItem("Tên ngắn", e.text(&a.ShortName)),
		widget.NewFormItem("Người tặng", e.text(&a.Issuer)),
		widget.NewFormItem("Cấp", level),
		widget.NewFormItem("Dành cho", container.NewHBox(forCol, forInd)),
		widget.NewFormItem("Xếp loại tối thiểu", minClass),
		widget.NewFormItem("Biểu quyết", container.NewHBox(method, widget.NewLabel("đạt từ"),
			container.NewGridWrap(fyne.NewSize(80, 36), threshold), widget.NewLabel("% của"), base)),
	)
	for _, rk := range []app.RoundKind{app.RoundAnnual, app.RoundFinal} {
		form.Append("Số lượng "+strings.ToLower(rk.Label()), e.quota(a, rk, name, rebuild))
	}
	move := func(from, to int) { swap(p.AwardForms, from, to); rebuild(); e.changed() }
	remove := func(j int) {
		e.askRemove("hình thức “"+p.AwardForms[j].Name+"”", p.AwardForms[j].ID, func(u app.PlanUse) map[int64]string { return u.AwardForms }, func() {
			p.AwardForms = removeAt(p.AwardForms, j)
			rebuild()
			e.changed()
		})
	}
	return widget.NewCard("", "", container.NewBorder(nil, nil, nil,
		container.NewVBox(moveButtons(i, len(p.AwardForms), move, remove)), form))
}

// check binds a check box to a bool field. The value is set before the
// callback so that building the form saves nothing.
func (e *PlanEditor) check(label string, ptr *bool) *widget.Check {
	c := widget.NewCheck(label, nil)
	c.SetChecked(*ptr)
	c.OnChanged = func(b bool) { *ptr = b; e.changed() }
	return c
}

// quota edits the quota of form a for rounds of kind rk.
func (e *PlanEditor) quota(a *app.AwardForm, rk app.RoundKind, name string, rebuild func()) fyne.CanvasObject {
	idx := -1
	for i := range a.Quotas {
		if a.Quotas[i].RoundKind == rk {
			idx = i
		}
	}
	if idx < 0 {
		return widget.NewButton("Đặt số lượng", func() {
			a.Quotas = append(a.Quotas, app.Quota{RoundKind: rk, Text: app.Item{Marker: "-"}})
			rebuild()
			e.changed()
		})
	}
	q := &a.Quotas[idx]
	where := name + " " + strings.ToLower(rk.Label())
	col, ind, tot := e.count(where+" tập thể", &q.Collectives), e.count(where+" cá nhân", &q.Individuals), e.count(where+" tổng số", &q.Total)
	atMost := e.check("“không quá”", &q.AtMost)
	small := func(o fyne.CanvasObject) fyne.CanvasObject { return container.NewGridWrap(fyne.NewSize(64, 36), o) }
	nums := container.NewHBox(small(col), widget.NewLabel("tập thể +"), small(ind), widget.NewLabel("cá nhân, hoặc tổng"), small(tot), atMost)
	text := multiline(q.Text.Text, func(s string) { q.Text.Text = s; e.changed() })
	return container.NewVBox(nums, text)
}

// roundsTab edits the rounds and the classification thresholds.
func (e *PlanEditor) roundsTab() fyne.CanvasObject {
	p := e.plan
	rows := container.NewVBox()
	var rebuild func()
	rebuild = func() {
		rows.Objects = nil
		for i := range p.Rounds {
			r := &p.Rounds[i]
			name := "Đợt " + r.Key
			kind := widget.NewSelect([]string{app.RoundAnnual.Label(), app.RoundFinal.Label()}, nil)
			kind.SetSelected(r.Kind.Label())
			kind.OnChanged = func(s string) {
				r.Kind = app.RoundAnnual
				if s == app.RoundFinal.Label() {
					r.Kind = app.RoundFinal
				}
				e.changed()
			}
			remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				e.askRemove("đợt “"+orDash(r.Name)+"”", r.ID, func(u app.PlanUse) map[int64]string { return u.Rounds }, func() {
					p.Rounds = removeAt(p.Rounds, i)
					rebuild()
					e.changed()
				})
			})
			grid := container.NewGridWithColumns(6, e.text(&r.Key), kind, e.text(&r.Name),
				e.date(name+" bắt đầu", &r.StartsOn), e.date(name+" kết thúc", &r.EndsOn), e.date(name+" bình xét", &r.DecidedOn))
			rows.Add(container.NewBorder(nil, nil, nil, remove, grid))
		}
		rows.Refresh()
	}
	rebuild()
	add := widget.NewButtonWithIcon("Thêm đợt", theme.ContentAddIcon(), func() {
		p.Rounds = append(p.Rounds, app.Round{Kind: app.RoundAnnual})
		rebuild()
		e.changed()
	})
	header := container.NewGridWithColumns(6, widget.NewLabel("Mã (năm)"), widget.NewLabel("Loại"), widget.NewLabel("Tên đợt"),
		widget.NewLabel("Bắt đầu"), widget.NewLabel("Kết thúc"), widget.NewLabel("Ngày bình xét"))
	t := &p.Thresholds
	pct := func(name string, ptr *float64) *widget.Entry {
		return e.number(name, ptr, func(v float64) string {
			if v < 0 || v > 100 {
				return "ngưỡng phải trong khoảng 0–100 %"
			}
			return ""
		})
	}
	thresholds := widget.NewForm(
		widget.NewFormItem("Xuất sắc từ (% điểm tối đa)", pct("Ngưỡng Xuất sắc", &t.Excellent)),
		widget.NewFormItem("Tốt từ", pct("Ngưỡng Tốt", &t.Good)),
		widget.NewFormItem("Đạt từ", pct("Ngưỡng Đạt", &t.Pass)),
	)
	several := e.check("Các thành viên hội đồng chấm riêng; điểm hội đồng là điểm trung bình", &p.SeveralScorers)
	trim := e.check("Bỏ điểm cao nhất và thấp nhất khi tính trung bình (từ 3 người chấm)", &p.TrimExtremes)
	return container.NewVBox(heading("Các đợt bình xét"), header, rows, container.NewHBox(add),
		widget.NewSeparator(), heading("Ngưỡng xếp loại"), thresholds,
		widget.NewSeparator(), heading("Cách chấm điểm"), several, trim)
}

// askRemove removes a part of the plan (what names it) after the clerk
// confirms, or says why it cannot be removed when the record uses it (a
// scored criterion, a form with nominations, a round with scores).
func (e *PlanEditor) askRemove(what string, id int64, uses func(app.PlanUse) map[int64]string, remove func()) {
	win := e.shell.win
	if id != 0 {
		u, err := e.shell.deps.Store.PlanUse(e.plan.ID)
		if err != nil {
			e.shell.showError(err)
			return
		}
		if by := uses(u)[id]; by != "" {
			dialog.ShowInformation("Không xóa được", "Không xóa được "+what+": đã có "+by+
				" gắn với mục này. Hãy sửa nội dung thay vì xóa.", win)
			return
		}
	}
	confirmIrreversible(win, "Xóa "+what+"?", "Xóa "+what+" khỏi kế hoạch. Kế hoạch được lưu ngay sau khi xóa; "+
		"muốn có lại thì phải nhập lại.", "Xóa", remove)
}
