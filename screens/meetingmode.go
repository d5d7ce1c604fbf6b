package screens

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// Meeting mode ("Chế độ họp"): the round's nominations one per slide, full
// screen in large type for a projector, then a summary slide. The keys:
// → ↓ PageDown Space next, ← ↑ PageUp previous, Home first, End summary,
// Esc or F11 back to the window; while typing a count, Enter saves it and
// PageDown / PageUp / Ctrl+→ / Ctrl+← move on.

// Type sizes of meeting mode, readable from the back of a room on a
// 1366×768 projector.
const (
	projectorText  = 34
	projectorName  = 60
	projectorTitle = 40
)

// projectorTheme enlarges the app's theme for meeting mode.
type projectorTheme struct{ fyne.Theme }

func (t projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return projectorText
	case theme.SizeNameSubHeadingText:
		return projectorTitle
	case theme.SizeNameHeadingText:
		return projectorName
	case theme.SizeNameInputBorder:
		return 3
	}
	return t.Theme.Size(n)
}

// meetingSlide is one nomination on the screen.
type meetingSlide struct {
	panel app.FormPanel
	entry app.BoardEntry
}

// meetingMode is the projector view of a round's meeting.
type meetingMode struct {
	ns      *NominationsScreen
	meeting app.Meeting
	slides  []meetingSlide
	i       int // len(slides) is the summary
	vf      *voteForm
	saved   *app.Vote // the counts as stored, to save only what changed
	status  *widget.Label
	root    *fyne.Container
	themed  *container.ThemeOverride // root in projector type
	before  fyne.CanvasObject
}

// onMeetingMode opens meeting mode on the round's last meeting.
func (ns *NominationsScreen) onMeetingMode() {
	m := ns.latestMeeting()
	if m == nil {
		dialog.ShowInformation("Chế độ họp", "Đợt này chưa có cuộc họp Hội đồng: bấm “Cuộc họp…” để ghi cuộc họp trước.", ns.shell.win)
		return
	}
	mm := &meetingMode{ns: ns, meeting: *m, status: textLabel(""), root: container.NewStack()}
	mm.collect()
	if len(mm.slides) == 0 {
		dialog.ShowInformation("Chế độ họp", "Đợt này chưa có đề nghị nào để Hội đồng bình xét.", ns.shell.win)
		return
	}
	ns.mode = mm
	mm.open()
}

// collect takes the nominations the council votes on, form by form.
func (mm *meetingMode) collect() {
	mm.slides = nil
	for _, p := range mm.ns.board.Panels {
		for _, e := range p.Entries {
			if e.Status == app.NomDraft || e.Status == app.NomPassed || e.Status == app.NomFailed {
				mm.slides = append(mm.slides, meetingSlide{p, e})
			}
		}
	}
}

func (mm *meetingMode) open() {
	win := mm.ns.shell.win
	mm.before = win.Content()
	mm.themed = container.NewThemeOverride(mm.root, projectorTheme{fyne.CurrentApp().Settings().Theme()})
	win.SetContent(mm.themed)
	win.SetFullScreen(true)
	mm.ns.shell.onKey = mm.key
	mm.show(0)
}

// close saves what was typed and gives the window back.
func (mm *meetingMode) close() {
	if !mm.saveCounts() {
		return
	}
	win := mm.ns.shell.win
	win.SetFullScreen(false)
	win.SetContent(mm.before)
	mm.ns.reload()
	mm.ns.shell.onKey = func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyF11 {
			mm.ns.onMeetingMode()
		}
	}
}

// key handles the keys typed while no count has the focus.
func (mm *meetingMode) key(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown:
		mm.step(1)
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp:
		mm.step(-1)
	case fyne.KeyHome:
		mm.goTo(0)
	case fyne.KeyEnd:
		mm.goTo(len(mm.slides))
	case fyne.KeyEscape, fyne.KeyF11:
		mm.close()
	}
}

func (mm *meetingMode) step(d int) { mm.goTo(mm.i + d) }

