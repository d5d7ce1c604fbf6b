package app

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Tie rules, in the order they are applied (emulation-domain §4).
const (
	TieWomen       = "nữ"
	TieWomenUnit   = "tập thể có từ 70% nữ"
	TieFirstScore  = "điểm hội đồng tiêu chí 1 cao hơn"
	TieManualOrder = "thứ tự do văn phòng sắp xếp"
	TieListOrder   = "thứ tự trong danh sách"
)

// RankRow is one participant's result in a round.
type RankRow struct {
	Participant Participant
	Total, Max  float64
	Complete    bool // every criterion of the kind has a council score
	Class       Classification
	Rank        int     // 1…n for complete rows, 0 for incomplete ones
	TieRule     string  // why this row is above the next one with the same total
	Missing     []int64 // criteria without a council score
	// Scores are the counted scores in the order of the kind's criteria;
	// Scored tells which are present.
	Scores []float64
	Scored []bool
	// Spread is, per criterion, the difference between the highest and the
	// lowest member's score when members score separately.
	Spread map[int64]float64
	first  float64 // council score on the first criterion
	pos    int     // position in the list the caller passed
}

// ValidateScore checks a value typed for criterion c: 0…maximum, in steps
// of 0.5.
func ValidateScore(c Criterion, v float64) error {
	name := c.ShortText
	if name == "" {
		name = c.Text
	}
	var ps Problems
	switch {
	case v < 0:
		ps.Add(name, "điểm không được âm")
	case v > c.MaxPoints:
		ps.Add(name, "điểm %s vượt quá điểm tối đa %s của tiêu chí", comma(v), comma(c.MaxPoints))
	case v*2 != math.Trunc(v*2):
		ps.Add(name, "điểm %s không hợp lệ: điểm chỉ lấy đến 0,5", comma(v))
	}
	return ps.Err()
}

func comma(v float64) string { return strings.Replace(fmt.Sprintf("%g", v), ".", ",", 1) }

// grid holds the score that counts per row and criterion of one ranking:
// the council's (member 0), or with several scorers the mean of the
// members' scores, without the highest and lowest when the plan says so
// and at least three members scored; and the members' spread.
type grid struct {
	cols   int
	val    []float64
	has    []bool
	spread []float64
}

func newGrid(p *Plan, rowOf, colOf map[int64]int, scores []Score) *grid {
	g := &grid{cols: len(colOf), val: make([]float64, len(rowOf)*len(colOf)), has: make([]bool, len(rowOf)*len(colOf))}
	cell := func(s Score) (int, bool) {
		r, ok1 := rowOf[s.ParticipantID]
		c, ok2 := colOf[s.CriterionID]
		return r*g.cols + c, ok1 && ok2 && s.Council != nil
	}
	if !p.SeveralScorers {
		for _, s := range scores {
			if i, ok := cell(s); ok && s.MemberID == 0 {
				g.val[i], g.has[i] = *s.Council, true
			}
		}
		return g
	}
	members := make([][]float64, len(g.val))
	for _, s := range scores {
		if i, ok := cell(s); ok && s.MemberID != 0 {
			members[i] = append(members[i], *s.Council)
		}
	}
	g.spread = make([]float64, len(g.val))
	for i, vs := range members {
		if len(vs) == 0 {
			continue
		}
		sort.Float64s(vs)
		g.spread[i] = vs[len(vs)-1] - vs[0]
		if p.TrimExtremes && len(vs) >= 3 {
			vs = vs[1 : len(vs)-1]
		}
		sum := 0.0
		for _, v := range vs {
			sum += v
		}
		g.val[i], g.has[i] = math.Round(sum/float64(len(vs))*100)/100, true
	}
	return g
}

// Rank totals, classifies and ranks the active participants of kind k.
// Ties are broken by the rules of §4 in order (women, then the first
// criterion, then the clerk's manual order — participant ID to position —,
// then the order of parts — callers pass them in Vietnamese name order, as
// the screens show them), and TieRule says which rule decided. Incomplete
// rows follow the ranked ones, unranked.
func Rank(p *Plan, k Kind, parts []Participant, scores []Score, manualOrder map[int64]int) []RankRow {
	crit := p.CriteriaOf(k)
	colOf := make(map[int64]int, len(crit))
	for i, c := range crit {
		colOf[c.ID] = i
	}
	var rows []RankRow
	rowOf := map[int64]int{}
	for pos, pt := range parts {
		if pt.Kind == k && !pt.Archived {
			rowOf[pt.ID] = len(rows)
			rows = append(rows, RankRow{Participant: pt, Complete: len(crit) > 0, pos: pos})
		}
	}
	g := newGrid(p, rowOf, colOf, scores)
	for ri := range rows {
		r := &rows[ri]
		r.Scores, r.Scored = g.val[ri*g.cols:(ri+1)*g.cols], g.has[ri*g.cols:(ri+1)*g.cols]
		if g.spread != nil {
			r.Spread = map[int64]float64{}
		}
		for ci, c := range crit {
			i := ri*g.cols + ci
			r.Max += c.MaxPoints
			if g.spread != nil && g.spread[i] > 0 {
				r.Spread[c.ID] = g.spread[i]
			}
			if !g.has[i] {
				r.Complete = false
				r.Missing = append(r.Missing, c.ID)
				continue
			}
			r.Total += g.val[i]
			if ci == 0 {
				r.first = g.val[i]
			}
		}
		r.Total = math.Round(r.Total*100) / 100
		if r.Complete {
			r.Class = Classify(r.Total, r.Max, p.Thresholds)
		}
	}
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return rankLess(&rows[order[i]], &rows[order[j]], manualOrder) })
	sorted := make([]RankRow, len(rows))
	for i, j := range order {
		sorted[i] = rows[j]
	}
	n := 0
	for i := range sorted {
		if !sorted[i].Complete {
			continue
		}
		n++
		sorted[i].Rank = n
		if i+1 < len(sorted) && sorted[i+1].Complete && sorted[i+1].Total == sorted[i].Total {
			sorted[i].TieRule = tieRule(&sorted[i], &sorted[i+1], manualOrder)
		}
	}
	return sorted
}

func rankLess(a, b *RankRow, manual map[int64]int) bool {
	if a.Complete != b.Complete {
		return a.Complete
	}
	if a.Total != b.Total {
		return a.Total > b.Total
	}
	return tieRule(a, b, manual) != ""
}

// tieRule returns the rule that puts a above b when their totals are equal,
// or "" when a does not come first.
func tieRule(a, b *RankRow, manual map[int64]int) string {
	if wa, wb := womanFirst(a.Participant), womanFirst(b.Participant); wa != wb {
		if !wa {
			return ""
		}
		if a.Participant.Kind == KindCollective {
			return TieWomenUnit
		}
		return TieWomen
	}
	if a.first != b.first {
		if a.first > b.first {
			return TieFirstScore
		}
		return ""
	}
	ma, oka := manual[a.Participant.ID]
	mb, okb := manual[b.Participant.ID]
	if oka || okb {
		if oka && (!okb || ma < mb) {
			return TieManualOrder
		}
		if oka && okb && ma == mb {
			return listFirst(a, b)
		}
		return ""
	}
	return listFirst(a, b)
}

func listFirst(a, b *RankRow) string {
	if a.pos < b.pos {
		return TieListOrder
	}
	return ""
}

// womanFirst reports whether the tie rule for women applies: a woman, or a
// collective with at least 70 % women.
func womanFirst(p Participant) bool {
	if p.Kind == KindIndividual {
		return p.Gender == GenderFemale
	}
	return p.Members > 0 && p.Women*100 >= 70*p.Members
}
