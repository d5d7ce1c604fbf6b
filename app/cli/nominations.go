package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// ExitRefused is the exit code of a nomination the plan's rules refuse.
const ExitRefused = 5

func nominationCommands() []command {
	const round = "--plan MÃ --round NĂM|final"
	return []command{
		{"nominations list", round + " [--json]", "liệt kê các đề nghị khen thưởng của một đợt: hình thức, đối tượng, trạng thái, biểu quyết, kết quả", cmdNominationsList},
		{"nominate", round + " --award MÃ|TÊN --entity MÃ|TÊN [--reason LÝ_DO]", "đề nghị khen thưởng (mã thoát 5 kèm lý do khi bị từ chối; --reason để vẫn đề nghị)", cmdNominate},
		{"pdf ballots", round + " [--meeting MÃ] -o TỆP.pdf", "in phiếu bầu kín cho các đề nghị còn chờ bỏ phiếu kín của đợt; ghi ra mỗi loại phiếu phát mấy tờ, không phát cho ai", cmdPDFBallots},
	}
}

// roundFlags are the flags naming a plan's round.
type roundFlags struct {
	plan  *int64
	round *string
}

func (c *call) roundFlags() roundFlags {
	return roundFlags{c.fs.Int64("plan", 0, ""), c.fs.String("round", "", "")}
}

// resolve reads the plan and finds the round the flags name.
func (f roundFlags) resolve(st Store) (*app.Plan, app.Round, error) {
	p, err := st.Plan(*f.plan)
	if err != nil {
		return nil, app.Round{}, err
	}
	r, err := findRound(p, *f.round)
	return p, r, err
}

// boardData is a round's board and what it was built from.
type boardData struct {
	in    app.BoardInput
	board app.Board
	org   app.Organisation
	page  string
}

// openBoard opens the store and reads the board of the named round; the
// caller closes the store.
func (c *call) openBoard(f roundFlags) (Store, *boardData, error) {
	st, err := c.open()
	if err != nil {
		return nil, nil, err
	}
	d, err := c.loadBoard(st, f)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, d, nil
}

// loadBoard reads everything the board of the named round needs.
func (c *call) loadBoard(st Store, f roundFlags) (*boardData, error) {
	if *f.plan <= 0 || *f.round == "" {
		return nil, usagef("cần --plan MÃ và --round (năm, ví dụ 2024, hoặc final)")
	}
	d := &boardData{}
	in := &d.in
	var err error
	if in.Plan, err = st.Plan(*f.plan); err != nil {
		return nil, err
	}
	r, err := findRound(in.Plan, *f.round)
	if err != nil {
		return nil, err
	}
	if *in, d.board, err = app.LoadBoard(st, in.Plan, r); err != nil {
		return nil, err
	}
	if d.org, err = st.Organisation(); err != nil {
		return nil, err
	}
	if d.page, err = st.Setting(document.SettingsKey); err != nil {
		return nil, err
	}
	return d, nil
}

// nominationLine is a line of `nominations list --json`.
type nominationLine struct {
	ID           int64       `json:"id"`
	AwardForm    string      `json:"award_form"`
	Participant  string      `json:"participant"`
	Kind         string      `json:"kind"`
	Status       string      `json:"status"`
	StatusLabel  string      `json:"status_label"`
	Total        *float64    `json:"total"`
	Class        string      `json:"classification"`
	Votes        *voteCounts `json:"votes"`
	Result       string      `json:"result"`
	ForcedReason string      `json:"forced_reason"`
	Reasons      []string    `json:"reasons"`
}

type voteCounts struct {
	Method   string  `json:"method"`
	Issued   int     `json:"issued"`
	Returned int     `json:"returned"`
	Valid    int     `json:"valid"`
	For      int     `json:"for"`
	Against  int     `json:"against"`
	Recused  int     `json:"recused"`
	Percent  float64 `json:"percent"`
	Passed   bool    `json:"passed"`
}

func lineOf(p app.FormPanel, e app.BoardEntry) nominationLine {
	l := nominationLine{ID: e.ID, AwardForm: p.Form.Name, Participant: e.Part.Name, Kind: string(e.Part.Kind),
		Status: e.Status, StatusLabel: app.StatusLabel(e.Status), ForcedReason: e.ForcedReason, Reasons: []string{}}
	if e.Row != nil && e.Row.Complete {
		total := e.Row.Total
		l.Total, l.Class = &total, e.Row.Class.Label()
	}
	if e.Vote != nil {
		v := e.Vote
		l.Votes = &voteCounts{string(v.Method), v.Issued, v.Returned, v.Valid, v.For, v.Against, len(v.Recused), e.Outcome.Percent, e.Outcome.Passed}
		l.Result = e.Outcome.Reason
	}
	for _, r := range e.Breaks {
		l.Reasons = append(l.Reasons, r.Message)
	}
	return l
}

