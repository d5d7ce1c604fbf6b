package screens

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
)

// voteForm is where the secretary types a vote's counts; the result is
// recomputed on every keystroke. The form's method decides the fields: a
// secret ballot has ballots issued, returned and valid; a show of hands
// only for and against.
type voteForm struct {
	form    app.AwardForm
	meeting app.Meeting
	council []app.CouncilMember
	part    app.Participant
	recused []int64
	fields  []*countEntry // issued, returned, valid, for, against
	result  *widget.Label
	changed func() // called after the result changed
	blank   bool   // no vote stored and nothing typed yet
}

var voteFieldNames = []string{"Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ", "Đồng ý", "Không đồng ý"}

func newVoteForm(form app.AwardForm, m app.Meeting, council []app.CouncilMember, part app.Participant, v *app.Vote) *voteForm {
	vf := &voteForm{form: form, meeting: m, council: council, part: part, result: textLabel(""), blank: v == nil}
	_, vf.recused = app.MeetingTally(form, m, council, part, 0)
	voters := len(m.Attendees) - len(vf.recused)
	values := []int{voters, voters, voters, 0, 0}
	if v != nil {
		values = []int{v.Issued, v.Returned, v.Valid, v.For, v.Against}
	}
	for i := range voteFieldNames {
		e := newCountEntry()
		e.SetText(strconv.Itoa(values[i]))
		e.OnChanged = func(string) { vf.blank = false; vf.update() }
		vf.fields = append(vf.fields, e)
	}
	vf.update()
	return vf
}

// countEntry is an entry for a count that hands the keys of meeting mode
// (PageUp, PageDown, Up, Down, Esc, F11, Ctrl+← and Ctrl+→) to onKey, so
// the secretary can move between slides without leaving the keyboard.
type countEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) // nil: an ordinary entry
}

func newCountEntry() *countEntry {
	e := &countEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey passes the slide keys on and the rest to the entry.
func (e *countEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyUp, fyne.KeyDown, fyne.KeyEscape, fyne.KeyF11:
		if e.onKey != nil {
			e.onKey(k)
			return
		}
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut turns Ctrl+→ and Ctrl+← into next and previous.
func (e *countEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.onKey != nil && cs.Modifier == fyne.KeyModifierControl &&
		(cs.KeyName == fyne.KeyRight || cs.KeyName == fyne.KeyLeft) {
		e.onKey(&fyne.KeyEvent{Name: cs.KeyName})
		return
	}
	e.Entry.TypedShortcut(s)
}

// visible returns the indexes of the fields the method uses.
func (vf *voteForm) visible() []int {
	if vf.form.VoteMethod == app.VoteHands {
		return []int{3, 4}
	}
	return []int{0, 1, 2, 3, 4}
}

// vote reads the counts; an unreadable number is an error naming its field.
func (vf *voteForm) vote() (app.Vote, error) {
	v := app.Vote{NominationID: 0, MeetingID: vf.meeting.ID, Method: vf.form.VoteMethod}
	dst := []*int{&v.Issued, &v.Returned, &v.Valid, &v.For, &v.Against}
	var ps app.Problems
	for _, i := range vf.visible() {
		text := strings.TrimSpace(vf.fields[i].Text)
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			ps.Add(voteFieldNames[i], "gõ một số nguyên từ 0 trở lên")
			continue
		}
		*dst[i] = n
	}
	return v, ps.Err()
}

// outcome checks the counts and tallies them.
func (vf *voteForm) outcome() (app.VoteOutcome, error) {
	v, err := vf.vote()
	if err == nil {
		err = app.ValidateVote(v, len(vf.meeting.Attendees)-len(vf.recused))
	}
	out, _ := app.MeetingTally(vf.form, vf.meeting, vf.council, vf.part, v.For)
	return out, err
}

func (vf *voteForm) update() {
	out, err := vf.outcome()
	switch {
	case vf.blank:
		vf.result.SetText("Chưa biểu quyết: gõ số phiếu đồng ý, không đồng ý.")
		vf.result.Importance = widget.MediumImportance
	case err != nil:
		vf.result.SetText(Message(err))
		vf.result.Importance = widget.DangerImportance
	case out.Passed:
		vf.result.SetText("ĐẠT — " + out.Reason)
		vf.result.Importance = widget.SuccessImportance
	default:
		vf.result.SetText("KHÔNG ĐẠT — " + out.Reason)
		vf.result.Importance = widget.WarningImportance
	}
	vf.result.Refresh()
	if vf.changed != nil {
		vf.changed()
	}
}

// recusedText names the members who do not vote on this nomination.
func (vf *voteForm) recusedText() string {
	if len(vf.recused) == 0 {
		return ""
	}
	var names []string
	for _, id := range vf.recused {
		for _, c := range vf.council {
			if c.ID == id {
				names = append(names, c.FullName)
			}
		}
	}
	return "Không biểu quyết (tự đề nghị hoặc thuộc tập thể được đề nghị): " + strings.Join(names, ", ")
}

// formItems are the entries of the method with their labels.
func (vf *voteForm) formItems() []*widget.FormItem {
	var items []*widget.FormItem
	for _, i := range vf.visible() {
		items = append(items, widget.NewFormItem(voteFieldNames[i], vf.fields[i]))
	}
	return items
}

// onVote records the council's vote on a nomination at the round's last
// meeting (or the one chosen).
func (ns *NominationsScreen) onVote(p app.FormPanel, e app.BoardEntry) {
	if len(ns.in.Meetings) == 0 {
		dialog.ShowInformation("Biểu quyết", "Đợt này chưa có cuộc họp Hội đồng: bấm “Cuộc họp…” để ghi thời gian, địa điểm và thành viên dự họp trước.", ns.shell.win)
		return
	}
	// The vote is taken at the round's last meeting; a re-vote there keeps
	// the earlier meeting's record as it was.
	m := *ns.latestMeeting()
	vf := newVoteForm(p.Form, m, ns.in.Council, e.Part, ns.in.VoteAt(e.ID, m.ID))
	head := fmt.Sprintf("%s — %s\nCuộc họp %s; %s, đạt từ %g%% %s.", e.Part.Name, p.Form.Name, app.MeetingTitle(m),
		p.Form.VoteMethod.Label(), p.Form.VoteThreshold, p.Form.VoteBase.Label())
	box := container.NewVBox(textLabel(head))
	if r := vf.recusedText(); r != "" {
		box.Add(textLabel(r))
	}
	box.Add(widget.NewForm(vf.formItems()...))
	box.Add(vf.result)
	d := dialog.NewCustomConfirm("Kết quả biểu quyết", "Lưu", "Hủy", fitted(ns.shell.win, box, 0), func(ok bool) {
		if ok {
			ns.saveVote(vf, e.ID)
		}
	}, ns.shell.win)
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

// saveVote stores the counts of vf for nomination id.
func (ns *NominationsScreen) saveVote(vf *voteForm, id int64) error {
	v, err := vf.vote()
	if err == nil {
		v.NominationID = id
		_, _, err = ns.shell.deps.Store.SaveVote(v)
	}
	ns.run(err)
	return err
}
