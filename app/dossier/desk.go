// Package dossier prepares the papers of an award dossier from the
// records — Tờ trình, Quyết định, Biên bản, Báo cáo thành tích, Giấy khen —
// issues them into the register and prints them again from their
// snapshots. The screens and the command line both go through it.
package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"strconv"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// Store is what the papers are read from and issued into.
type Store interface {
	app.BoardSource
	Organisation() (app.Organisation, error)
	Plan(id int64) (*app.Plan, error)
	Plans() ([]app.PlanSummary, error)
	Signers() ([]app.Signer, error)
	AwardHistory(participantID int64) ([]app.AwardRecord, error)
	Meeting(id int64) (app.Meeting, error)
	Nomination(id int64) (app.Nomination, error)
	IssueDocument(r app.IssueRequest) (app.Document, error)
	Document(id int64) (app.Document, error)
	Documents(f app.DocumentFilter) ([]app.Document, error)
	NextNumber(symbol string, year int) (int, error)
	RecordCopy(id int64, format string) error
}

// Desk prepares, issues and prints the papers.
type Desk struct {
	St    Store
	Fonts document.Fonts
	Now   func() time.Time // today's date for new papers; nil is time.Now
}

// today is the ISO date of new papers.
func (d *Desk) today() string {
	if d.Now != nil {
		return viet.ISO(d.Now())
	}
	return viet.ISO(time.Now())
}

// round is what the papers of a plan's round are built from.
type round struct {
	org   app.Organisation
	plan  *app.Plan
	round app.Round
	in    app.BoardInput
	board app.Board
	page  string
}

func (d *Desk) loadRound(planID, roundID int64) (*round, error) {
	r := &round{}
	var err error
	if r.org, err = d.St.Organisation(); err != nil {
		return nil, err
	}
	if r.plan, err = d.St.Plan(planID); err != nil {
		return nil, err
	}
	rd, ok := r.plan.RoundByID(roundID)
	if !ok {
		return nil, fmt.Errorf("đợt mã %d của kế hoạch mã %d: %w", roundID, planID, app.ErrNotFound)
	}
	r.round = rd
	if r.in, r.board, err = app.LoadBoard(d.St, r.plan, rd); err != nil {
		return nil, err
	}
	r.page, err = d.St.Setting(document.SettingsKey)
	return r, err
}

// panel returns the board's panel of an award form.
func (r *round) panel(formID int64) (app.FormPanel, error) {
	for _, p := range r.board.Panels {
		if p.Form.ID == formID {
			return p, nil
		}
	}
	return app.FormPanel{}, fmt.Errorf("hình thức khen thưởng mã %d của kế hoạch: %w", formID, app.ErrNotFound)
}

// entries are the nominations of a panel in the given statuses, as list
// lines, with their IDs.
func (r *round) entries(d *Desk, p app.FormPanel, statuses ...string) ([]document.ListEntry, []int64, error) {
	var out []document.ListEntry
	var ids []int64
	for _, e := range p.Entries {
		for _, s := range statuses {
			if e.Status == s {
				le, err := r.listEntry(d, p.Form, e)
				if err != nil {
					return nil, nil, err
				}
				out = append(out, le)
				ids = append(ids, e.ID)
			}
		}
	}
	return out, ids, nil
}

// alreadyIssued explains an empty list whose nominations a paper already
// issued took (doc picks the document from a nomination): after a run
// killed between issuing and writing the PDF, the clerk is pointed to the
// register rather than told there is no one to list. nil when the list
// is not empty or no such paper exists.
func alreadyIssued(p app.FormPanel, list []document.ListEntry, doc func(app.Nomination) int64) error {
	if len(list) > 0 {
		return nil
	}
	for _, e := range p.Entries {
		if id := doc(e.Nomination); id != 0 {
			return &app.InvalidError{Problems: []app.Problem{{Where: "Danh sách", Message: fmt.Sprintf(
				"các đề nghị %s đã có trong văn bản đã cấp số (mã %d); muốn có bản PDF thì in lại: "+
					"Sổ văn bản → In lại, hoặc lệnh “thidua documents print %d -o TỆP.pdf”", orText(p.Form.ShortName, p.Form.Name), id, id)}}}
		}
	}
	return nil
}

