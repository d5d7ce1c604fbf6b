package app

// Sample data: a fictional commune (xã Hòa Phong, tỉnh Hưng Yên) with its
// signers, collectives, cán bộ, công chức, viên chức and council, kept in
// assets/seed/sample.json, and deterministic scores for them.
//
// In the JSON every id is 0 (or absent): the loader assigns ids. Links are by
// name, resolved by the loader once ids exist:
//   - an individual's "unit_name" is the exact name of a collective of the
//     sample (→ Participant.UnitID); an individual outside every collective
//     (the chairman, the vice-chairmen) has "unit_name" "" and may carry its
//     unit as text in "unit";
//   - a council member's "collective" is the exact name of a collective (→
//     CouncilMember.CollectiveID) and "participant" the exact name of an
//     individual (→ CouncilMember.ParticipantID); either may be "".
// Collectives come before individuals in "participants".

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Sample is the demo data of a new database.
type Sample struct {
	Organisation Organisation        `json:"organisation"`
	Signers      []Signer            `json:"signers"`
	Participants []SampleParticipant `json:"participants"`
	Council      []SampleMember      `json:"council"`
}

// SampleParticipant is a participant of the sample with its unit by name.
// The Participant fields are inlined in the JSON.
type SampleParticipant struct {
	Participant
	UnitName string `json:"unit_name"` // name of the collective the person works in, "" if none
}

// SampleMember is a council member of the sample with its collective and
// its participant by name. The CouncilMember fields are inlined in the JSON.
type SampleMember struct {
	CouncilMember
	Collective  string `json:"collective"`  // name of the collective the member belongs to, "" if none
	Participant string `json:"participant"` // name of the individual the member is, "" if none
}

// ParseSampleJSON reads sample data from its JSON form, strictly (unknown
// fields are errors), and checks that every name it links by resolves to
// exactly one participant of the right kind. Errors are in Vietnamese.
func ParseSampleJSON(b []byte) (*Sample, error) {
	var s Sample
	if err := seedDecodeStrict(b, &s); err != nil {
		return nil, fmt.Errorf("tệp dữ liệu mẫu không hợp lệ: %w", err)
	}
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("tệp dữ liệu mẫu không hợp lệ: %w", err)
	}
	return &s, nil
}

// check verifies kinds, unique names per kind and that every link by name
// resolves.
func (s *Sample) check() error {
	var ps Problems
	names := map[Kind]map[string]bool{KindCollective: {}, KindIndividual: {}}
	for i, p := range s.Participants {
		where := "participants[" + strconv.Itoa(i) + "]"
		if !p.Kind.Valid() {
			ps.Add(where+".kind", "loại đối tượng %q không hợp lệ (collective hoặc individual)", p.Kind)
			continue
		}
		if strings.TrimSpace(p.Name) == "" {
			ps.Add(where+".name", "thiếu tên")
			continue
		}
		if names[p.Kind][p.Name] {
			ps.Add(where+".name", "tên %q bị trùng", p.Name)
		}
		names[p.Kind][p.Name] = true
	}
	for i, p := range s.Participants {
		if p.UnitName == "" {
			continue
		}
		where := "participants[" + strconv.Itoa(i) + "].unit_name"
		if p.Kind != KindIndividual {
			ps.Add(where, "chỉ cá nhân mới có đơn vị công tác")
		} else if !names[KindCollective][p.UnitName] {
			ps.Add(where, "không có tập thể nào tên %q", p.UnitName)
		}
	}
	for i, m := range s.Council {
		where := "council[" + strconv.Itoa(i) + "]"
		if m.Collective != "" && !names[KindCollective][m.Collective] {
			ps.Add(where+".collective", "không có tập thể nào tên %q", m.Collective)
		}
		if m.Participant != "" && !names[KindIndividual][m.Participant] {
			ps.Add(where+".participant", "không có cá nhân nào tên %q", m.Participant)
		}
	}
	return ps.Err()
}

// PlainParticipants returns the sample's participants without the names
// they link by (ids and unit ids as in the sample, normally 0).
func (s *Sample) PlainParticipants() []Participant {
	out := make([]Participant, len(s.Participants))
	for i, p := range s.Participants {
		out[i] = p.Participant
	}
	return out
}

