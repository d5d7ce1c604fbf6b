package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// NominationsScreen is Bình xét & khen thưởng: for the chosen round, one
// panel per award form with its quota, its nominations and their votes,
// and the ranked candidates to nominate from.
type NominationsScreen struct {
	shell  *Shell
	plan   *app.Plan
	round  app.Round
	in     app.BoardInput
	board  app.Board
	body   *fyne.Container
	rounds *widget.Select
	mode   *meetingMode // the last meeting mode opened
	// reading is the board's load: when the screen opens, the round
	// changes or the clerk changed a nomination.
	reading slot
	// tools are the toolbar's buttons that act on the board shown (its
	// council, meetings and nominations): disabled while the board is read
	// again, so that none acts on the board of the round before.
	tools []*widget.Button
	// fresh says the board shown is the one last asked for.
	fresh bool
}

func buildNominationsScreen(s *Shell) fyne.CanvasObject {
	p := s.CurrentPlan()
	if p == nil {
		return noPlan(s)
	}
	return NewNominationsScreen(s, p).Content()
}

// NewNominationsScreen opens the board on the plan's first round.
func NewNominationsScreen(s *Shell, p *app.Plan) *NominationsScreen {
	ns := &NominationsScreen{shell: s, plan: p, body: container.NewVBox()}
	ns.tools = []*widget.Button{
		widget.NewButtonWithIcon("Hội đồng…", theme.AccountIcon(), ns.onCouncil),
		widget.NewButtonWithIcon("Cuộc họp…", theme.CalendarIcon(), ns.onMeetings),
		widget.NewButtonWithIcon("Xem / In phiếu bầu", theme.DocumentPrintIcon(), ns.onBallots),
		widget.NewButtonWithIcon("Biên bản…", theme.DocumentIcon(), ns.onMinutesPaper),
		widget.NewButtonWithIcon("Chế độ họp (F11)", theme.ViewFullScreenIcon(), ns.onMeetingMode)}
	if len(p.Rounds) > 0 {
		ns.round = p.Rounds[0]
	}
	var names []string
	for _, r := range p.Rounds {
		names = append(names, r.Name)
	}
	ns.rounds = widget.NewSelect(names, func(name string) {
		for _, r := range p.Rounds {
			if r.Name == name && r.ID != ns.round.ID {
				ns.round = r
				ns.load()
			}
		}
	})
	ns.rounds.SetSelected(ns.round.Name)
	ns.load()
	return ns
}

// Board returns the board the screen shows (for tests).
func (ns *NominationsScreen) Board() app.Board { return ns.board }

// Content is the screen: the toolbar over the panels.
func (ns *NominationsScreen) Content() fyne.CanvasObject {
	bar := container.NewHBox(widget.NewLabel("Đợt:"), ns.rounds)
	for _, b := range ns.tools {
		bar.Add(b)
	}
	ns.shell.onKey = func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyF11 && ns.fresh {
			ns.onMeetingMode()
		}
	}
	return container.NewBorder(bar, nil, nil, nil, container.NewVScroll(ns.body))
}

// load reads the round's board off the UI goroutine (ranking a
// commune's full list takes longer than a click may freeze the window)
// and draws the panels when read.
func (ns *NominationsScreen) load() {
	ns.body.Objects = []fyne.CanvasObject{widget.NewLabel(loadingText)}
	ns.body.Refresh()
	ns.read()
}

// reload reads the round's board again after the clerk changed a
// nomination, likewise. The panels stay in sight meanwhile, their buttons
// disabled: they show the board before the change.
func (ns *NominationsScreen) reload() {
	disableButtons(ns.body)
	ns.read()
}

// read reads the board, the toolbar disabled until it is shown.
func (ns *NominationsScreen) read() {
	st, plan, round := ns.shell.deps.Store, ns.plan, ns.round
	ns.fresh = false
	for _, b := range ns.tools {
		b.Disable()
	}
	ns.shell.load(&ns.reading, func() func() {
		in, b, err := app.LoadBoard(st, plan, round)
		return func() { ns.show(in, b, err) }
	})
}

// reloadNow reads the board again at once, on the UI goroutine: meeting
// mode shows the vote just typed on its next slide.
func (ns *NominationsScreen) reloadNow() {
	ns.reading.gen++ // a board still being read is older than this one
	in, b, err := app.LoadBoard(ns.shell.deps.Store, ns.plan, ns.round)
	ns.show(in, b, err)
}

func (ns *NominationsScreen) show(in app.BoardInput, b app.Board, err error) {
	if err != nil {
		ns.shell.showError(err)
	}
	ns.in, ns.board = in, b
	ns.fresh = true
	for _, b := range ns.tools {
		b.Enable()
	}
	ns.body.Objects = nil
	if len(ns.plan.Rounds) == 0 {
		ns.body.Add(textLabel("Kế hoạch chưa có đợt khen thưởng nào: thêm đợt ở màn hình Kế hoạch."))
	}
	for _, p := range b.Panels {
		ns.body.Add(ns.panel(p))
	}
	ns.body.Refresh()
}

