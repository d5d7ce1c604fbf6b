package cli

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"thidua/app"
	"thidua/app/document"
)

// scoreCommands are the scoring commands.
func scoreCommands() []command {
	const args = "--plan MÃ --round NĂM|final --kind collective|individual"
	return []command{
		{"scores rank", args + " [--json]", "xếp hạng theo điểm hội đồng, nêu quy tắc phân định khi bằng điểm", cmdScoresRank},
		{"pdf scores", args + " -o TỆP.pdf", "in bảng tổng hợp kết quả chấm điểm", cmdPDFScores},
		{"pdf scoresheet", args + " -o TỆP.pdf", "in phiếu chấm điểm trống cho từng thành viên hội đồng", cmdPDFScoreSheet},
	}
}

// scoreData is what the scoring commands work on.
type scoreData struct {
	plan    *app.Plan
	org     app.Organisation
	round   app.Round
	kind    app.Kind
	parts   []app.Participant // active, in Vietnamese name order
	scores  []app.Score
	council []app.CouncilMember
	manual  map[int64]int // the clerk's order of tied participants, as the screen keeps it
	page    string
}

// scoreFlags are the flags every scoring command takes.
type scoreFlags struct {
	plan        *int64
	round, kind *string
}

func (c *call) scoreFlags() scoreFlags {
	return scoreFlags{c.fs.Int64("plan", 0, ""), c.fs.String("round", "", ""), c.fs.String("kind", "", "")}
}

// loadScores checks the flags and reads the data they name: the plan, its
// round by key, the active participants of the kind in Vietnamese name
// order (as the scoring screen lists them), the round's scores, the
// council, the organisation, the clerk's order of ties and the page
// settings.
func (c *call) loadScores(f scoreFlags) (scoreData, error) {
	var d scoreData
	if *f.plan <= 0 || *f.round == "" || *f.kind == "" {
		return d, usagef("cần --plan MÃ, --round (năm, ví dụ 2024, hoặc final) và --kind collective|individual")
	}
	d.kind = app.Kind(*f.kind)
	if !d.kind.Valid() {
		return d, usagef("--kind phải là collective (tập thể) hoặc individual (cá nhân)")
	}
	st, err := c.open()
	if err != nil {
		return d, err
	}
	defer st.Close()
	if d.plan, err = st.Plan(*f.plan); err != nil {
		return d, err
	}
	r, err := findRound(d.plan, *f.round)
	if err != nil {
		return d, err
	}
	d.round = r
	all, err := st.Participants(d.kind)
	if err != nil {
		return d, err
	}
	d.parts = app.NewRoster(all).Select(app.Filter{Kind: d.kind}, app.ColName, false)
	if d.scores, err = st.RoundScores(r.ID); err != nil {
		return d, err
	}
	if d.council, err = st.CouncilMembers(); err != nil {
		return d, err
	}
	if d.org, err = st.Organisation(); err != nil {
		return d, err
	}
	manual, err := st.Setting(app.ManualOrderKey(r.ID, d.kind))
	if err != nil {
		return d, err
	}
	d.manual = app.ParseManualOrder(manual)
	d.page, err = st.Setting(document.SettingsKey)
	return d, err
}

// findRound returns the round of p with the given key, or says which
// rounds there are.
func findRound(p *app.Plan, key string) (app.Round, error) {
	if r, ok := p.RoundByKey(key); ok {
		return r, nil
	}
	var keys []string
	for _, r := range p.Rounds {
		keys = append(keys, r.Key)
	}
	return app.Round{}, &app.InvalidError{Problems: []app.Problem{{Where: "--round",
		Message: fmt.Sprintf("kế hoạch không có đợt %q (các đợt: %s)", key, joinOr(keys))}}}
}

func joinOr(keys []string) string {
	if len(keys) == 0 {
		return "chưa có"
	}
	s := keys[0]
	for _, k := range keys[1:] {
		s += ", " + k
	}
	return s
}

// rank ranks the loaded data.
func (d scoreData) rank() []app.RankRow {
	return app.Rank(d.plan, d.kind, d.parts, d.scores, d.manual)
}

// rankLine is a line of `scores rank --json`.
type rankLine struct {
	Rank           int     `json:"rank"` // 0: incomplete
	ID             int64   `json:"id"`
	Name           string  `json:"name"`
	Total          float64 `json:"total"`
	Max            float64 `json:"max"`
	Complete       bool    `json:"complete"`
	Classification string  `json:"classification"`
	TieRule        string  `json:"tie_rule"`
	Missing        []int64 `json:"missing_criteria"`
}

func cmdScoresRank(env *Env, c *call) error {
	f := c.scoreFlags()
	asJSON := c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	d, err := c.loadScores(f)
	if err != nil {
		return err
	}
	rows := d.rank()
	if *asJSON {
		lines := make([]rankLine, 0, len(rows))
		for _, r := range rows {
			missing := r.Missing
			if missing == nil {
				missing = []int64{}
			}
			lines = append(lines, rankLine{r.Rank, r.Participant.ID, r.Participant.Name, r.Total, r.Max, r.Complete,
				r.Class.Label(), r.TieRule, missing})
		}
		enc := jsonOut(env.Stdout)
		return enc.Encode(lines)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Hạng\tTên\tTổng\tXếp loại\tXếp trên người sau khi bằng điểm vì")
	incomplete := 0
	for _, r := range rows {
		rank, total := strconv.Itoa(r.Rank), points(r.Total)+"/"+points(r.Max)
		if !r.Complete {
			rank, total = "—", "chưa đủ điểm"
			incomplete++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", rank, r.Participant.Name, total, r.Class.Label(), r.TieRule)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s, %s: %d được xếp hạng, %d chưa đủ điểm.\n", d.kind.Label(), strings.ToLower(d.round.Name), len(rows)-incomplete, incomplete)
	return nil
}

func cmdPDFScores(env *Env, c *call) error {
	return c.scorePDF(env, func(d scoreData) *document.Document {
		return document.ScoresDocument(d.plan, d.org, d.round, d.kind, d.rank(), d.council)
	})
}

// cmdPDFScoreSheet prints a blank sheet for each active council member, or
// one unnamed sheet when there is none.
func cmdPDFScoreSheet(env *Env, c *call) error {
	return c.scorePDF(env, func(d scoreData) *document.Document {
		var members []app.CouncilMember
		for _, m := range d.council {
			if m.Active {
				members = append(members, m)
			}
		}
		return document.ScoreSheetsDocument(d.plan, d.org, d.round, d.kind, d.parts, members)
	})
}

func (c *call) scorePDF(env *Env, build func(scoreData) *document.Document) error {
	f := c.scoreFlags()
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	d, err := c.loadScores(f)
	if err != nil {
		return err
	}
	return c.renderTo(env, d.page, build(d), *out)
}

// renderTo writes doc with the stored page settings into the file out,
// in the format out's extension chooses.
func (c *call) renderTo(env *Env, page string, doc *document.Document, out string) error {
	return writePaper(env, page, doc, out, "")
}
