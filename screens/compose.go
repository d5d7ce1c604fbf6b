package screens

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/viet"
)

// composer is the dialog where the clerk adjusts a paper before issuing
// it: the date, the recipients, the Căn cứ lines, added paragraphs, Nơi
// nhận and the signature (and, for a decision, the money and who executes
// it). "Xem bản nháp" shows it with blanks for the number; "Cấp số và ban
// hành" gives it its number, stores it in the register and opens it.
type composer struct {
	shell *Shell
	snap  document.Snapshot
	line  app.Document // the register line's links
	done  func()       // after issuing
	// redraft makes the draft again for another date, so the Căn cứ lines
	// follow the texts in force at it while the clerk has not edited them.
	redraft   func(date string) (document.Snapshot, error)
	autoBases string
	autoTo    string // the Kính gửi lines drafted for the date, likewise
	// autoCol, autoInd are the amounts of Điều 2 drafted for the date (the
	// decree and base salary in force), likewise
	autoCol, autoInd string
	dlg              *dialog.CustomDialog // open until the paper is issued
	issueButton      *widget.Button       // "Cấp số và ban hành", disabled while issuing
	issuing          bool                 // the paper is being checked or issued
	closed           bool                 // the clerk closed the composer
	// check is the paper check of the draft, made with it when checked.
	check   string
	checked bool

	date, to, bases, extra, recipients, authority, signer *widget.Entry
	cashCol, cashInd, executors, ended                    *widget.Entry
}