// goTo saves the counts of the slide shown and shows slide i.
func (mm *meetingMode) goTo(i int) {
	i = max(0, min(i, len(mm.slides)))
	if i == mm.i || !mm.saveCounts() {
		return
	}
	mm.show(i)
}

// Slide returns the index of the slide shown; len(slides) is the summary.
func (mm *meetingMode) Slide() int { return mm.i }

// saveCounts stores the counts typed on the current slide when they
// differ from the stored ones; it reports false (and says why on the
// slide) when they cannot be stored.
func (mm *meetingMode) saveCounts() bool {
	if mm.vf == nil || mm.i >= len(mm.slides) {
		return true
	}
	v, err := mm.vf.vote()
	if err == nil && mm.saved != nil && v.Issued == mm.saved.Issued && v.Returned == mm.saved.Returned &&
		v.Valid == mm.saved.Valid && v.For == mm.saved.For && v.Against == mm.saved.Against {
		return true
	}
	if err == nil && mm.saved == nil && v.For == 0 && v.Against == 0 {
		return true // nothing typed yet
	}
	if err == nil {
		v.NominationID = mm.slides[mm.i].entry.ID
		_, _, err = mm.ns.shell.deps.Store.SaveVote(v)
	}
	if err != nil {
		mm.say(Message(err), widget.DangerImportance)
		return false
	}
	mm.saved = &v
	mm.refreshBoard()
	return true
}

// say shows a message under the slide.
func (mm *meetingMode) say(msg string, imp widget.Importance) {
	mm.status.SetText(msg)
	mm.status.Importance = imp
	mm.status.Show()
	mm.status.Refresh()
}

// refreshBoard reads the board again, keeping the slide order.
func (mm *meetingMode) refreshBoard() {
	mm.ns.reload()
	for k, s := range mm.slides {
		if e, p, ok := mm.ns.board.Entry(s.entry.ID); ok {
			mm.slides[k] = meetingSlide{p, e}
		}
	}
}

// show draws slide i.
func (mm *meetingMode) show(i int) {
	mm.i, mm.vf, mm.saved = i, nil, nil
	mm.status.SetText("")
	mm.status.Hide()
	var body fyne.CanvasObject
	if i >= len(mm.slides) {
		body = container.NewVScroll(mm.summary())
	} else {
		body = mm.slide(mm.slides[i])
	}
	// The keys are for the secretary at the keyboard, not for the room.
	hint := canvas.NewText("→ hoặc PageDown: tiếp  ·  ← hoặc PageUp: trước  ·  Enter: lưu số phiếu  ·  Esc: thoát",
		theme.Color(theme.ColorNamePlaceHolder))
	hint.TextSize = 16
	mm.root.Objects = []fyne.CanvasObject{container.NewBorder(mm.heading(), container.NewVBox(mm.status, hint), nil, nil,
		container.NewPadded(body))}
	if mm.themed != nil {
		mm.themed.Refresh() // new widgets take the projector theme
	}
	mm.ns.shell.win.Canvas().Unfocus() // the arrows move between slides until a count is clicked
}

func (mm *meetingMode) heading() fyne.CanvasObject {
	pos := "Tổng hợp kết quả"
	if mm.i < len(mm.slides) {
		pos = fmt.Sprintf("Đề nghị %d/%d", mm.i+1, len(mm.slides))
	}
	t := widget.NewLabel(fmt.Sprintf("Bình xét khen thưởng — %s — %s", mm.ns.round.Name, pos))
	t.TextStyle.Bold = true
	return container.NewVBox(t, widget.NewSeparator())
}

