package cli

import (
	"fmt"
	"io"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// writePlanText prints a plan for reading: its particulars, then its text
// paragraph by paragraph, then the data the app works with (criteria with
// points, award forms with quotas, rounds).
func writePlanText(w io.Writer, p *app.Plan, org app.Organisation) {
	fmt.Fprintf(w, "Kế hoạch mã %d — %s\n", p.ID, statusLabel(p.Status))
	fmt.Fprintf(w, "Cơ quan ban hành: %s\n", orDash(org.Name))
	fmt.Fprintf(w, "Số: %s   Ngày: %s\n", app.NumberText(p.Number, p.Symbol), orDash(viet.DisplayISO(p.IssuedOn)))
	fmt.Fprintf(w, "Thời gian thi đua: %s – %s\n", orDash(viet.DisplayISO(p.PeriodStart)), orDash(viet.DisplayISO(p.PeriodEnd)))
	fmt.Fprintln(w, strings.Repeat("─", 72))
	for _, para := range p.Paragraphs() {
		fmt.Fprintln(w, para)
	}
	fmt.Fprintln(w, strings.Repeat("─", 72))
	for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		fmt.Fprintf(w, "Tiêu chí cho %s:\n", strings.ToLower(k.Label()))
		total := 0.0
		for i, cr := range p.CriteriaOf(k) {
			fmt.Fprintf(w, "  %d. %s — tối đa %s điểm\n", i+1, shortOr(cr), points(cr.MaxPoints))
			total += cr.MaxPoints
		}
		fmt.Fprintf(w, "  Tổng: %s điểm\n", points(total))
	}
	fmt.Fprintln(w, "Hình thức khen thưởng:")
	for i, a := range p.AwardForms {
		fmt.Fprintf(w, "  %d. %s (cấp %s)\n", i+1, a.Name, strings.ToLower(a.IssuerLevel.Label()))
		for _, q := range a.Quotas {
			fmt.Fprintf(w, "     %s: %s\n", q.RoundKind.Label(), app.QuotaText(q))
		}
	}
	fmt.Fprintln(w, "Các đợt:")
	for _, r := range p.Rounds {
		fmt.Fprintf(w, "  %s — %s (%s – %s)\n", r.Key, r.Name, orDash(viet.DisplayISO(r.StartsOn)), orDash(viet.DisplayISO(r.EndsOn)))
	}
}

func shortOr(c app.Criterion) string {
	if c.ShortText != "" {
		return c.ShortText
	}
	return c.Text
}

func points(v float64) string {
	return strings.Replace(fmt.Sprintf("%g", v), ".", ",", 1)
}
