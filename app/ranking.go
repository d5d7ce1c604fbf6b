package app

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"thidua/app/viet"
)

// Tie rules, in the order they are applied (emulation-domain §4). Each is
// the reason a row stands above the next row with the same total.
const (
	TieWomen       = "nữ"
	TieWomenUnit   = "tập thể có từ 70% nữ"
	TieFirstScore  = "điểm hội đồng tiêu chí 1 cao hơn"
	TieManualOrder = "thứ tự do văn phòng sắp xếp"
	// TieNameOrder is the deterministic fallback when the clerk has not
	// ordered the tied rows: Vietnamese name order.
	TieNameOrder = "thứ tự tên theo vần A, B, C"
)

// RankRow is one participant's result in a round.
type RankRow struct {
	Participant Participant
	Total, Max  float64
	Complete    bool // every criterion of the kind has a council score
	Class       Classification
	Rank        int     // 1…n for complete rows, 0 for incomplete ones
	TieRule     string  // why this row is above the next one with the same total; "" when no tie
	Missing     []int64 // criteria without a council score
	// Scores are the counted council scores in the order of the kind's
	// criteria; Scored tells which are present.
	Scores []float64
	Scored []bool
	// Spread is, with several scorers, per criterion that at least one
	// member scored, the highest member's score less the lowest. Nil when
	// the council scores as a whole.
	Spread map[int64]float64
}

// ValidateScore checks a value typed for criterion c: 0…maximum, in steps
// of 0.5. The error is an *InvalidError in Vietnamese naming the criterion.
func ValidateScore(c Criterion, v float64) error {
	name := strings.TrimSpace(c.ShortText)
	if name == "" {
		name = strings.TrimSpace(c.Text)
	}
	of := "của tiêu chí “" + name + "”"
	if name == "" {
		of = "của tiêu chí"
	}
	var ps Problems
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		ps.Add("", "điểm %s không phải là số", of)
	case v < 0:
		ps.Add("", "điểm %s %s không được âm", comma(v), of)
	case v > c.MaxPoints:
		ps.Add("", "điểm %s vượt quá điểm tối đa %s %s", comma(v), comma(c.MaxPoints), of)
	case v*2 != math.Trunc(v*2):
		ps.Add("", "điểm %s %s không hợp lệ: điểm chỉ lấy đến 0,5", comma(v), of)
	}
	return ps.Err()
}

func comma(v float64) string { return strings.Replace(fmt.Sprintf("%g", v), ".", ",", 1) }

// ManualOrderKey is the setting that keeps the clerk's order of tied
// participants of kind k in a round (JSON: participant ID → position), so
// that the screen, the printouts and the command line rank alike.
func ManualOrderKey(roundID int64, k Kind) string {
	return fmt.Sprintf("rank.manual.%d.%s", roundID, k)
}

// ParseManualOrder reads the text of a ManualOrderKey setting; an empty
// or unreadable text is no order.
func ParseManualOrder(text string) map[int64]int {
	m := map[int64]int{}
	if strings.TrimSpace(text) != "" {
		if err := json.Unmarshal([]byte(text), &m); err != nil {
			return map[int64]int{}
		}
	}
	return m
}

// grid holds the score that counts per row and criterion of one ranking
// and, with several scorers, the members' spread.
type grid struct {
	cols   int
	val    []float64
	has    []bool
	spread []float64 // NaN where no member scored
}

