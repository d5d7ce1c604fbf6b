package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
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
	page    string
}

// loadScores reads the flags --plan, --round, --kind and the data they
// name.
func (c *call) loadScores(planID *int64, roundKey, kind *string) (scoreData, error) {
	var d scoreData
	if *planID <= 0 || *roundKey == "" {
		return d, usagef("cần --plan MÃ và --round (năm, ví dụ 2024, hoặc final)")
	}
	d.kind = app.Kind(*kind)
	if !d.kind.Valid() {
		return d, usagef("--kind phải là collective hoặc individual")
	}
	st, err := c.open()
	if err != nil {
		return d, err
	}
	defer st.Close()
	if d.plan, err = st.Plan(*planID); err != nil {
		return d, err
	}
	r, ok := d.plan.RoundByKey(*roundKey)
	if !ok {
		return d, &app.InvalidError{Problems: []app.Problem{{Where: "--round", Message: fmt.Sprintf("kế hoạch không có đợt %q", *roundKey)}}}
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
	d.page, err = st.Setting(document.SettingsKey)
	return d, err
}

func (c *call) scoreFlags() (*int64, *string, *string) {
	return c.fs.Int64("plan", 0, ""), c.fs.String("round", "", ""), c.fs.String("kind", "", "")
}

// rankLine is a line of `scores rank --json`.
type rankLine struct {
	Rank           int     `json:"rank"`
	ID             int64   `json:"id"`
	Name           string  `json:"name"`
	Total          float64 `json:"total"`
	Max            float64 `json:"max"`
	Complete       bool    `json:"complete"`
	Classification string  `json:"classification"`
	TieRule        string  `json:"tie_rule"`
}

func cmdScoresRank(env *Env, c *call) error {
	planID, round, kind := c.scoreFlags()
	asJSON := c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	d, err := c.loadScores(planID, round, kind)
	if err != nil {
		return err
	}
	rows := app.Rank(d.plan, d.kind, d.parts, d.scores, nil)
	if *asJSON {
		lines := make([]rankLine, 0, len(rows))
		for _, r := range rows {
			lines = append(lines, rankLine{r.Rank, r.Participant.ID, r.Participant.Name, r.Total, r.Max, r.Complete, r.Class.Label(), r.TieRule})
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(lines)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Hạng\tTên\tTổng\tXếp loại\tXếp trên khi bằng điểm vì")
	for _, r := range rows {
		rank, total := strconv.Itoa(r.Rank), points(r.Total)+"/"+points(r.Max)
		if !r.Complete {
			rank, total = "—", "chưa đủ điểm"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", rank, r.Participant.Name, total, r.Class.Label(), r.TieRule)
	}
	return tw.Flush()
}

func cmdPDFScores(env *Env, c *call) error {
	return c.scorePDF(env, func(d scoreData) *document.Document {
		rows := app.Rank(d.plan, d.kind, d.parts, d.scores, nil)
		return document.ScoresDocument(d.plan, d.org, d.round, d.kind, rows, d.council)
	})
}

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
	planID, round, kind := c.scoreFlags()
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	d, err := c.loadScores(planID, round, kind)
	if err != nil {
		return err
	}
	s, err := document.ParseSettings(d.page)
	if err != nil {
		return err
	}
	r, err := document.NewRenderer(env.Fonts, s)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, build(d)); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã in ra %s.\n", *out)
	return nil
}
