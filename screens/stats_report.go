package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/stats"
	"thidua/app/viet"
)

// summaryEditor is the dialog of the Báo cáo of a round (the tổng kết for
// the movement): the parts the clerk writes, kept in the settings as they
// are typed out of the dialog, a draft to look at, and the issue.
type summaryEditor struct {
	sc   *StatsScreen
	key  string // the round reported on
	date *widget.Entry
	// The clerk's parts, in the order of the report.
	organisation, results, shortcomings, lessons, directions *widget.Entry
}

// reportKey is the round the report of the figures shown is about: the
// round chosen, or the final round for the movement.
func (sc *StatsScreen) reportKey() string {
	if k := sc.current().Key; k != stats.MovementKey {
		return k
	}
	return app.RoundFinalKey
}

// openSummary opens the editor of the report.
func (sc *StatsScreen) openSummary() *summaryEditor {
	p := sc.shell.plan
	ed := &summaryEditor{sc: sc, key: sc.reportKey(), date: single(viet.FormatDate(time.Now()))}
	t, err := dossier.SummaryTexts(sc.shell.deps.Store, p, ed.key)
	if err != nil {
		sc.shell.showError(err)
	}
	mk := func(text string) *widget.Entry {
		e := multi(nil, 3)
		e.SetText(text)
		return e
	}
	ed.organisation, ed.results, ed.shortcomings = mk(t.Organisation), mk(t.Results), mk(t.Shortcomings)
	ed.lessons, ed.directions = mk(t.Lessons), mk(t.Directions)
	r, _ := p.RoundByKey(ed.key)
	items := []*widget.FormItem{
		widget.NewFormItem("Ngày báo cáo", ed.date),
		widget.NewFormItem("Công tác tổ chức (thêm)", ed.organisation),
		widget.NewFormItem("Kết quả theo nội dung", ed.results),
		widget.NewFormItem("Hạn chế, nguyên nhân", ed.shortcomings),
		widget.NewFormItem("Bài học kinh nghiệm", ed.lessons),
		widget.NewFormItem("Phương hướng, nhiệm vụ", ed.directions),
		widget.NewFormItem("", container.NewHBox(widget.NewButton("Lưu nội dung", func() { ed.save() }),
			widget.NewButton("Xem bản nháp", ed.preview))),
	}
	items[2].HintText = "mỗi dòng một đoạn; dòng bắt đầu bằng “- ” là một ý"
	title := "Báo cáo kết quả phong trào " + dossier.RoundText(r)
	if r.Kind == app.RoundFinal {
		title = "Báo cáo tổng kết phong trào " + dossier.RoundText(r)
	}
	d := dialog.NewForm(title, "Cấp số và ban hành", "Đóng", items, func(ok bool) {
		if ok {
			ed.issue()
		} else {
			ed.save()
		}
	}, sc.shell.win)
	d.Resize(fyne.NewSize(900, 680))
	d.Show()
	return ed
}

// texts are the parts as typed.
func (ed *summaryEditor) texts() document.SummaryTexts {
	return document.SummaryTexts{Organisation: ed.organisation.Text, Results: ed.results.Text,
		Shortcomings: ed.shortcomings.Text, Lessons: ed.lessons.Text, Directions: ed.directions.Text}
}

// save keeps the parts for the next time; it reports whether it could.
func (ed *summaryEditor) save() bool {
	st := ed.sc.shell.deps.Store
	key := dossier.SummaryTextsKey(ed.sc.shell.plan.ID, ed.key)
	text := dossier.EncodeSummaryTexts(ed.texts())
	if old, err := st.Setting(key); err == nil && old == text {
		return true
	}
	if err := st.SaveSetting(key, text); err != nil {
		ed.sc.shell.showError(err)
		return false
	}
	return true
}

// dated saves the parts and reads the date typed (ISO); false when the
// clerk has something to fix first, shown.
func (ed *summaryEditor) dated() (string, bool) {
	iso, err := isoDate("Ngày báo cáo", ed.date.Text)
	if err != nil {
		ed.sc.shell.showError(err)
		return "", false
	}
	return iso, ed.save()
}

// preview makes the report for the date typed and shows it without a
// number; the figures are gathered off the UI goroutine.
func (ed *summaryEditor) preview() {
	iso, ok := ed.dated()
	if !ok {
		return
	}
	desk, planID, key := ed.sc.shell.desk(), ed.sc.shell.plan.ID, ed.key
	ed.sc.shell.handPaper("Bản nháp Báo cáo", false, func() ([]byte, error) {
		snap, err := desk.SummaryDraft(planID, key, iso)
		if err != nil {
			return nil, err
		}
		return desk.Render(snap)
	})
}

// issue asks the number the office's register gives (askNumber), then
// issues the report off the UI goroutine (see issuePaper): the figures are
// gathered there too, from the parts saved first.
func (ed *summaryEditor) issue() {
	sh := ed.sc.shell
	iso, ok := ed.dated()
	if !ok {
		return
	}
	desk, planID, key := sh.desk(), sh.plan.ID, ed.key
	r, _ := sh.plan.RoundByKey(key)
	sh.askNumber(document.Snapshot{Kind: app.DocReport}, iso, func(number int) {
		sh.issuePaper(app.DocKindLabel(app.DocReport), func() (app.Document, error) {
			snap, err := desk.SummaryDraft(planID, key, iso)
			if err != nil {
				return app.Document{}, err
			}
			return desk.Issue(snap, iso, app.Document{Number: number, PlanID: planID, RoundID: r.ID})
		}, func(bool) {})
	}, func() {})
}
