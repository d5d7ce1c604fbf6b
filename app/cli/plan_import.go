package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"thidua/app"
	"thidua/app/plancheck"
	"thidua/app/planimport"
)

// findingLine is a finding of the plan check in `plan import --json`.
type findingLine struct {
	Rule    string `json:"rule"`
	Where   string `json:"where"`
	Message string `json:"message"`
	Fix     string `json:"fix"`
}

// importOutput is what `plan import --json` prints.
type importOutput struct {
	*planimport.Result
	Findings []findingLine `json:"findings"`
	DryRun   bool          `json:"dry_run"`
	PlanID   int64         `json:"plan_id,omitempty"`
}

func cmdPlanImport(env *Env, c *call) error {
	dryRun := c.fs.Bool("dry-run", false, "")
	asJSON := c.fs.Bool("json", false, "")
	if err := c.parse(1); err != nil {
		return err
	}
	file := c.args[0]
	b, err := os.ReadFile(file)
	if err != nil {
		return &app.InvalidError{Problems: []app.Problem{{Where: file, Message: "không đọc được tệp"}}}
	}
	r, err := planimport.Import(filepath.Base(file), b)
	if err != nil {
		return &app.InvalidError{Problems: []app.Problem{{Where: file, Message: "không nhập được kế hoạch: " + err.Error()}}}
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	org, err := st.Organisation()
	if err != nil {
		return err
	}
	out := importOutput{Result: r, Findings: []findingLine{}, DryRun: *dryRun}
	for _, f := range plancheck.Check(r.Plan, org) {
		out.Findings = append(out.Findings, findingLine{f.Rule, f.Where, f.Message, f.Fix})
	}
	if !*dryRun {
		if out.PlanID, err = st.CreatePlan(r.Plan); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		return enc.Encode(out)
	}
	writeImport(env.Stdout, file, out)
	return nil
}

// writeImport prints what was recognised, part by part, what could not be
// placed, the notes and the plan check, then what was done.
func writeImport(w io.Writer, file string, out importOutput) {
	p := out.Plan
	fmt.Fprintf(w, "Kế hoạch “%s” đọc từ %s:\n", p.MovementName, file)
	for _, part := range out.Parts {
		fmt.Fprintf(w, "\n== %s ==\n", part.Name)
		for _, l := range part.Plan {
			fmt.Fprintln(w, l)
		}
	}
	if len(out.Unplaced) > 0 {
		fmt.Fprintf(w, "\nKhông xếp được vào phần nào của kế hoạch (%d đoạn, đã giữ lại):\n", len(out.Unplaced))
		for _, u := range out.Unplaced {
			fmt.Fprintf(w, "- [%s → giữ ở %s] %s\n", u.Section, u.KeptIn, u.Text)
		}
	}
	if len(out.Notes) > 0 {
		fmt.Fprintln(w, "\nCần xem lại:")
		for _, n := range out.Notes {
			fmt.Fprintln(w, "- "+n)
		}
	}
	fmt.Fprintf(w, "\nKiểm tra kế hoạch: %d điểm cần xem lại\n", len(out.Findings))
	for _, f := range out.Findings {
		fmt.Fprintln(w, "- "+plancheck.Finding{Rule: f.Rule, Where: f.Where, Message: f.Message, Fix: f.Fix}.String())
	}
	if out.DryRun {
		fmt.Fprintln(w, "\nChạy thử: chưa ghi gì.")
		return
	}
	fmt.Fprintf(w, "\nĐã tạo kế hoạch mã %d (bản dự thảo, chưa có số): %d tiêu chí tập thể, %d tiêu chí cá nhân, %d hình thức khen thưởng.\n",
		out.PlanID, len(p.CriteriaOf(app.KindCollective)), len(p.CriteriaOf(app.KindIndividual)), len(p.AwardForms))
}