// newGrid builds the counted scores. With one scorer (the default) the
// council's score is the one with MemberID 0. With p.SeveralScorers it is
// the mean of the members' scores (MemberID ≠ 0) for the cell, rounded to
// two decimals — without the highest and the lowest when p.TrimExtremes and
// at least three members scored; with one or two members nothing is
// trimmed — and any MemberID 0 score is ignored.
func newGrid(p *Plan, rowOf, colOf map[int64]int, cols int, scores []Score) *grid {
	n := len(rowOf) * cols
	g := &grid{cols: cols, val: make([]float64, n), has: make([]bool, n)}
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
	members := make([][]float64, n)
	for _, s := range scores {
		if i, ok := cell(s); ok && s.MemberID != 0 {
			members[i] = append(members[i], *s.Council)
		}
	}
	g.spread = make([]float64, n)
	for i, vs := range members {
		if len(vs) == 0 {
			g.spread[i] = math.NaN()
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
		g.val[i], g.has[i] = round2(sum/float64(len(vs))), true
	}
	return g
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// rowKey is what the ordering compares first, per row; rows equal on it
// are ordered by name.
type rowKey struct {
	total, first  float64 // total; counted score on the first criterion
	manual        int     // the clerk's position, when placed
	complete      bool
	woman, placed bool
}

// compareKeys orders two rows by everything but their names: complete
// before incomplete; complete ones by total, highest first, then by the tie
// rules 1–3 of Rank. It returns the tie rule that separates them, "" when
// they are equal on all of it or their totals differ.
func compareKeys(a, b *rowKey, collective bool) (int, string) {
	if a.complete != b.complete {
		if a.complete {
			return -1, ""
		}
		return 1, ""
	}
	if !a.complete {
		return 0, ""
	}
	if a.total != b.total {
		if a.total > b.total {
			return -1, ""
		}
		return 1, ""
	}
	if a.woman != b.woman {
		rule := TieWomen
		if collective {
			rule = TieWomenUnit
		}
		if a.woman {
			return -1, rule
		}
		return 1, rule
	}
	if a.first != b.first {
		if a.first > b.first {
			return -1, TieFirstScore
		}
		return 1, TieFirstScore
	}
	if a.placed != b.placed || (a.placed && a.manual != b.manual) {
		if a.placed && (!b.placed || a.manual < b.manual) {
			return -1, TieManualOrder
		}
		return 1, TieManualOrder
	}
	return 0, ""
}

// Rank totals, classifies and ranks the participants of kind k in parts
// (archived ones are left out; suspended ones are ranked: they are scored,
// just not nominated) from the scores of one round, counted as newGrid
// says. A participant is complete when every criterion of the kind has a
// counted score; only complete rows are classified (Classify with the
// plan's thresholds) and ranked 1…n by total, highest first. Equal totals
// are broken by the rules of §4, in order:
//
//  1. women first: an individual woman (Gender "nu"), a collective with
//     Members > 0 and at least 70 % women;
//  2. the higher counted council score on the first criterion of the kind;
//  3. the clerk's order, manualOrder (participant ID → position, lower
//     first; a placed participant before one not placed);
//  4. Vietnamese name order (individuals by given name as
//     viet.CompareNames, collectives as viet.CompareText), then the ID.
//
// Ties share no rank; TieRule names the rule that put a row above the next
// row with the same total. Incomplete rows follow the ranked ones in name
// order, with Rank 0 and no classification: they are never ranked as
// zero.
func Rank(p *Plan, k Kind, parts []Participant, scores []Score, manualOrder map[int64]int) []RankRow {
	t := newTally(p, k, parts, scores, manualOrder)
	crit, idx, g, keys, maxTotal := t.crit, t.idx, t.g, t.keys, t.maxTotal
	n, cols := len(idx), len(crit)
	collective := k == KindCollective
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		c, _ := compareKeys(&keys[a], &keys[b], collective)
		return c
	})
	// Rows equal on all but their names go in name order.
	var groups [][]int
	for i := 0; i < n; {
		j := i + 1
		for j < n {
			if c, _ := compareKeys(&keys[order[i]], &keys[order[j]], collective); c != 0 {
				break
			}
			j++
		}
		if j-i > 1 {
			groups = append(groups, order[i:j])
		}
		i = j
	}
	if len(groups) > 0 {
		var need []int
		for _, grp := range groups {
			need = append(need, grp...)
		}
		names := make([]string, len(need))
		for i, ri := range need {
			names[i] = parts[idx[ri]].Name
		}
		nk := make([]*nameKey, n)
		for i, key := range nameKeysOf(names, !collective) {
			nk[need[i]] = key
		}
		for _, grp := range groups {
			slices.SortFunc(grp, func(a, b int) int {
				if c := nk[a].compare(nk[b], !collective); c != 0 {
					return c
				}
				return cmp.Compare(parts[idx[a]].ID, parts[idx[b]].ID)
			})
		}
	}
	out := make([]RankRow, n)
	rank := 0
	for i, ri := range order {
		r, key := &out[i], &keys[ri]
		r.Participant = parts[idx[ri]]
		r.Total, r.Max, r.Complete = key.total, maxTotal, key.complete
		r.Scores, r.Scored = g.val[ri*cols:(ri+1)*cols:(ri+1)*cols], g.has[ri*cols:(ri+1)*cols:(ri+1)*cols]
		if g.spread != nil {
			r.Spread = make(map[int64]float64, cols)
		}
		for ci, c := range crit {
			if g.spread != nil && !math.IsNaN(g.spread[ri*cols+ci]) {
				r.Spread[c.ID] = g.spread[ri*cols+ci]
			}
			if !g.has[ri*cols+ci] {
				r.Missing = append(r.Missing, c.ID)
			}
		}
		if !key.complete {
			continue
		}
		r.Class = Classify(r.Total, r.Max, p.Thresholds)
		rank++
		r.Rank = rank
		if i+1 < n {
			if next := &keys[order[i+1]]; next.complete && next.total == key.total {
				if _, r.TieRule = compareKeys(key, next, collective); r.TieRule == "" {
					r.TieRule = TieNameOrder
				}
			}
		}
	}
	return out
}