// Sample score tiers: the share of participants of a kind in each tier (by
// rank, lowest first) and the range of the percentage of the maximum their
// scores centre on. The tiers straddle no classification threshold of the
// default thresholds, so classifications vary: a few Xuất sắc, many Tốt,
// some Đạt and one or two Không đạt.
var sampleTiers = []struct {
	upTo      float64 // tier holds ranks with quantile < upTo
	low, high float64
}{
	{0.035, 0.38, 0.47}, // Không đạt
	{0.30, 0.58, 0.72},  // Đạt
	{0.85, 0.78, 0.88},  // Tốt
	{1.01, 0.92, 0.98},  // Xuất sắc
}

// SampleScores returns demo scores of one round: for every participant that
// is not archived, one Score per criterion of its kind in p.Criteria order,
// with a council score and a self-score (usually equal, or 0.5 to 2 points
// higher). Values are multiples of 0.5 within 0…max, mostly 75–95 % of the
// maximum. It is deterministic: the numbers come from a hash of the
// participant's name, the criterion's index and the round, and a
// participant's level from its rank among the participants of its kind.
// Criterion ids are p.Criteria's, participant ids the participants'.
func SampleScores(p *Plan, roundID int64, participants []Participant) []Score {
	if p == nil {
		return nil
	}
	round := strconv.FormatInt(roundID, 10)
	level := map[int]float64{} // index in participants → target share of max
	for _, k := range []Kind{KindCollective, KindIndividual} {
		var idx []int
		key := map[int]float64{}
		for i, pt := range participants {
			if pt.Kind == k && !pt.Archived {
				idx = append(idx, i)
				// Mostly the person's lasting standing, partly the year.
				key[i] = 0.7*sampleUnit(pt.Name) + 0.3*sampleUnit(pt.Name, "round", round)
			}
		}
		sort.SliceStable(idx, func(a, b int) bool {
			if key[idx[a]] != key[idx[b]] {
				return key[idx[a]] < key[idx[b]]
			}
			return participants[idx[a]].Name < participants[idx[b]].Name
		})
		for r, i := range idx {
			q := (float64(r) + 0.5) / float64(len(idx))
			for _, t := range sampleTiers {
				if q < t.upTo {
					u := sampleUnit(participants[i].Name, "level", round)
					level[i] = t.low + (t.high-t.low)*u
					break
				}
			}
		}
	}

	var out []Score
	for i, pt := range participants {
		lv, ok := level[i]
		if !ok {
			continue
		}
		for ci, c := range p.Criteria {
			if c.Kind != pt.Kind || c.MaxPoints <= 0 {
				continue
			}
			cidx := strconv.Itoa(ci)
			jitter := (sampleUnit(pt.Name, "criterion", cidx, round) - 0.5) * 0.10
			council := sampleHalf(c.MaxPoints*(lv+jitter), c.MaxPoints)
			self := council
			switch u := sampleUnit(pt.Name, "self", cidx, round); {
			case u < 0.45: // equal
			case u < 0.95: // 0.5 … 2 points higher
				self = sampleHalf(council+0.5+math.Floor((u-0.45)/0.125)*0.5, c.MaxPoints)
			default: // a modest one
				self = sampleHalf(council-0.5, c.MaxPoints)
			}
			out = append(out, Score{
				RoundID:       roundID,
				ParticipantID: pt.ID,
				CriterionID:   c.ID,
				Self:          &self,
				Council:       &council,
			})
		}
	}
	return out
}

// sampleHalf rounds v to a multiple of 0.5 within 0…max.
func sampleHalf(v, max float64) float64 {
	v = math.Round(v*2) / 2
	return math.Min(math.Max(v, 0), math.Floor(max*2)/2)
}

// sampleUnit hashes its parts (FNV-1a, then a SplitMix64 finaliser) to a
// number in [0, 1).
func sampleUnit(parts ...string) float64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= prime
		}
		h ^= 0xff // separator
		h *= prime
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return float64(h>>11) / (1 << 53)
}
