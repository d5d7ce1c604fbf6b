package app

import (
	"fmt"
	"sort"
)

// BoardInput is what the nominations board of one round is built from.
type BoardInput struct {
	Plan     *Plan
	Round    Round
	Parts    []Participant          // every participant, archived included
	Scores   []Score                // the round's scores
	Manual   map[Kind]map[int64]int // the clerk's order of ties per kind
	Noms     []Nomination           // the round's nominations
	Meetings []Meeting              // the round's meetings
	Votes    []Vote                 // the votes of those meetings
	Council  []CouncilMember
}

// Board is the state of a round's nominations: one panel per award form of
// the plan, in the plan's order.
type Board struct {
	Round  Round
	Panels []FormPanel
	Rows   map[int64]*RankRow // each scored participant's result
	Parts  map[int64]Participant
}

// FormPanel is one award form on the board.
type FormPanel struct {
	Form     AwardForm
	Quota    Quota
	HasQuota bool
	// UsedCollectives and UsedIndividuals count the nominations that count
	// against the quota.
	UsedCollectives, UsedIndividuals int
	Entries                          []BoardEntry // by position; withdrawn and failed ones last
	// Candidates are the ranked participants of the kinds the form allows
	// who are not nominated for it, collectives first, each kind in rank
	// order.
	Candidates []RankRow
}

// BoardEntry is a nomination with what the board shows of it.
type BoardEntry struct {
	Nomination
	Part Participant
	Row  *RankRow // nil when not scored in the round
	Vote *Vote    // the latest vote, nil before the council voted
	// Outcome is the vote's result; Meeting the meeting it was taken at.
	Outcome *VoteOutcome
	Meeting *Meeting
	// Breaks lists the rules the nomination breaks, judged against the
	// nominations above it: what a forced nomination overrode.
	Breaks []Refusal
}

// BuildBoard builds the board of in.Round.
func BuildBoard(in BoardInput) Board {
	b := Board{Round: in.Round, Rows: map[int64]*RankRow{}, Parts: map[int64]Participant{}}
	for _, p := range in.Parts {
		b.Parts[p.ID] = p
	}
	ranked := map[Kind][]RankRow{}
	for _, k := range []Kind{KindCollective, KindIndividual} {
		ranked[k] = Rank(in.Plan, k, in.Parts, in.Scores, in.Manual[k])
		for i := range ranked[k] {
			b.Rows[ranked[k][i].Participant.ID] = &ranked[k][i]
		}
	}
	for _, f := range in.Plan.AwardForms {
		b.Panels = append(b.Panels, b.panel(in, f, ranked))
	}
	return b
}

func (b *Board) panel(in BoardInput, f AwardForm, ranked map[Kind][]RankRow) FormPanel {
	p := FormPanel{Form: f}
	p.Quota, p.HasQuota = f.QuotaFor(in.Round.Kind)
	var mine []Nomination
	for _, n := range in.Noms {
		if n.AwardFormID == f.ID && n.RoundID == in.Round.ID {
			mine = append(mine, n)
		}
	}
	sort.SliceStable(mine, func(i, j int) bool {
		ai, aj := activeStatus(mine[i].Status), activeStatus(mine[j].Status)
		if ai != aj {
			return ai
		}
		return mine[i].Position < mine[j].Position
	})
	nominated := map[int64]bool{}
	var above []Nomination
	for _, n := range mine {
		e := BoardEntry{Nomination: n, Part: b.Parts[n.ParticipantID], Row: b.Rows[n.ParticipantID]}
		if activeStatus(n.Status) {
			nominated[n.ParticipantID] = true
			e.Breaks = CheckNomination(f, in.Round, e.Part, e.Row, above, b.Parts)
			above = append(above, n)
		}
		e.Vote, e.Meeting, e.Outcome = latestVote(in, f, e.Part, n.ID)
		p.Entries = append(p.Entries, e)
	}
	p.UsedCollectives, p.UsedIndividuals = Used(in.Noms, b.Parts, f.ID, in.Round.ID)
	for _, k := range []Kind{KindCollective, KindIndividual} {
		if !f.Allows(k) {
			continue
		}
		for _, r := range ranked[k] {
			if r.Complete && !nominated[r.Participant.ID] {
				p.Candidates = append(p.Candidates, r)
			}
		}
	}
	return p
}