// hasEntries tells whether a panel has nominations in the given statuses.
func hasEntries(p app.FormPanel, statuses ...string) bool {
	for _, e := range p.Entries {
		for _, s := range statuses {
			if e.Status == s {
				return true
			}
		}
	}
	return false
}

// listEntry is a nominee's line of a Danh sách: the form by its full name
// ("Giấy khen của Chủ tịch UBND xã", never the short name the screens use),
// the achievement the clerk typed, or one worded from the record (score,
// classification, rank and the awards received before).
func (r *round) listEntry(d *Desk, f app.AwardForm, e app.BoardEntry) (document.ListEntry, error) {
	le := document.ListEntry{Kind: e.Part.Kind, Name: e.Part.Name, Achievement: e.Achievement, Award: orText(f.Name, f.ShortName)}
	if e.Part.Kind == app.KindIndividual {
		le.PositionUnit = joinNonEmpty(", ", e.Part.Position, e.Part.Unit)
	}
	if viet.Clean(le.Achievement) == "" {
		hist, err := d.history(e)
		if err != nil {
			return le, err
		}
		le.Achievement, le.Drafted = r.achievement(e, hist), true
	}
	if f.IssuerLevel != app.LevelCommune {
		// A list sent up names the commune: "Hội Nông dân xã" is one of
		// hundreds at the province.
		le.Name, le.PositionUnit = withCommune(le.Name, r.org.Place), withCommune(le.PositionUnit, r.org.Place)
	}
	return le, nil
}

// withCommune adds the commune's name after a unit named only "… xã"
// ("Hội Nông dân xã" → "Hội Nông dân xã Hòa Phong"), wherever it ends a
// name or a part of one between commas.
func withCommune(s, place string) string {
	place = viet.Clean(place)
	if place == "" {
		return s
	}
	parts := strings.Split(s, ", ")
	for i, p := range parts {
		if strings.HasSuffix(p, " xã") || p == "xã" {
			parts[i] = p + " " + place
		}
	}
	return strings.Join(parts, ", ")
}

// achievement is the record's wording of e's achievement in the round.
func (r *round) achievement(e app.BoardEntry, hist []app.AwardRecord) string {
	return app.AchievementDraft(e.Row, RoundText(r.round), r.board.RankedCount(e.Part.Kind), hist)
}

// history is the awards e's nominee received before this nomination.
func (d *Desk) history(e app.BoardEntry) ([]app.AwardRecord, error) {
	all, err := d.St.AwardHistory(e.Part.ID)
	var out []app.AwardRecord
	for _, h := range all {
		if h.NominationID != e.ID {
			out = append(out, h)
		}
	}
	return out, err
}

// Render prints a snapshot.
func (d *Desk) Render(s document.Snapshot) ([]byte, error) { return s.Render(d.Fonts) }

// symbol is the series the paper of s is numbered in: the council's
// papers run in its own series (BB-HĐTĐKT, TTr-HĐTĐKT), the others in the
// organisation's (QĐ-UBND).
func symbol(org app.Organisation, s document.Snapshot) string {
	abbr := orText(org.Abbreviation, "UBND")
	if s.Kind == app.DocMinutes || s.AuthorityKind() == app.DocCouncil {
		abbr = orText(org.CouncilAbbr, "HĐTĐKT")
	}
	return viet.Symbol(s.Kind, abbr)
}

// NextNumber is the number the register would take next for the paper
// of s issued on date (ISO): the one after the highest of its series in
// the year. The window offers it for the clerk to replace with the number
// of the office's register (sổ văn bản đi).
func (d *Desk) NextNumber(s document.Snapshot, date string) (int, error) {
	org, err := d.St.Organisation()
	if err != nil {
		return 0, err
	}
	t, err := viet.ParseISO(date)
	if err != nil {
		return 0, &app.InvalidError{Problems: []app.Problem{{Where: "Ngày ban hành", Message: "cần ngày ban hành (dd/mm/yyyy) để cấp số"}}}
	}
	return d.St.NextNumber(symbol(org, s), t.Year())
}

