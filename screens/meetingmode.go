package screens

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
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

// countsTheme is the projector theme with the counts' type size.
type countsTheme struct{ projectorTheme }

func (t countsTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return meetingCounts
	}
	return t.projectorTheme.Size(n)
}

// Colour of a result on a light projector screen: the theme's green and
// orange are made for a dark background and wash out on white.
var (
	lightSuccess = color.NRGBA{R: 0x1b, G: 0x7a, B: 0x1f, A: 0xff}
	lightWarning = color.NRGBA{R: 0xa3, G: 0x4a, B: 0x00, A: 0xff}
)

func (t projectorTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameSuccess || n == theme.ColorNameWarning {
		// Light or dark is what the background is, whatever the variant says.
		r, g, b, _ := t.Theme.Color(theme.ColorNameBackground, v).RGBA()
		if light := (2*r + 7*g + b) / 10; light > 0x8000 {
			if n == theme.ColorNameSuccess {
				return lightSuccess
			}
			return lightWarning
		}
	}
	return t.Theme.Color(n, v)
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
	size    fyne.Size // the window's size before full screen
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
	mm.before, mm.size = win.Content(), win.Canvas().Size()
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
	// The content first: set on a window no longer full screen, it would
	// size the window to the full screen's canvas.
	win.SetContent(mm.before)
	win.SetFullScreen(false)
	// Leaving full screen does not give every system's window its size
	// back: the window takes the size it had before.
	win.Resize(mm.size)
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
	mm.ns.reloadNow()
	for k, s := range mm.slides {
		if e, p, ok := mm.ns.board.Entry(s.entry.ID); ok {
			mm.slides[k] = meetingSlide{p, e}
		}
	}
}

// Type of the slide's parts (points), each the largest it may take; the
// text shrinks from there to fit the screen (meetingfit.go).
const (
	meetingHeading = 26 // round, position, award form and quota
	meetingDetail  = 26 // who the nominee is; the achievement
	meetingHint    = 24 // the keys, for the secretary across the room
	meetingCounts  = 28 // the counts the secretary types
	meetingLeast   = 18 // the smallest type of any of them
)

// meetingResultSize is the theme size of the result and status lines: a
// size every theme knows, so that measuring them before the projector
// theme reaches them finds a size (projectorTitle in meeting mode).
const meetingResultSize = theme.SizeNameSubHeadingText

// show draws slide i. The result, the status and the key hints keep the
// bottom of the screen; the heading and the name the top; what is between
// shrinks to fit, so nothing the room reads falls below the screen.
func (mm *meetingMode) show(i int) {
	mm.i, mm.vf, mm.saved = i, nil, nil
	mm.status.SetText("")
	mm.status.Hide()
	mm.status.SizeName = meetingResultSize
	bottom := container.NewVBox(mm.status)
	var body fyne.CanvasObject
	if i >= len(mm.slides) {
		body = mm.summary()
	} else {
		body = mm.slide(mm.slides[i])
		mm.vf.result.SizeName = meetingResultSize
		bottom.Objects = []fyne.CanvasObject{mm.vf.result, mm.status}
	}
	// The keys are for the secretary at the keyboard, who may stand by the
	// screen: in the text's own colour and large enough to read from there.
	bottom.Add(newFitLine("→ PageDown: tiếp  ·  ← PageUp: trước  ·  Enter: lưu số phiếu  ·  Esc: thoát",
		meetingHint, meetingLeast, false, theme.ColorNameForeground))
	mm.root.Objects = []fyne.CanvasObject{container.NewPadded(container.NewBorder(mm.heading(), bottom, nil, nil, body))}
	if mm.themed != nil {
		mm.themed.Refresh() // new widgets take the projector theme
	}
	mm.root.Refresh()
	mm.ns.shell.win.Canvas().Unfocus() // the arrows move between slides until a count is clicked
}

func (mm *meetingMode) heading() fyne.CanvasObject {
	text := fmt.Sprintf("Bình xét khen thưởng — %s — Tổng hợp kết quả", mm.ns.round.Name)
	if mm.i < len(mm.slides) {
		s := mm.slides[mm.i]
		text = fmt.Sprintf("%s — Đề nghị %d/%d — %s, %s", mm.ns.round.Name, mm.i+1, len(mm.slides),
			s.panel.Form.Name, s.panel.LeftFor(s.entry.Part.Kind))
	}
	return container.NewVBox(newFitLine(text, meetingHeading, meetingLeast, true, theme.ColorNamePrimary),
		widget.NewSeparator())
}