func lines(e *widget.Entry) []string {
	var out []string
	for _, l := range strings.Split(e.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func multi(ls []string, rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.SetText(strings.Join(ls, "\n"))
	e.SetMinRowsVisible(rows)
	e.Wrapping = fyne.TextWrapWord
	return e
}

func single(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	return e
}

// letter returns the snapshot's letter, nil for a Biên bản.
func (c *composer) letter() *document.Letter {
	switch {
	case c.snap.Proposal != nil:
		return &c.snap.Proposal.Letter
	case c.snap.Decision != nil:
		return &c.snap.Decision.Letter
	}
	return nil
}

// show opens the dialog. Its buttons stay in the dialog's own row and the
// fields scroll, so neither hides the other on an office screen.
func (c *composer) show(title string) {
	preview := widget.NewButton("Xem bản nháp", c.onPreview)
	word := widget.NewButton(saveWordLabel, func() { c.onSaveCopy(dossier.FormatWord) })
	list := widget.NewButton(saveListLabel, func() { c.onSaveCopy(dossier.FormatList) })
	c.dlg, c.issueButton = formDialogButton(c.shell.win, title, "Cấp số và ban hành", "Đóng", c.items(), c.confirmIssue, preview, word, list)
	c.dlg.SetOnClosed(func() { c.closed = true })
	c.dlg.Show()
}

// confirmIssue says what issuing does before it takes a number for ever,
// and asks the number the office's register gives (askNumber). A field
// that cannot be read or a paper check that blocks issuing is said
// first, so the clerk is not asked about a number the paper cannot take;
// the check runs off the UI goroutine (it ranks the round's whole list),
// the button disabled from then until the paper is issued, refused or the
// clerk says no. The composer stays open, with what was typed in it, until
// the paper is issued.
func (c *composer) confirmIssue() bool {
	if c.issuing {
		return false
	}
	iso, err := c.read()
	if err != nil {
		c.shell.showError(err)
		return false
	}
	c.setIssuing(true)
	desk, snap, line, kind := c.shell.desk(), detached(c.snap), c.line, app.DocKindLabel(c.snap.Kind)
	c.shell.longJob("Đang kiểm tra "+kind, false, func(context.Context) func() {
		fs, err := desk.CheckPaper(snap, line)
		if err == nil {
			err = dossier.BlockingErr(fs)
		}
		return func() {
			switch {
			case c.closed: // closed while the paper was checked: nothing to ask
				c.setIssuing(false)
				return
			case err != nil:
				c.setIssuing(false)
				c.shell.showError(err)
				return
			}
			c.shell.askNumber(snap, iso, func(number int) {
				c.line.Number = number
				c.issue()
			}, func() { c.setIssuing(false) })
		}
	})
	return false
}

// setIssuing marks the paper as being checked or issued, its button
// disabled meanwhile, or no longer.
func (c *composer) setIssuing(on bool) {
	c.issuing = on
	if c.issueButton == nil {
		return
	}
	if on {
		c.issueButton.Disable()
	} else {
		c.issueButton.Enable()
	}
}

func (c *composer) items() []*widget.FormItem {
	l := c.letter()
	if l == nil { // Biên bản
		m := c.snap.Minutes
		c.date = single(viet.DisplayISO(m.Meeting.Date()))
		c.ended = single(m.EndedAt)
		c.ended.SetPlaceHolder("16 giờ 30")
		return []*widget.FormItem{widget.NewFormItem("Ngày vào sổ", c.date), widget.NewFormItem("Kết thúc lúc", c.ended),
			widget.NewFormItem("", textLabel(strconv.Itoa(len(m.Items))+" đề nghị đã biểu quyết tại cuộc họp "+app.MeetingTitle(m.Meeting)))}
	}
	c.date = single(viet.DisplayISO(l.Date))
	c.bases, c.extra = multi(l.Bases, 5), multi(l.Extra, 2)
	c.autoBases = c.bases.Text
	c.date.OnChanged = c.onDate
	c.recipients, c.authority = multi(l.Recipients, 3), multi(l.Authority, 3)
	c.signer = single(l.SignerName)
	items := []*widget.FormItem{widget.NewFormItem("Ngày ban hành", c.date)}
	if c.snap.Proposal != nil {
		c.to = multi(c.snap.Proposal.To, 2)
		c.autoTo = c.to.Text
		items = append(items, widget.NewFormItem("Kính gửi", c.to))
		items[len(items)-1].HintText = "mỗi dòng một nơi"
	}
	items = append(items, widget.NewFormItem("Căn cứ", c.bases), widget.NewFormItem("Đoạn thêm", c.extra))
	items[len(items)-2].HintText = "mỗi dòng một căn cứ; đổi ngày thì các căn cứ chưa sửa tự theo văn bản có hiệu lực"
	if dec := c.snap.Decision; dec != nil {
		c.cashCol, c.cashInd = single(strconv.FormatInt(dec.CashCollective, 10)), single(strconv.FormatInt(dec.CashIndividual, 10))
		c.autoCol, c.autoInd = c.cashCol.Text, c.cashInd.Text
		c.executors = single(dec.Executors)
		items = append(items, widget.NewFormItem("Thưởng mỗi tập thể (đồng)", c.cashCol),
			widget.NewFormItem("Thưởng mỗi cá nhân (đồng)", c.cashInd), widget.NewFormItem("Thi hành (Điều 3)", c.executors))
	}
	items = append(items, widget.NewFormItem("Nơi nhận", c.recipients), widget.NewFormItem("Ký", c.signerPicker()),
		widget.NewFormItem("Thẩm quyền ký", c.authority), widget.NewFormItem("Người ký", c.signer))
	items = append(items, widget.NewFormItem("Danh sách", textLabel(c.listText())))
	if text := c.checkText(); text != "" {
		items = append(items, widget.NewFormItem("Kiểm tra", textLabel(text)))
	}
	return items
}

// onDate follows the Căn cứ lines and the Kính gửi lines to a new date
// (the texts in force and the structure of the administration change with
// it), each while the clerk has not edited it.
func (c *composer) onDate(text string) {
	followBases := c.bases.Text == c.autoBases
	followTo := c.to != nil && c.to.Text == c.autoTo
	followCash := c.snap.Decision != nil && c.cashCol.Text == c.autoCol && c.cashInd.Text == c.autoInd
	if c.redraft == nil || (!followBases && !followTo && c.snap.Decision == nil) {
		return
	}
	t, err := viet.ParseDate(text)
	if err != nil {
		return
	}
	s, err := c.redraft(viet.ISO(t))
	if err != nil {
		return
	}
	var bases []string
	switch {
	case s.Proposal != nil:
		bases = s.Proposal.Bases
	case s.Decision != nil:
		bases = s.Decision.Bases
	}
	if followBases {
		c.autoBases = strings.Join(bases, "\n")
		c.bases.SetText(c.autoBases)
	}
	if dec := c.snap.Decision; dec != nil && s.Decision != nil {
		// Điều 2 cites the decree in force on the paper's date, whatever the
		// amounts; the amounts follow the date while the clerk has not typed
		// his own.
		dec.CashBasis = s.Decision.CashBasis
		if followCash {
			c.autoCol, c.autoInd = strconv.FormatInt(s.Decision.CashCollective, 10), strconv.FormatInt(s.Decision.CashIndividual, 10)
			c.cashCol.SetText(c.autoCol)
			c.cashInd.SetText(c.autoInd)
		}
	}
	if followTo && s.Proposal != nil {
		c.snap.Proposal.Addressee, c.snap.Proposal.Through = s.Proposal.Addressee, s.Proposal.Through
		c.autoTo = strings.Join(s.Proposal.To, "\n")
		c.to.SetText(c.autoTo)
	}
}

// listText says who is on the paper.
func (c *composer) listText() string {
	var es []document.ListEntry
	switch {
	case c.snap.Proposal != nil:
		es = c.snap.Proposal.Entries
	case c.snap.Decision != nil:
		es = c.snap.Decision.Entries
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	if len(names) == 0 {
		return "chưa có ai: cần đề nghị đã được Hội đồng bình xét đạt"
	}
	return strings.Join(names, "; ")
}

// read copies the fields into the snapshot; it returns the ISO date.
func (c *composer) read() (string, error) {
	iso, err := isoDate("Ngày", c.date.Text)
	if err != nil {
		return "", err
	}
	if c.snap.Minutes != nil {
		c.snap.Minutes.EndedAt = strings.TrimSpace(c.ended.Text)
		return iso, nil
	}
	l := c.letter()
	l.Date, l.Bases, l.Extra = iso, lines(c.bases), lines(c.extra)
	l.Recipients, l.Authority, l.SignerName = lines(c.recipients), lines(c.authority), viet.Clean(c.signer.Text)
	if c.snap.Proposal != nil {
		c.snap.Proposal.To = lines(c.to)
	}
	if dec := c.snap.Decision; dec != nil {
		var ps app.Problems
		for _, f := range []struct {
			e   *widget.Entry
			dst *int64
			at  string
		}{{c.cashCol, &dec.CashCollective, "Thưởng mỗi tập thể"}, {c.cashInd, &dec.CashIndividual, "Thưởng mỗi cá nhân"}} {
			v, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(f.e.Text), ".", ""), 10, 64)
			if err != nil || v < 0 {
				ps.Add(f.at, "gõ số tiền bằng chữ số, ví dụ 500000")
			}
			*f.dst = v
		}
		dec.Executors = viet.Clean(c.executors.Text)
		if err := ps.Err(); err != nil {
			return "", err
		}
	}
	return iso, nil
}

func (c *composer) onPreview() {
	draft, err := c.draft()
	if err != nil {
		c.shell.showError(err)
		return
	}
	desk := c.shell.desk()
	c.shell.handPaper("Bản nháp "+app.DocKindLabel(c.snap.Kind), false, func() ([]byte, error) { return desk.Render(draft) })
}

// draft is the paper as drafted: the clerk's entries read, no number
// yet, the date chosen.
func (c *composer) draft() (document.Snapshot, error) {
	if _, err := c.read(); err != nil {
		return document.Snapshot{}, err
	}
	draft := c.snap
	draft.SetNumber(0, c.letterDate())
	return draft, nil
}

// onSaveCopy saves the draft as an editable Word file, or its Danh sách
// as Excel.
func (c *composer) onSaveCopy(format string) {
	draft, err := c.draft()
	if err != nil {
		c.shell.showError(err)
		return
	}
	d, err := draft.Document()
	if err != nil {
		c.shell.showError(err)
		return
	}
	b, err := c.shell.paperFile(d, format)
	if err != nil {
		c.shell.showError(err)
		return
	}
	name := "Bản nháp " + app.DocKindLabel(c.snap.Kind)
	if format == dossier.FormatList {
		name = "Danh sách kèm " + name
	}
	c.shell.saveFile(b, app.SafeFileName(name, extension(format)))
}

func (c *composer) letterDate() string {
	if l := c.letter(); l != nil {
		return l.Date
	}
	return ""
}

// onIssue issues the paper without asking (the clerk said yes).
func (c *composer) onIssue() {
	if c.issuing {
		return
	}
	c.setIssuing(true)
	c.issue()
}

// issue issues the paper off the UI goroutine (see issuePaper); the
// composer closes once it is issued and stays, with what was typed, when
// it is refused.
func (c *composer) issue() {
	iso, err := c.read()
	if err != nil {
		c.setIssuing(false)
		c.shell.showError(err)
		return
	}
	desk, snap, line := c.shell.desk(), detached(c.snap), c.line
	c.shell.issuePaper(app.DocKindLabel(c.snap.Kind), func() (app.Document, error) { return desk.Issue(snap, iso, line) }, func(issued bool) {
		c.setIssuing(false)
		if !issued {
			return
		}
		if c.dlg != nil {
			c.dlg.Hide()
		}
		if c.done != nil {
			c.done()
		}
	})
}

// composeLetter opens the composer on the draft draft makes for today.
// The draft and its check are made off the UI goroutine (they rank the
// round's whole list); the clerk may cancel meanwhile.
func (s *Shell) composeLetter(title string, draft func(date string) (document.Snapshot, error), line app.Document, done func()) {
	desk := s.desk()
	s.longJob("Đang soạn "+title, true, func(context.Context) func() {
		snap, err := draft("")
		check := ""
		if err == nil {
			check = paperCheckText(desk, snap, line)
		}
		return func() {
			if err != nil {
				s.showError(err)
				return
			}
			(&composer{shell: s, snap: snap, line: line, done: done, redraft: draft, check: check, checked: true}).show(title)
		}
	})
}
