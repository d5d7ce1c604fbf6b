package app

import "fmt"

// checkNominationRules applies the plan's rules to the nominations of a
// record as the nominations screen does, in the file's order: a known
// status; a form that allows the participant's kind; no second counting
// nomination of a participant for the same form and round; and, unless a
// forced_reason says why, a quota for the round that is not exceeded.
// Scores, classification, archiving and suspension are not judged again:
// they describe the participant now, not when the council nominated.
func (r *Record) checkNominationRules(ps *Problems, parts map[int64]Participant) {
	forms, rounds := map[int64]AwardForm{}, map[int64]Round{}
	for _, p := range r.Plans {
		for _, a := range p.AwardForms {
			forms[a.ID] = a
		}
		for _, rd := range p.Rounds {
			rounds[rd.ID] = rd
		}
	}
	var counted []Nomination
	for i, n := range r.Nominations {
		where := fmt.Sprintf("nominations[%d]", i)
		if StatusLabel(n.Status) == "" {
			ps.Add(where+".status", "trạng thái %q không có", n.Status)
			continue
		}
		form, okF := forms[n.AwardFormID]
		round, okR := rounds[n.RoundID]
		part, okP := parts[n.ParticipantID]
		if !okF || !okR || !okP || !activeStatus(n.Status) {
			continue // dangling references are reported with the references
		}
		for _, rf := range nominationRules(form, round, part, n, counted, parts) {
			ps.Add(where, "%s", rf.Message)
		}
		counted = append(counted, n)
	}
}

// nominationRules returns the rules n breaks among those a record import
// enforces.
func nominationRules(form AwardForm, round Round, part Participant, n Nomination, counted []Nomination, parts map[int64]Participant) []Refusal {
	row := &RankRow{Complete: true, Class: ClassExcellent} // scores are not judged here
	var out []Refusal
	for _, rf := range CheckNomination(form, round, part, row, counted, parts) {
		switch rf.Rule {
		case RuleKind, RuleDuplicate:
			out = append(out, rf)
		case RuleQuota, RuleNoQuota:
			if n.ForcedReason == "" {
				rf.Message += " và không có lý do vượt (forced_reason)"
				out = append(out, rf)
			}
		}
	}
	return out
}
