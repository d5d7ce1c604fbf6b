package app

import (
	"fmt"

	"thidua/app/viet"
)

// Validate checks the whole record before anything is written: every part on
// its own, unique IDs, and every reference pointing at something that is in
// the record. Problems name where they are, e.g. "scores[12].criterion_id".
func (r *Record) Validate() error {
	var ps Problems
	if err := r.Organisation.Validate(); err != nil && !r.Organisation.IsZero() {
		addAll(&ps, "organisation", err)
	}
	for i, p := range r.Organisation.Periods {
		if p.ID == 0 {
			ps.Add(fmt.Sprintf("organisation.periods[%d].id", i), "thời kỳ chưa có mã")
		}
		if err := ValidatePeriod(p.Normalized(), r.Organisation.Periods[:i]); err != nil {
			addAll(&ps, fmt.Sprintf("organisation.periods[%d]", i), err)
		}
	}
	ids := r.checkPlans(&ps)
	parts := map[int64]Participant{}
	for i := range r.Participants {
		p := &r.Participants[i]
		where := fmt.Sprintf("participants[%d]", i)
		p.Validate(&ps, where)
		if p.ID == 0 || parts[p.ID].ID != 0 {
			ps.Add(where+".id", "mã %d trống hoặc trùng", p.ID)
		}
		parts[p.ID] = *p
	}
	for i, p := range r.Participants {
		if p.UnitID != 0 && parts[p.UnitID].Kind != KindCollective {
			ps.Add(fmt.Sprintf("participants[%d].unit_id", i), "đơn vị %d không phải tập thể có trong tệp", p.UnitID)
		}
	}
	members := map[int64]bool{}
	for i, m := range r.CouncilMembers {
		where := fmt.Sprintf("council_members[%d]", i)
		if m.ID == 0 || members[m.ID] {
			ps.Add(where+".id", "mã %d trống hoặc trùng", m.ID)
		}
		members[m.ID] = true
		if m.FullName == "" {
			ps.Add(where, "chưa có họ tên thành viên hội đồng")
		}
		ref(&ps, where+".collective_id", m.CollectiveID, parts[m.CollectiveID].ID != 0)
		ref(&ps, where+".participant_id", m.ParticipantID, parts[m.ParticipantID].ID != 0)
	}
	for i, s := range r.Scores {
		where := fmt.Sprintf("scores[%d]", i)
		ref(&ps, where+".round_id", s.RoundID, ids.rounds[s.RoundID])
		ref(&ps, where+".participant_id", s.ParticipantID, parts[s.ParticipantID].ID != 0)
		_, known := ids.criteria[s.CriterionID]
		ref(&ps, where+".criterion_id", s.CriterionID, known)
		ref(&ps, where+".member_id", s.MemberID, members[s.MemberID])
		if c, ok := ids.criteria[s.CriterionID]; ok {
			for _, v := range []*float64{s.Self, s.Council} {
				if v != nil {
					if err := ValidateScore(c, *v); err != nil {
						addAll(&ps, where, err)
					}
				}
			}
		}
	}
	r.checkRest(&ps, ids, parts, members)
	r.checkNominationRules(&ps, parts)
	return ps.Err()
}

// planIDs are the IDs defined by the plans of a record.
type planIDs struct {
	plans, rounds, forms map[int64]bool
	criteria             map[int64]Criterion
}

func (r *Record) checkPlans(ps *Problems) planIDs {
	ids := planIDs{map[int64]bool{}, map[int64]bool{}, map[int64]bool{}, map[int64]Criterion{}}
	for i := range r.Plans {
		p := &r.Plans[i]
		where := fmt.Sprintf("plans[%d]", i)
		if err := p.Validate(); err != nil {
			addAll(ps, where, err)
		}
		unique(ps, where+".id", p.ID, ids.plans)
		for j, c := range p.Criteria {
			if _, dup := ids.criteria[c.ID]; c.ID == 0 || dup {
				ps.Add(fmt.Sprintf("%s.criteria[%d].id", where, j), "mã %d trống hoặc trùng", c.ID)
			}
			ids.criteria[c.ID] = c
		}
		for j, a := range p.AwardForms {
			unique(ps, fmt.Sprintf("%s.award_forms[%d].id", where, j), a.ID, ids.forms)
		}
		for j, rd := range p.Rounds {
			unique(ps, fmt.Sprintf("%s.rounds[%d].id", where, j), rd.ID, ids.rounds)
		}
	}
	return ids
}

