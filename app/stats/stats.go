// Package stats computes the figures of a plan (Thống kê): per round and
// for the whole movement, who took part, how they were classified, how the
// scores spread, what was nominated and awarded against the quotas, and
// the share of women. The screen, the command line, the .xlsx export and
// the Báo cáo tổng kết all read the same Plan value computed here.
package stats

import (
	"math"
	"slices"

	"thidua/app"
)

// Input is what the figures of a plan are computed from.
type Input struct {
	Plan   *app.Plan
	Parts  []app.Participant // every participant, archived included
	Rounds []RoundInput      // the plan's rounds, in the plan's order
}

// RoundInput is the record of one round.
type RoundInput struct {
	Round  app.Round
	Scores []app.Score
	Noms   []app.Nomination
}

// MovementKey is the Key of the figures of the whole movement.
const MovementKey = "all"

// Plan holds the figures of a plan: one Round per round of the plan, in
// its order, and Movement over all of them.
type Plan struct {
	PlanID   int64   `json:"plan_id"`
	Name     string  `json:"movement_name"`
	Rounds   []Round `json:"rounds"`
	Movement Round   `json:"movement"`
}

// Round holds the figures of a round, or of the whole movement (Key "all").
// For the movement, participants are counted once however many rounds they
// took part in; every other count adds up the rounds (lượt), and score
// figures pool every round's scores.
type Round struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	// Participants counts who took part: the active participants with at
	// least one council score in the round.
	Participants Count       `json:"participants"`
	Units        []UnitCount `json:"units"`
	Classes      []Classes   `json:"classes"`  // one per kind, collectives first
	Criteria     []Spread    `json:"criteria"` // per criterion of the plan, in its order
	Totals       []Totals    `json:"totals"`   // one per kind
	Nominations  []Status    `json:"nominations"`
	Awards       []Award     `json:"awards"` // per award form of the plan, in its order
	Women        Women       `json:"women"`
}

// Count is a number of collectives and of individuals.
type Count struct {
	Collectives int `json:"collectives"`
	Individuals int `json:"individuals"`
}

// Of returns the count of kind k.
func (c Count) Of(k app.Kind) int {
	if k == app.KindCollective {
		return c.Collectives
	}
	return c.Individuals
}

// Sum is both kinds together.
func (c Count) Sum() int { return c.Collectives + c.Individuals }

func (c *Count) add(k app.Kind, n int) {
	if k == app.KindCollective {
		c.Collectives += n
	} else {
		c.Individuals += n
	}
}

// UnitCount is what a unit counts: a collective counts itself, an
// individual counts in the unit they work in.
type UnitCount struct {
	Unit string `json:"unit"`
	Count
}

// NoUnit names the unit of an individual who belongs to none.
const NoUnit = "Không thuộc đơn vị"

// Classes counts the classifications of one kind. Incomplete counts those
// scored on some criteria but not all (chưa đủ điểm): they are not
// classified.
type Classes struct {
	Kind       app.Kind `json:"kind"`
	Excellent  int      `json:"xuat_sac"`
	Good       int      `json:"tot"`
	Pass       int      `json:"dat"`
	Fail       int      `json:"khong_dat"`
	Incomplete int      `json:"chua_du_diem"`
}

// Of returns the count of classification c.
func (c Classes) Of(cl app.Classification) int {
	switch cl {
	case app.ClassExcellent:
		return c.Excellent
	case app.ClassGood:
		return c.Good
	case app.ClassPass:
		return c.Pass
	case app.ClassFail:
		return c.Fail
	}
	return c.Incomplete
}

// ClassOrder is the order classifications are shown in, best first, then
// the unclassified ("" is chưa đủ điểm).
var ClassOrder = []app.Classification{app.ClassExcellent, app.ClassGood, app.ClassPass, app.ClassFail, ""}

// ClassLabel names a classification of ClassOrder.
func ClassLabel(c app.Classification) string {
	if c == "" {
		return "Chưa đủ điểm"
	}
	return c.Label()
}

// Spread is the council scores of one criterion: how many, their mean,
// lowest and highest.
type Spread struct {
	Kind        app.Kind `json:"kind"`
	CriterionID int64    `json:"criterion_id"`
	Name        string   `json:"name"`
	MaxPoints   float64  `json:"max_points"`
	N           int      `json:"n"`
	Mean        float64  `json:"mean"`
	Min         float64  `json:"min"`
	Max         float64  `json:"max"`
	sum         float64
}

func (s *Spread) add(v float64) {
	if s.N == 0 || v < s.Min {
		s.Min = v
	}
	if s.N == 0 || v > s.Max {
		s.Max = v
	}
	s.N++
	s.sum += v
}

