package app

import (
	"fmt"
	"math"
)

// NewPlan returns a plan to start from: the standard headings and
// signature of a commune People's Committee, one annual round per year of
// the period and a final round.
func NewPlan(movement string, firstYear, lastYear int) *Plan {
	p := &Plan{
		Status: PlanActive, Symbol: "KH-UBND", DocTitle: "KẾ HOẠCH", MovementName: movement,
		Subtitle:          fmt.Sprintf("Phát động phong trào thi đua “%s” %s", movement, periodWords(firstYear, lastYear)),
		PeriodText:        fmt.Sprintf("Từ ngày ban hành Kế hoạch đến hết ngày 31/12/%d.", lastYear),
		ParticipantsIntro: "Đối tượng thi đua",
		PeriodStart:       fmt.Sprintf("%d-01-01", firstYear),
		PeriodEnd:         fmt.Sprintf("%d-12-31", lastYear),
		Recipients:        []string{"Lưu: VT."},
		SigningAuthority:  []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
		Headings:          DefaultHeadings,
		Thresholds:        DefaultThresholds,
	}
	for y := firstYear; y <= lastYear; y++ {
		p.Rounds = append(p.Rounds, Round{Key: fmt.Sprint(y), Kind: RoundAnnual, Name: fmt.Sprintf("Năm %d", y),
			StartsOn: fmt.Sprintf("%d-01-01", y), EndsOn: fmt.Sprintf("%d-12-31", y)})
	}
	p.Rounds = append(p.Rounds, Round{Key: RoundFinalKey, Kind: RoundFinal, Name: "Tổng kết",
		StartsOn: p.PeriodStart, EndsOn: p.PeriodEnd})
	return p
}

// periodWords names the years of a movement in a trích yếu.
func periodWords(first, last int) string {
	if first == last {
		return fmt.Sprintf("năm %d", first)
	}
	return fmt.Sprintf("giai đoạn %d-%d", first, last)
}

// FromTemplate returns a new plan with the body of tmpl — its căn cứ,
// purposes, contents, criteria, award forms and implementation, for the
// clerk to adapt — and everything that belongs to one movement taken from
// fresh (a NewPlan): the movement's name, trích yếu, period and its text,
// rounds and status. The number and date of issue are left empty, and the
// criteria and forms are new rows.
func FromTemplate(tmpl, fresh *Plan) *Plan {
	p := *tmpl
	p.ID, p.Number, p.IssuedOn, p.Status = 0, "", "", fresh.Status
	p.MovementName, p.Subtitle = fresh.MovementName, fresh.Subtitle
	p.PeriodStart, p.PeriodEnd, p.PeriodText = fresh.PeriodStart, fresh.PeriodEnd, fresh.PeriodText
	p.Rounds = append([]Round(nil), fresh.Rounds...)
	p.Criteria = append([]Criterion(nil), tmpl.Criteria...)
	for i := range p.Criteria {
		p.Criteria[i].ID = 0
	}
	p.AwardForms = append([]AwardForm(nil), tmpl.AwardForms...)
	for i := range p.AwardForms {
		p.AwardForms[i].ID = 0
		p.AwardForms[i].Quotas = append([]Quota(nil), tmpl.AwardForms[i].Quotas...)
	}
	return &p
}

// EqualPoints splits 100 points over n criteria in steps of 0.5; what does
// not divide evenly goes to the first criteria, half a point each.
func EqualPoints(n int) []float64 {
	if n <= 0 {
		return nil
	}
	halves := 200 / n
	out := make([]float64, n)
	rest := 200 - halves*n
	for i := range out {
		h := halves
		if i < rest {
			h++
		}
		out[i] = float64(h) / 2
	}
	return out
}

// SumPoints adds the maximum points of criteria of kind k.
func (p *Plan) SumPoints(k Kind) float64 {
	sum := 0.0
	for _, c := range p.CriteriaOf(k) {
		sum += c.MaxPoints
	}
	return math.Round(sum*100) / 100
}