func (r *Record) checkRest(ps *Problems, ids planIDs, parts map[int64]Participant, members map[int64]bool) {
	meetings, docs, noms := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	byID := map[int64]Meeting{}
	for i, m := range r.Meetings {
		where := fmt.Sprintf("meetings[%d]", i)
		unique(ps, where+".id", m.ID, meetings)
		ref(ps, where+".plan_id", m.PlanID, ids.plans[m.PlanID])
		ref(ps, where+".round_id", m.RoundID, ids.rounds[m.RoundID])
		ref(ps, where+".chair_id", m.ChairID, members[m.ChairID])
		ref(ps, where+".secretary_id", m.SecretaryID, members[m.SecretaryID])
		for _, a := range m.Attendees {
			ref(ps, where+".attendees", a, members[a])
		}
		if m.MembersTotal != 0 && m.MembersTotal < len(m.Attendees) {
			ps.Add(where+".members_total", "%d thành viên hội đồng nhưng %d người dự họp", m.MembersTotal, len(m.Attendees))
		}
		if m.MembersTotal == 0 {
			m.MembersTotal = len(m.Attendees) // an old record without the council's size
		}
		m.Attendees = append([]int64(nil), m.Attendees...)
		if err := ValidateMeeting(&m); err != nil {
			addAll(ps, where, err)
		}
		byID[m.ID] = m
	}
	for i, d := range r.Documents {
		where := fmt.Sprintf("documents[%d]", i)
		unique(ps, where+".id", d.ID, docs)
		ref(ps, where+".plan_id", d.PlanID, ids.plans[d.PlanID])
		ref(ps, where+".round_id", d.RoundID, ids.rounds[d.RoundID])
		ref(ps, where+".award_form_id", d.AwardFormID, ids.forms[d.AwardFormID])
		ref(ps, where+".meeting_id", d.MeetingID, meetings[d.MeetingID])
		if d.IssuedOn != "" {
			if _, err := viet.ParseISO(d.IssuedOn); err != nil {
				ps.Add(where+".issued_on", "%v", err)
			}
		}
		if d.Status != "" && d.Status != DocIssued && d.Status != DocCancelled {
			ps.Add(where+".status", "trạng thái %q không có (issued hoặc cancelled)", d.Status)
		}
	}
	for i, n := range r.Nominations {
		where := fmt.Sprintf("nominations[%d]", i)
		unique(ps, where+".id", n.ID, noms)
		ref(ps, where+".round_id", n.RoundID, ids.rounds[n.RoundID])
		ref(ps, where+".award_form_id", n.AwardFormID, ids.forms[n.AwardFormID])
		ref(ps, where+".participant_id", n.ParticipantID, parts[n.ParticipantID].ID != 0)
		ref(ps, where+".proposal_doc_id", n.ProposalDocID, docs[n.ProposalDocID])
		ref(ps, where+".decision_doc_id", n.DecisionDocID, docs[n.DecisionDocID])
	}
	votedOn := map[int64]string{} // nomination → day of the last meeting that voted on it
	for i, v := range r.Votes {
		where := fmt.Sprintf("votes[%d]", i)
		ref(ps, where+".nomination_id", v.NominationID, noms[v.NominationID])
		ref(ps, where+".meeting_id", v.MeetingID, meetings[v.MeetingID])
		if m, ok := byID[v.MeetingID]; ok {
			if err := ValidateVote(v, len(m.Attendees)-len(v.Recused)); err != nil {
				addAll(ps, where, err)
			}
			if day := m.Date(); day > votedOn[v.NominationID] {
				votedOn[v.NominationID] = day
			}
		}
	}
	decisions := map[int64]bool{}
	for _, d := range r.Decisions {
		decisions[d.ID] = true
	}
	seen := map[int64]bool{}
	for i, d := range r.Decisions {
		where := fmt.Sprintf("decisions[%d]", i)
		unique(ps, where+".id", d.ID, seen)
		ref(ps, where+".nomination_id", d.NominationID, noms[d.NominationID])
		ref(ps, where+".replaced_by", d.ReplacedBy, decisions[d.ReplacedBy])
		if err := ValidateDecision(&d); err != nil {
			addAll(ps, where, err)
		}
		if err := DecisionAfterMeeting(d.DecidedOn, votedOn[d.NominationID]); err != nil {
			addAll(ps, where, err)
		}
	}
	for i, h := range r.AwardHistory {
		where := fmt.Sprintf("award_history[%d]", i)
		ref(ps, where+".participant_id", h.ParticipantID, parts[h.ParticipantID].ID != 0)
		ref(ps, where+".nomination_id", h.NominationID, noms[h.NominationID])
		if h.DecisionDate != "" {
			if _, err := viet.ParseISO(h.DecisionDate); err != nil {
				ps.Add(where+".decision_date", "%v", err)
			}
		}
		if h.Title == "" {
			ps.Add(where+".title", "chưa có tên danh hiệu hoặc hình thức khen thưởng")
		}
	}
	for i, a := range r.Attachments {
		where := fmt.Sprintf("attachments[%d]", i)
		ref(ps, where+".participant_id", a.ParticipantID, parts[a.ParticipantID].ID != 0)
		ref(ps, where+".round_id", a.RoundID, ids.rounds[a.RoundID])
	}
}

// ref records a dangling reference; 0 means "none" and is always fine.
func ref(ps *Problems, where string, id int64, ok bool) {
	if id != 0 && !ok {
		ps.Add(where, "tham chiếu tới mã %d không có trong tệp", id)
	}
}

func unique(ps *Problems, where string, id int64, seen map[int64]bool) {
	if id == 0 || seen[id] {
		ps.Add(where, "mã %d trống hoặc trùng", id)
	}
	seen[id] = true
}

func addAll(ps *Problems, prefix string, err error) {
	if ie, ok := err.(*InvalidError); ok {
		for _, p := range ie.Problems {
			ps.Add(prefix+" › "+p.Where, "%s", p.Message)
		}
		return
	}
	ps.Add(prefix, "%v", err)
}

// Normalize brings every text of the record to the form the app stores
// (NFC, cleaned spaces), as for anything typed or pasted.
func (r *Record) Normalize() {
	r.Organisation = r.Organisation.Normalized()
	for i := range r.Signers {
		r.Signers[i] = r.Signers[i].Normalized()
	}
	for i := range r.Plans {
		r.Plans[i].Normalize()
	}
	for i := range r.Participants {
		r.Participants[i].Normalize()
	}
	for i := range r.CouncilMembers {
		m := &r.CouncilMembers[i]
		m.FullName, m.Office = viet.Clean(m.FullName), viet.Clean(m.Office)
	}
	for i := range r.Nominations {
		r.Nominations[i].Achievement = viet.CleanText(r.Nominations[i].Achievement)
	}
}