// slide is one nomination: who and for what on top; the quota left, the
// scores and the achievement on the left; the counts with the live result
// on the right.
func (mm *meetingMode) slide(s meetingSlide) fyne.CanvasObject {
	e := s.entry
	name := canvas.NewText(e.Part.Name, theme.Color(theme.ColorNameForeground))
	name.TextSize, name.TextStyle = projectorName, fyne.TextStyle{Bold: true}
	who := e.Part.Kind.Label()
	if e.Part.Kind == app.KindIndividual {
		who = strings.Trim(e.Part.Position+", "+e.Part.Unit, ", ")
	}
	left := container.NewVBox(textLabel(s.panel.Form.Name+" — "+s.panel.LeftFor(e.Part.Kind)), textLabel(mm.scoresText(e)))
	if a := strings.TrimSpace(e.Achievement); a != "" {
		left.Add(textLabel(shorten(a, 240)))
	}
	if e.ForcedReason != "" {
		w := textLabel("Đề nghị vượt quy định, lý do: " + e.ForcedReason)
		w.Importance = widget.WarningImportance
		left.Add(w)
	}
	// The counts of this meeting: a vote taken at an earlier one is not this
	// meeting's result.
	here := mm.ns.in.VoteAt(e.ID, mm.meeting.ID)
	mm.vf = newVoteForm(s.panel.Form, mm.meeting, mm.ns.in.Council, e.Part, here)
	mm.saved = here
	for _, f := range mm.vf.fields {
		f.onKey = mm.key
		f.OnSubmitted = func(string) {
			if mm.saveCounts() {
				mm.say("Đã lưu kết quả biểu quyết.", widget.SuccessImportance)
				mm.ns.shell.win.Canvas().Unfocus()
			}
		}
	}
	mm.vf.result.TextStyle.Bold = true
	right := container.NewVBox()
	if r := mm.vf.recusedText(); r != "" {
		right.Add(textLabel(r))
	}
	right.Add(widget.NewForm(mm.vf.formItems()...))
	right.Add(mm.vf.result)
	return container.NewBorder(container.NewVBox(name, textLabel(who)), nil, nil, nil,
		container.NewGridWithColumns(2, container.NewVScroll(left), container.NewVScroll(right)))
}

// scoresText is the total, classification and rank with each criterion.
func (mm *meetingMode) scoresText(e app.BoardEntry) string {
	if e.Row == nil || !e.Row.Complete {
		return "Chưa đủ điểm chấm"
	}
	s := fmt.Sprintf("%s/%s điểm · %s · hạng %d", pointsText(e.Row.Total), pointsText(e.Row.Max), e.Row.Class.Label(), e.Row.Rank)
	var lines []string
	for k, c := range mm.ns.plan.CriteriaOf(e.Part.Kind) {
		if k < len(e.Row.Scores) && e.Row.Scored[k] {
			label := c.ShortText
			if label == "" {
				label = fmt.Sprintf("Tiêu chí %d", k+1)
			}
			lines = append(lines, fmt.Sprintf("%s: %s/%s", label, pointsText(e.Row.Scores[k]), pointsText(c.MaxPoints)))
		}
	}
	if len(lines) > 0 {
		s += "\n" + strings.Join(lines, "\n")
	}
	return s
}

// summary is the last slide: each form with its nominations' results.
func (mm *meetingMode) summary() fyne.CanvasObject {
	box := container.NewVBox()
	for _, p := range mm.ns.board.Panels {
		var lines []string
		for _, s := range mm.slides {
			if s.panel.Form.ID != p.Form.ID {
				continue
			}
			res := "chưa biểu quyết"
			if s.entry.Outcome != nil {
				res = fmt.Sprintf("KHÔNG ĐẠT %s %%", pointsText(roundTenth(s.entry.Outcome.Percent)))
				if s.entry.Outcome.Passed {
					res = fmt.Sprintf("ĐẠT %s %%", pointsText(roundTenth(s.entry.Outcome.Percent)))
				}
			}
			lines = append(lines, s.entry.Part.Name+" — "+res)
		}
		if len(lines) == 0 {
			continue
		}
		title := canvas.NewText(p.Form.Name, theme.Color(theme.ColorNamePrimary))
		title.TextSize, title.TextStyle = projectorTitle, fyne.TextStyle{Bold: true}
		box.Add(title)
		box.Add(textLabel(strings.Join(lines, "\n")))
		box.Add(canvas.NewRectangle(color.Transparent))
	}
	return box
}

func roundTenth(v float64) float64 { return float64(int(v*10+0.5)) / 10 }

// shorten cuts s to about n characters at a word boundary.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}