// latestVote returns the last vote recorded on a nomination, its meeting
// and its outcome.
func latestVote(in BoardInput, f AwardForm, part Participant, nomID int64) (*Vote, *Meeting, *VoteOutcome) {
	for i := len(in.Votes) - 1; i >= 0; i-- {
		v := in.Votes[i]
		if v.NominationID != nomID {
			continue
		}
		for _, m := range in.Meetings {
			if m.ID == v.MeetingID {
				out, _ := MeetingTally(f, m, in.Council, part, v.For)
				return &v, &m, &out
			}
		}
	}
	return nil, nil, nil
}

// VoteAt returns the vote on a nomination at one meeting, nil when that
// meeting did not vote on it.
func (in BoardInput) VoteAt(nominationID, meetingID int64) *Vote {
	for i := range in.Votes {
		if in.Votes[i].NominationID == nominationID && in.Votes[i].MeetingID == meetingID {
			return &in.Votes[i]
		}
	}
	return nil
}

// LeftText says how much of the quota is left: "còn 01 tập thể, 01 cá
// nhân", "còn 00", "không có số lượng cho đợt này".
func (p FormPanel) LeftText() string {
	if !p.HasQuota {
		return "kế hoạch không giao số lượng cho đợt này"
	}
	q, c, i := p.Quota, p.UsedCollectives, p.UsedIndividuals
	if q.Combined() {
		return fmt.Sprintf("đã đề nghị %d, còn %s", c+i, left(q.Total-c-i))
	}
	switch {
	case q.Collectives > 0 && q.Individuals > 0:
		return fmt.Sprintf("đã đề nghị %d tập thể, %d cá nhân; còn %s tập thể, %s cá nhân", c, i, left(q.Collectives-c), left(q.Individuals-i))
	case q.Collectives > 0:
		return fmt.Sprintf("đã đề nghị %d tập thể, còn %s", c, left(q.Collectives-c))
	}
	return fmt.Sprintf("đã đề nghị %d cá nhân, còn %s", i, left(q.Individuals-i))
}

// LeftFor says what is left of the quota for one more participant of
// kind k: "còn 1 cá nhân", "còn 0 tập thể, cá nhân (vượt 1)".
func (p FormPanel) LeftFor(k Kind) string {
	if !p.HasQuota {
		return "không có số lượng cho đợt này"
	}
	q, c, i := p.Quota, p.UsedCollectives, p.UsedIndividuals
	n, what := q.Individuals-i, "cá nhân"
	switch {
	case q.Combined():
		n, what = q.Total-c-i, "tập thể, cá nhân"
	case k == KindCollective:
		n, what = q.Collectives-c, "tập thể"
	}
	if n < 0 {
		return fmt.Sprintf("còn 0 %s (vượt %d)", what, -n)
	}
	return fmt.Sprintf("còn %d %s", n, what)
}

// left words what remains of a quota; below zero it says by how much the
// quota is exceeded.
func left(n int) string {
	if n < 0 {
		return fmt.Sprintf("0 (vượt %d)", -n)
	}
	return fmt.Sprintf("%d", n)
}

// Entry returns the board entry of a nomination.
func (b Board) Entry(nomID int64) (BoardEntry, FormPanel, bool) {
	for _, p := range b.Panels {
		for _, e := range p.Entries {
			if e.ID == nomID {
				return e, p, true
			}
		}
	}
	return BoardEntry{}, FormPanel{}, false
}