func (s *Spread) merge(o Spread) {
	if o.N == 0 {
		return
	}
	if s.N == 0 || o.Min < s.Min {
		s.Min = o.Min
	}
	if s.N == 0 || o.Max > s.Max {
		s.Max = o.Max
	}
	s.N += o.N
	s.sum += o.sum
}

func (s *Spread) finish() {
	if s.N > 0 {
		s.Mean = math.Round(s.sum/float64(s.N)*100) / 100
	}
}

// HistogramBins is the number of bars of the histogram of totals: tenths
// of the maximum total, the last one including the maximum.
const HistogramBins = 10

// Totals is the spread of the totals of one kind (complete rows only) and
// their histogram in tenths of the maximum total.
type Totals struct {
	Spread
	Histogram [HistogramBins]int `json:"histogram"`
}

// Status counts the nominations in one status.
type Status struct {
	Status string `json:"status"`
	Label  string `json:"label"`
	Count
}

// StatusOrder is the order of the nomination statuses in the figures.
var StatusOrder = []string{app.NomDraft, app.NomPassed, app.NomFailed, app.NomProposed, app.NomAwarded, app.NomRejected, app.NomWithdrawn}

// Award is the figures of one award form: its level and quota, and how
// many were nominated (not withdrawn), passed the council's vote (and
// went on), and were awarded, with the awards by unit.
type Award struct {
	FormID    int64     `json:"form_id"`
	Name      string    `json:"name"`
	ShortName string    `json:"short_name"`
	Level     app.Level `json:"level"`
	// Quota is the plan's number for the round (for the movement, the
	// rounds' numbers added up); HasQuota is false when the plan gives none.
	Quota     app.Quota   `json:"quota"`
	HasQuota  bool        `json:"has_quota"`
	Nominated Count       `json:"nominated"`
	Passed    Count       `json:"passed"`
	Proposed  Count       `json:"proposed"` // sent up and awaiting the decision
	Awarded   Count       `json:"awarded"`
	ByUnit    []UnitCount `json:"awarded_by_unit"`
}

// Women is the share of women among the individuals nominated and awarded,
// and of collectives with at least 70 % women (as the tie rule defines
// them) among the collectives. A participant nominated for two forms
// counts once.
type Women struct {
	IndividualsNominated int `json:"individuals_nominated"`
	WomenNominated       int `json:"women_nominated"`
	IndividualsAwarded   int `json:"individuals_awarded"`
	WomenAwarded         int `json:"women_awarded"`
	CollectivesNominated int `json:"collectives_nominated"`
	WomenUnitsNominated  int `json:"women_collectives_nominated"`
	CollectivesAwarded   int `json:"collectives_awarded"`
	WomenUnitsAwarded    int `json:"women_collectives_awarded"`
}

// Percent returns part of whole in percent, rounded to one decimal; 0 when
// whole is 0.
func Percent(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return math.Round(float64(part)*1000/float64(whole)) / 10
}

// passedStatus reports whether a nomination passed the council's vote, as
// its status shows (it may have gone on since).
func passedStatus(s string) bool {
	return s == app.NomPassed || s == app.NomProposed || s == app.NomAwarded || s == app.NomRejected
}

// ByKey returns the figures of the round with key ("all" for the movement).
func (p *Plan) ByKey(key string) (Round, bool) {
	if key == MovementKey {
		return p.Movement, true
	}
	for _, r := range p.Rounds {
		if r.Key == key {
			return r, true
		}
	}
	return Round{}, false
}

// units resolves the unit of a participant.
type units map[int64]string

func newUnits(parts []app.Participant) units {
	u := units{}
	for _, p := range parts {
		if p.Kind == app.KindCollective {
			u[p.ID] = p.Name
		}
	}
	return u
}

func (u units) of(p app.Participant) string {
	if p.Kind == app.KindCollective {
		return p.Name
	}
	if n, ok := u[p.UnitID]; ok {
		return n
	}
	if p.Unit != "" {
		return p.Unit
	}
	return NoUnit
}

// unitCounter counts by unit, keeping the units in the order first seen.
type unitCounter struct {
	idx  map[string]int
	list []UnitCount
}

func (c *unitCounter) add(unit string, k app.Kind, n int) {
	if c.idx == nil {
		c.idx = map[string]int{}
	}
	i, ok := c.idx[unit]
	if !ok {
		i = len(c.list)
		c.idx[unit] = i
		c.list = append(c.list, UnitCount{Unit: unit})
	}
	c.list[i].add(k, n)
}

// sorted returns the counts, most first, then by unit name as the
// collectives are listed (first seen).
func (c *unitCounter) sorted() []UnitCount {
	out := slices.Clone(c.list)
	slices.SortStableFunc(out, func(a, b UnitCount) int { return b.Sum() - a.Sum() })
	if out == nil {
		out = []UnitCount{}
	}
	return out
}