// tally is a kind's council scores in a round before ordering: the
// criteria, the rows (indices in parts of the active participants of the
// kind), the grid of counted scores and each row's key.
type tally struct {
	crit     []Criterion
	idx      []int
	g        *grid
	keys     []rowKey
	maxTotal float64
}

func newTally(p *Plan, k Kind, parts []Participant, scores []Score, manualOrder map[int64]int) *tally {
	t := &tally{crit: p.CriteriaOf(k)}
	colOf := make(map[int64]int, len(t.crit))
	for i, c := range t.crit {
		if _, dup := colOf[c.ID]; !dup { // unsaved criteria share ID 0: only the first is scored
			colOf[c.ID] = i
		}
		t.maxTotal += c.MaxPoints
	}
	rowOf := make(map[int64]int, len(parts))
	for i, pt := range parts {
		if _, dup := rowOf[pt.ID]; dup || pt.Kind != k || pt.Archived {
			continue
		}
		rowOf[pt.ID] = len(t.idx)
		t.idx = append(t.idx, i)
	}
	n, cols := len(t.idx), len(t.crit)
	t.g = newGrid(p, rowOf, colOf, cols, scores)
	t.keys = make([]rowKey, n)
	for ri, pi := range t.idx {
		rk := &t.keys[ri]
		rk.complete = cols > 0
		for ci := range cols {
			if !t.g.has[ri*cols+ci] {
				rk.complete = false
			} else {
				rk.total += t.g.val[ri*cols+ci]
			}
		}
		rk.total = round2(rk.total)
		if cols > 0 && t.g.has[ri*cols] {
			rk.first = t.g.val[ri*cols]
		}
		rk.woman = womanFirst(parts[pi])
		rk.manual, rk.placed = manualOrder[parts[pi].ID]
	}
	return t
}

// nameKey is the collation key of a name: a person's (given name first) or
// a unit's (first word first).
type nameKey struct {
	person viet.NameKey
	text   []byte
	nfc    string
}

func (a *nameKey) compare(b *nameKey, person bool) int {
	if person {
		return a.person.Compare(b.person)
	}
	if c := bytes.Compare(a.text, b.text); c != 0 {
		return c
	}
	return strings.Compare(a.nfc, b.nfc)
}

// nameCache keeps the collation keys of the names ranked so far: the
// screen ranks again after every cell typed, and a key costs microseconds.
// It is emptied when it grows past maxNameKeys.
var nameCache struct {
	sync.Mutex
	m map[nameKeyID]*nameKey
}

type nameKeyID struct {
	name   string
	person bool
}

const maxNameKeys = 100000

// nameKeysOf returns the keys of names, from the cache or computed — in
// parallel when there are many.
func nameKeysOf(names []string, person bool) []*nameKey {
	out := make([]*nameKey, len(names))
	var miss []int
	nameCache.Lock()
	for i, name := range names {
		if out[i] = nameCache.m[nameKeyID{name, person}]; out[i] == nil {
			miss = append(miss, i)
		}
	}
	nameCache.Unlock()
	if len(miss) == 0 {
		return out
	}
	workers := min(runtime.GOMAXPROCS(0), 1+len(miss)/512)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			coll := viet.NewCollator()
			for j := w; j < len(miss); j += workers {
				name := names[miss[j]]
				key := &nameKey{nfc: viet.NFC(name)}
				if person {
					key.person = coll.Key(name)
				} else {
					key.text = coll.TextKey(name)
				}
				out[miss[j]] = key
			}
		}()
	}
	wg.Wait()
	nameCache.Lock()
	if nameCache.m == nil || len(nameCache.m)+len(miss) > maxNameKeys {
		nameCache.m = make(map[nameKeyID]*nameKey, len(miss))
	}
	for _, i := range miss {
		nameCache.m[nameKeyID{names[i], person}] = out[i]
	}
	nameCache.Unlock()
	return out
}

// womanFirst reports whether the tie rule for women applies: a woman, or a
// collective with members of whom at least 70 % are women.
func womanFirst(p Participant) bool {
	if p.Kind == KindIndividual {
		return p.Gender == GenderFemale
	}
	return p.Members > 0 && p.Women*100 >= 70*p.Members
}
