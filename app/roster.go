package app

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"thidua/app/viet"
)

// Column is a sortable column of the participants' tables.
type Column int

// Columns of the participants' tables.
const (
	ColName Column = iota
	ColGender
	ColBirth
	ColPosition
	ColUnit
	ColStatus
	ColHead
	ColMembers
	ColWomen
)

// Status filters.
const (
	StatusActive   = "active"
	StatusArchived = "archived"
	StatusAll      = "all"
)

// Filter chooses participants: kind, a search text (case, tone marks and
// tone placement ignored, đ = d, every word must match), a unit (0 = any),
// and active / archived / all.
type Filter struct {
	Kind   Kind
	Query  string
	UnitID int64
	Status string
}

// Roster holds participants prepared for searching and sorting: folded
// search keys and collation keys are computed once.
type Roster struct {
	all      []Participant
	search   []string
	nameKeys []viet.NameKey
	textKeys [][]byte
	units    map[int64]string
}

// NewRoster prepares ps.
func NewRoster(ps []Participant) *Roster {
	r := &Roster{all: ps, search: make([]string, len(ps)), nameKeys: make([]viet.NameKey, len(ps)),
		textKeys: make([][]byte, len(ps)), units: map[int64]string{}}
	for _, p := range ps {
		if p.Kind == KindCollective {
			r.units[p.ID] = p.Name
		}
	}
	c := viet.NewCollator()
	for i, p := range ps {
		r.search[i] = viet.Fold(p.Name + " " + r.UnitName(p) + " " + p.Position)
		if p.Kind == KindIndividual {
			r.nameKeys[i] = c.Key(p.Name)
		} else {
			r.textKeys[i] = c.TextKey(p.Name)
		}
	}
	return r
}

// UnitName returns the unit an individual works in: the collective's name,
// or the unit text.
func (r *Roster) UnitName(p Participant) string {
	if n, ok := r.units[p.UnitID]; ok {
		return n
	}
	return p.Unit
}

// Units returns the collectives (ID → name).
func (r *Roster) Units() map[int64]string { return r.units }

// Len returns how many participants the roster holds.
func (r *Roster) Len() int { return len(r.all) }

// Select returns the participants matching f, sorted by col (names in
// Vietnamese order, individuals by given name first).
func (r *Roster) Select(f Filter, col Column, desc bool) []Participant {
	words := strings.Fields(viet.Fold(f.Query))
	var idx []int
	for i, p := range r.all {
		if (f.Kind != "" && p.Kind != f.Kind) || (f.UnitID != 0 && p.UnitID != f.UnitID) {
			continue
		}
		if (f.Status == StatusActive || f.Status == "") && p.Archived || f.Status == StatusArchived && !p.Archived {
			continue
		}
		if !containsAll(r.search[i], words) {
			continue
		}
		idx = append(idx, i)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		c := r.compare(a, b, col)
		if c == 0 && col != ColName {
			c = r.compare(a, b, ColName)
		}
		if desc {
			return -c
		}
		return c
	})
	out := make([]Participant, len(idx))
	for i, j := range idx {
		out[i] = r.all[j]
	}
	return out
}

func containsAll(key string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(key, w) {
			return false
		}
	}
	return true
}

func (r *Roster) compare(a, b int, col Column) int {
	pa, pb := r.all[a], r.all[b]
	switch col {
	case ColName:
		if pa.Kind == KindIndividual && pb.Kind == KindIndividual {
			return r.nameKeys[a].Compare(r.nameKeys[b])
		}
		return bytes.Compare(r.textKeys[a], r.textKeys[b])
	case ColGender:
		return strings.Compare(pa.Gender, pb.Gender)
	case ColBirth:
		return strings.Compare(pa.BirthDate, pb.BirthDate)
	case ColPosition:
		return viet.CompareText(pa.Position, pb.Position)
	case ColUnit:
		return viet.CompareText(r.UnitName(pa), r.UnitName(pb))
	case ColStatus:
		return cmp.Compare(statusRank(pa), statusRank(pb))
	case ColHead:
		return viet.CompareText(pa.Head, pb.Head)
	case ColMembers:
		return cmp.Compare(pa.Members, pb.Members)
	case ColWomen:
		return cmp.Compare(pa.Women, pb.Women)
	}
	return 0
}

func statusRank(p Participant) int {
	switch {
	case p.Archived:
		return 2
	case p.Suspended:
		return 1
	}
	return 0
}

// StatusLabel is the participant's state in Vietnamese.
func (p Participant) StatusLabel() string {
	switch {
	case p.Archived:
		return "Lưu trữ"
	case p.Suspended:
		return "Đang xem xét kỷ luật, thanh tra, khiếu nại"
	}
	return "Đang tham gia"
}

// GenderLabel is the individual's gender in Vietnamese.
func (p Participant) GenderLabel() string {
	switch p.Gender {
	case GenderMale:
		return "Nam"
	case GenderFemale:
		return "Nữ"
	}
	return ""
}

// All returns every participant of kind k, archived included, in name order.
func (r *Roster) All(k Kind) []Participant {
	return r.Select(Filter{Kind: k, Status: StatusAll}, ColName, false)
}