// slide is one nomination: who on top, in the largest type that fits one
// line; the total and the criteria as bars on the left; the counts, then
// the achievement on the right; the live result across the bottom (show).
func (mm *meetingMode) slide(s meetingSlide) fyne.CanvasObject {
	e := s.entry
	who := e.Part.Kind.Label()
	if e.Part.Kind == app.KindIndividual {
		who = strings.Trim(e.Part.Position+", "+e.Part.Unit, ", ")
	}
	top := container.NewVBox(
		newFitLine(e.Part.Name, projectorName, 30, true, theme.ColorNameForeground),
		newFitLine(who, meetingDetail, meetingLeast, false, theme.ColorNameForeground))
	total, bars := mm.scores(e)
	left := container.NewBorder(newFitLine(total, projectorText, meetingLeast, true, theme.ColorNameForeground),
		nil, nil, nil, newScoreBars(bars))

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
	// The counts are for the secretary who types them: a size smaller than
	// the slide's text, leaving the right column's room to what is said of
	// the nominee: who does not vote, a quota overridden, the achievement.
	counts := container.NewThemeOverride(widget.NewForm(mm.vf.formItems()...),
		countsTheme{projectorTheme{fyne.CurrentApp().Settings().Theme()}})
	notes := []fitLine{{text: mm.vf.recusedText(), color: theme.ColorNameForeground}}
	if e.ForcedReason != "" {
		notes = append(notes, fitLine{text: "Đề nghị vượt quy định, lý do: " + e.ForcedReason, color: theme.ColorNameWarning})
	}
	notes = append(notes, fitLine{text: e.Achievement, color: theme.ColorNameForeground})
	right := container.NewBorder(counts, nil, nil, nil, newFitBlock(notes, meetingDetail, meetingLeast))
	cols := container.New(&splitLayout{share: 0.6}, left, right)
	return container.NewBorder(top, nil, nil, nil, cols)
}

// splitLayout puts two objects side by side, the first taking share of
// the width, with a gap between.
type splitLayout struct{ share float32 }

func (l *splitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width+theme.Padding()*4, max(a.Height, b.Height))
}

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding() * 4
	w := (size.Width - gap) * l.share
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w+gap, 0))
	objs[1].Resize(fyne.NewSize(size.Width-w-gap, size.Height))
}

// scores are the total line (total, classification and rank) and a bar per
// criterion of the nominee's kind.
func (mm *meetingMode) scores(e app.BoardEntry) (string, []scoreBar) {
	total := "Chưa đủ điểm chấm"
	if e.Row != nil && e.Row.Complete {
		total = fmt.Sprintf("%s/%s điểm · %s · hạng %d", pointsText(e.Row.Total), pointsText(e.Row.Max), e.Row.Class.Label(), e.Row.Rank)
	}
	var bars []scoreBar
	for k, c := range mm.ns.plan.CriteriaOf(e.Part.Kind) {
		label := strings.TrimSpace(c.ShortText)
		if label == "" {
			label = fmt.Sprintf("Tiêu chí %d", k+1)
		} else if label[0] < '0' || label[0] > '9' {
			label = fmt.Sprintf("%d. %s", k+1, label)
		}
		b := scoreBar{label: label, points: "—", share: -1}
		if e.Row != nil && k < len(e.Row.Scores) && e.Row.Scored[k] {
			b.points = pointsOf(e.Row.Scores[k], c.MaxPoints)
			if c.MaxPoints > 0 {
				b.share = min(e.Row.Scores[k]/c.MaxPoints, 1)
			}
		}
		bars = append(bars, b)
	}
	return total, bars
}

// summary is the last slide: each form with its nominations' results, each
// result in the colour of the vote page (ĐẠT as a success, KHÔNG ĐẠT as a
// warning), all on the screen at once.
func (mm *meetingMode) summary() fyne.CanvasObject {
	var lines []fitLine
	for _, p := range mm.ns.board.Panels {
		var rows []fitLine
		for _, s := range mm.slides {
			if s.panel.Form.ID != p.Form.ID {
				continue
			}
			row := fitLine{text: s.entry.Part.Name + " — chưa biểu quyết", color: theme.ColorNameForeground}
			if o := s.entry.Outcome; o != nil {
				pct := pointsText(roundTenth(o.Percent))
				row = fitLine{text: fmt.Sprintf("%s — KHÔNG ĐẠT %s %%", s.entry.Part.Name, pct), color: theme.ColorNameWarning, bold: true}
				if o.Passed {
					row = fitLine{text: fmt.Sprintf("%s — ĐẠT %s %%", s.entry.Part.Name, pct), color: theme.ColorNameSuccess, bold: true}
				}
			}
			rows = append(rows, row)
		}
		if len(rows) > 0 {
			if len(lines) > 0 {
				lines = append(lines, fitLine{}) // a blank line between forms
			}
			lines = append(lines, fitLine{text: p.Form.Name, color: theme.ColorNamePrimary, bold: true})
			lines = append(lines, rows...)
		}
	}
	return newFitLines(lines, projectorTitle, meetingLeast)
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