func cmdNominationsList(env *Env, c *call) error {
	f := c.roundFlags()
	asJSON := c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	st, d, err := c.openBoard(f)
	if err != nil {
		return err
	}
	defer st.Close()
	if *asJSON {
		lines := []nominationLine{}
		for _, p := range d.board.Panels {
			for _, e := range p.Entries {
				lines = append(lines, lineOf(p, e))
			}
		}
		enc := jsonOut(env.Stdout)
		return enc.Encode(lines)
	}
	for _, p := range d.board.Panels {
		fmt.Fprintf(env.Stdout, "%s — số lượng: %s; %s\n", p.Form.Name, quotaOrNone(p), p.LeftText())
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		for _, e := range p.Entries {
			l := lineOf(p, e)
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\n", l.ID, l.Participant, l.StatusLabel, l.Result, strings.Join(l.Reasons, "; "))
			if l.ForcedReason != "" {
				fmt.Fprintf(tw, "  \t\tvẫn đề nghị vì: %s\t\t\n", l.ForcedReason)
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

func quotaOrNone(p app.FormPanel) string {
	if !p.HasQuota {
		return "không có"
	}
	return app.QuotaText(p.Quota)
}

func cmdNominate(env *Env, c *call) error {
	f := c.roundFlags()
	award := c.fs.String("award", "", "")
	entity := c.fs.String("entity", "", "")
	reason := c.fs.String("reason", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *award == "" || *entity == "" {
		return usagef("cần --award (mã hoặc tên hình thức) và --entity (mã hoặc tên đối tượng)")
	}
	st, d, err := c.openBoard(f)
	if err != nil {
		return err
	}
	defer st.Close()
	form, err := findForm(d.in.Plan, *award)
	if err != nil {
		return err
	}
	part, err := findEntity(d.in.Parts, *entity)
	if err != nil {
		return err
	}
	id, err := st.Nominate(app.Nomination{RoundID: d.in.Round.ID, AwardFormID: form.ID, ParticipantID: part.ID}, *reason)
	var re *app.RefusedError
	if errors.As(err, &re) {
		fmt.Fprintf(env.Stderr, "%v\n", err)
		if re.Forceable {
			fmt.Fprintln(env.Stderr, "Từ dòng lệnh: thêm --reason \"lý do\".")
		}
		return errRefused
	}
	if err != nil {
		return err
	}
	forced := ""
	if n, err := st.Nomination(id); err == nil && n.ForcedReason != "" {
		forced = "; vượt quy định, lý do đã ghi vào nhật ký"
	}
	fmt.Fprintf(env.Stdout, "Đã đề nghị %s: %s (mã đề nghị %d%s).\n", form.Name, part.Name, id, forced)
	return nil
}

// errRefused reports a nomination refused by the rules (already printed).
var errRefused = errors.New("bị từ chối")

// findForm finds an award form of p by ID or by name (ignoring marks and
// case; a part of the name is enough when only one form has it).
func findForm(p *app.Plan, key string) (app.AwardForm, error) {
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		if a, ok := p.AwardFormByID(id); ok {
			return a, nil
		}
	}
	var names []string
	var found []app.AwardForm
	for _, a := range p.AwardForms {
		names = append(names, fmt.Sprintf("%d %s", a.ID, a.Name))
		if viet.Fold(a.Name) == viet.Fold(key) {
			return a, nil
		}
		if viet.Contains(viet.Fold(a.Name), key) {
			found = append(found, a)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return app.AwardForm{}, &app.InvalidError{Problems: []app.Problem{{Where: "--award",
		Message: fmt.Sprintf("không xác định được hình thức %q; dùng mã: %s", key, strings.Join(names, "; "))}}}
}

// findEntity finds a participant by ID or by full name (ignoring marks
// and case); two with the same name must be named by ID.
func findEntity(parts []app.Participant, key string) (app.Participant, error) {
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		for _, p := range parts {
			if p.ID == id {
				return p, nil
			}
		}
	}
	var found []app.Participant
	for _, p := range parts {
		if viet.Fold(p.Name) == viet.Fold(key) {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return app.Participant{}, &app.InvalidError{Problems: []app.Problem{{Where: "--entity",
			Message: fmt.Sprintf("không có đối tượng %q; xem mã bằng lệnh entities list --search", key)}}}
	}
	var ids []string
	for _, p := range found {
		ids = append(ids, fmt.Sprintf("%d (%s)", p.ID, p.Unit))
	}
	return app.Participant{}, &app.InvalidError{Problems: []app.Problem{{Where: "--entity",
		Message: fmt.Sprintf("có %d đối tượng tên %q, dùng mã: %s", len(found), key, strings.Join(ids, ", "))}}}
}

func cmdPDFBallots(env *Env, c *call) error {
	f := c.roundFlags()
	meetingID := c.fs.Int64("meeting", 0, "")
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	st, d, err := c.openBoard(f)
	if err != nil {
		return err
	}
	defer st.Close()
	var present []int64
	heldOn := ""
	if *meetingID != 0 {
		m, err := st.Meeting(*meetingID)
		if err != nil {
			return err
		}
		if m.RoundID != d.in.Round.ID {
			return &app.InvalidError{Problems: []app.Problem{{Where: "--meeting", Message: "cuộc họp thuộc đợt khác"}}}
		}
		present, heldOn = m.Attendees, m.Date()
	} else {
		present = app.ServingMembers(d.in.Council)
	}
	bs, err := document.BallotSets(d.board, d.in.Council, present, d.org, heldOn)
	if err != nil {
		return err
	}
	doc, err := document.BallotSetsDocument(d.org, d.in.Plan, d.in.Round, heldOn, bs)
	if err != nil {
		return err
	}
	if err := c.renderTo(env, d.page, doc, *out); err != nil {
		return err
	}
	// How to hand them out, as the note on the first page says.
	for _, line := range bs.Distribution() {
		fmt.Fprintln(env.Stdout, line)
	}
	return nil
}