// Issue gives the paper of s its number for date (ISO), prints and stores
// it: a Tờ trình sends its nominations up, a Quyết định awards them. The
// number is line.Number when the clerk gave it from the office's register
// (sổ văn bản đi), else the next of the paper's series in the app's
// register.
func (d *Desk) Issue(s document.Snapshot, date string, line app.Document) (app.Document, error) {
	org, err := d.St.Organisation()
	if err != nil {
		return line, err
	}
	line.Kind, line.IssuedOn = s.Kind, date
	// A paper that cannot be printed at all (nobody on it) says so first.
	doc, err := s.Document()
	if err != nil {
		return line, err
	}
	fs := blankFindings(s, doc)
	if l := s.Letter(); l != nil || s.Minutes != nil {
		if l != nil {
			l.Date = date // the check reads the paper as it will be issued
		}
		more, err := d.CheckPaper(s, line)
		if err != nil {
			return line, err
		}
		fs = append(fs, more...)
	}
	if err := BlockingErr(fs); err != nil {
		return line, err
	}
	if line.Signer == "" {
		line.Signer = s.Signer()
	}
	if line.Title == "" {
		line.Title = doc.Title.Summary // the trích yếu
	}
	line.Symbol = symbol(org, s)
	req := app.IssueRequest{Doc: line, Number: line.Number}
	switch s.Kind {
	case app.DocProposal:
		req.Propose = s.Nominations
	case app.DocDecision:
		req.Award, req.Issuer = s.Nominations, "Chủ tịch "+viet.Clean(org.Name)
		if s.Decision != nil {
			if err := d.numberAwards(&s, date); err != nil {
				return line, err
			}
		}
	}
	req.Render = func(n int) ([]byte, string, error) {
		s.SetNumber(n, date)
		pdf, err := d.Render(s)
		return pdf, s.JSON(), err
	}
	return d.St.IssueDocument(req)
}

// numberAwards gives each award of a decision its number in the register
// of awards (sổ vàng), running on from the decisions issued before it in
// the same year; the snapshot keeps them, so certificates printed again
// carry the same numbers.
func (d *Desk) numberAwards(s *document.Snapshot, date string) error {
	year, _ := strconv.Atoi(date[:min(4, len(date))])
	docs, err := d.St.Documents(app.DocumentFilter{Year: year, Kind: app.DocDecision})
	if err != nil {
		return err
	}
	last := 0
	for _, line := range docs {
		if line.Status != app.DocIssued {
			continue // a cancelled decision awarded nothing: one that did cannot be cancelled
		}
		full, err := d.St.Document(line.ID)
		if err != nil {
			return err
		}
		prev, err := document.ParseSnapshot(full.Snapshot)
		if err != nil || prev.Decision == nil {
			continue
		}
		for _, e := range prev.Decision.Entries {
			last = max(last, e.RegisterNo)
		}
	}
	in := *s.Decision
	in.Entries = append([]document.ListEntry(nil), in.Entries...)
	for i := range in.Entries {
		last++
		in.Entries[i].RegisterNo = last
	}
	s.Decision = &in
	return nil
}

// Reprint prints an issued paper again from its snapshot. When the bytes
// differ from those issued (a later version of the app lays pages out
// differently), the PDF kept at issue is returned instead, so a re-print
// is always the paper as issued.
func (d *Desk) Reprint(id int64) ([]byte, app.Document, error) {
	doc, err := d.St.Document(id)
	if err != nil {
		return nil, doc, err
	}
	s, err := document.ParseSnapshot(doc.Snapshot)
	if err == nil {
		var pdf []byte
		if pdf, err = d.Render(s); err == nil {
			sum := sha256.Sum256(pdf)
			if hex.EncodeToString(sum[:]) == doc.PDFHash {
				return pdf, doc, nil
			}
			err = fmt.Errorf("bản in lại khác bản đã ban hành")
		}
	}
	log.Printf("văn bản %s: in bản đã lưu khi ban hành (%v)", viet.DocNumber(doc.Number, doc.Symbol), err)
	return doc.PDF, doc, nil
}

func orText(s, def string) string {
	if viet.Clean(s) == "" {
		return def
	}
	return viet.Clean(s)
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p = viet.Clean(p); p != "" {
			if out != "" {
				out += sep
			}
			out += p
		}
	}
	return out
}
