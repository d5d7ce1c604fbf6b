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
		Subtitle:          fmt.Sprintf("Phát động phong trào thi đua “%s”", movement),
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