// panel is the card of one award form.
func (ns *NominationsScreen) panel(p app.FormPanel) fyne.CanvasObject {
	quota := "không có"
	if p.HasQuota {
		quota = app.QuotaText(p.Quota)
	}
	rules := fmt.Sprintf("Dành cho %s; xếp loại từ %s; %s, đạt từ %g%% %s.", kindsText(p.Form), p.Form.MinClassification.Label(),
		p.Form.VoteMethod.Label(), p.Form.VoteThreshold, p.Form.VoteBase.Label())
	head := textLabel("Số lượng " + strings.ToLower(ns.round.Name) + ": " + quota + " — " + p.LeftText())
	head.TextStyle.Bold = true
	if strings.Contains(head.Text, "vượt") {
		head.Importance = widget.WarningImportance
	}
	box := container.NewVBox(head, textLabel(rules))
	if len(p.Entries) == 0 {
		box.Add(widget.NewLabel("Chưa có đề nghị nào."))
	}
	for i, e := range p.Entries {
		box.Add(ns.entryRow(p, i, e))
	}
	add := widget.NewButtonWithIcon("Đề nghị…", theme.ContentAddIcon(), func() { ns.onNominate(p) })
	add.Importance = widget.HighImportance
	box.Add(container.NewHBox(add,
		widget.NewButtonWithIcon("Tờ trình…", theme.DocumentIcon(), func() { ns.onProposalPaper(p) }),
		widget.NewButtonWithIcon("Quyết định…", theme.DocumentIcon(), func() { ns.onDecisionPaper(p) }),
		widget.NewButtonWithIcon("Hồ sơ (PDF)", theme.FileIcon(), func() { ns.onDossier(p) })))
	return widget.NewCard(p.Form.Name, "", box)
}

// entryRow is a nomination: its place, name, result and status, what it
// overrode, and its actions.
func (ns *NominationsScreen) entryRow(p app.FormPanel, i int, e app.BoardEntry) fyne.CanvasObject {
	lines := []string{fmt.Sprintf("%d. %s — %s — %s", i+1, e.Part.Name, resultText(e.Row), app.StatusLabel(e.Status))}
	if e.Outcome != nil {
		lines = append(lines, "Biểu quyết: "+e.Outcome.Reason)
	}
	if e.ProposalNumber != "" {
		lines = append(lines, "Tờ trình số "+e.ProposalNumber+" ngày "+viet.DisplayISO(e.ProposalDate))
	}
	text := textLabel(strings.Join(lines, "\n"))
	row := container.NewVBox(text)
	if e.ForcedReason != "" || len(e.Breaks) > 0 {
		warn := textLabel(overrideText(e))
		warn.Importance = widget.WarningImportance
		if e.ForcedReason == "" {
			warn.Importance = widget.DangerImportance
		}
		row.Add(warn)
	}
	counting := e.Status != app.NomWithdrawn && e.Status != app.NomFailed && e.Status != app.NomRejected
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { ns.run(ns.shell.deps.Store.MoveNomination(e.ID, -1)) })
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { ns.run(ns.shell.deps.Store.MoveNomination(e.ID, 1)) })
	if !counting {
		up.Disable()
		down.Disable()
	}
	vote := widget.NewButton("Biểu quyết…", func() { ns.onVote(p, e) })
	more := widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), nil)
	more.OnTapped = func() { ns.showActions(more, p, e) }
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(up, down, vote, more), row)
}

// resultText is "96,5 điểm, Xuất sắc" or why there is no result.
func resultText(r *app.RankRow) string {
	if r == nil || !r.Complete {
		return "chưa đủ điểm"
	}
	return fmt.Sprintf("hạng %d, %s điểm, %s", r.Rank, pointsText(r.Total), r.Class.Label())
}

func pointsText(v float64) string { return strings.Replace(fmt.Sprintf("%g", v), ".", ",", 1) }

// overrideText says what a nomination breaks and why the council kept it.
func overrideText(e app.BoardEntry) string {
	var msgs []string
	for _, r := range e.Breaks {
		msgs = append(msgs, r.Message)
	}
	if e.ForcedReason == "" {
		return "Chưa đúng quy định: " + strings.Join(msgs, "; ")
	}
	if len(msgs) == 0 {
		return "Đề nghị vượt quy định, lý do: " + e.ForcedReason
	}
	return "Vượt quy định (" + strings.Join(msgs, "; ") + "), lý do: " + e.ForcedReason
}

// run reloads after a store call, or shows its error.
func (ns *NominationsScreen) run(err error) {
	if err != nil {
		ns.shell.showError(err)
	}
	ns.reload()
}

func (ns *NominationsScreen) onBallots() {
	present, heldOn := app.ServingMembers(ns.in.Council), ""
	if m := ns.latestMeeting(); m != nil {
		present, heldOn = m.Attendees, m.Date()
	}
	org, _ := ns.shell.deps.Store.Organisation()
	bs, err := document.BallotSets(ns.board, ns.in.Council, present, org, heldOn)
	if err != nil {
		ns.shell.showError(err)
		return
	}
	d, err := document.BallotSetsDocument(org, ns.plan, ns.round, heldOn, bs)
	if err != nil {
		ns.shell.showError(err)
		return
	}
	ns.shell.printDocument(d, "Phiếu bầu "+ns.round.Name)
}

// latestMeeting is the round's last meeting, nil when there is none.
func (ns *NominationsScreen) latestMeeting() *app.Meeting {
	if len(ns.in.Meetings) == 0 {
		return nil
	}
	m := ns.in.Meetings[len(ns.in.Meetings)-1]
	return &m
}

func kindsText(a app.AwardForm) string {
	switch {
	case a.ForCollectives && a.ForIndividuals:
		return "tập thể và cá nhân"
	case a.ForCollectives:
		return "tập thể"
	}
	return "cá nhân"
}

// disableButtons disables every button under o.
func disableButtons(o fyne.CanvasObject) {
	switch o := o.(type) {
	case *widget.Button:
		o.Disable()
	case *widget.Card:
		disableButtons(o.Content)
	case *fyne.Container:
		for _, c := range o.Objects {
			disableButtons(c)
		}
	}
}
