package app

import (
	"strings"
	"testing"
)

func TestQuotaFits(t *testing.T) {
	tests := []struct {
		q          Quota
		cols, inds int
		k          Kind
		want       bool
	}{
		{Quota{Collectives: 1, Individuals: 2}, 0, 0, KindCollective, true},
		{Quota{Collectives: 1, Individuals: 2}, 1, 0, KindCollective, false},
		{Quota{Collectives: 1, Individuals: 2}, 1, 1, KindIndividual, true},
		{Quota{Collectives: 1, Individuals: 2}, 0, 2, KindIndividual, false},
		{Quota{Total: 1}, 0, 0, KindIndividual, true},
		{Quota{Total: 1}, 1, 0, KindIndividual, false},
		{Quota{Total: 1, AtMost: true}, 0, 1, KindCollective, false},
		{Quota{Total: 2, AtMost: true}, 1, 0, KindCollective, true},
		{Quota{Individuals: 2}, 0, 0, KindCollective, false},
	}
	for _, tt := range tests {
		if got := tt.q.Fits(tt.cols, tt.inds, tt.k); got != tt.want {
			t.Errorf("%+v with %d+%d, one more %s: %v, want %v", tt.q, tt.cols, tt.inds, tt.k, got, tt.want)
		}
	}
}

func TestCheckNominationRefusals(t *testing.T) {
	form := AwardForm{ID: 1, Name: "Giấy khen xã", ForIndividuals: true, MinClassification: ClassGood,
		Quotas: []Quota{{RoundKind: RoundAnnual, Individuals: 1}}}
	round := Round{ID: 5, Kind: RoundAnnual}
	good := &RankRow{Complete: true, Class: ClassExcellent}
	parts := map[int64]Participant{1: {ID: 1, Kind: KindIndividual, Name: "A"}, 2: {ID: 2, Kind: KindIndividual, Name: "B"}}
	taken := []Nomination{{ID: 9, RoundID: 5, AwardFormID: 1, ParticipantID: 2, Status: NomDraft}}
	tests := []struct {
		name string
		part Participant
		row  *RankRow
		noms []Nomination
		want []string
	}{
		{"eligible", parts[1], good, nil, nil},
		{"wrong kind", Participant{ID: 3, Kind: KindCollective, Name: "C"}, good, nil, []string{RuleKind}},
		{"archived", Participant{ID: 1, Kind: KindIndividual, Archived: true}, good, nil, []string{RuleArchived}},
		{"suspended", Participant{ID: 1, Kind: KindIndividual, Suspended: true}, good, nil, []string{RuleSuspended}},
		{"not scored", parts[1], nil, nil, []string{RuleIncomplete}},
		{"below classification", parts[1], &RankRow{Complete: true, Class: ClassPass}, nil, []string{RuleClass}},
		{"over quota", parts[1], good, taken, []string{RuleQuota}},
		{"withdrawn frees the quota", parts[1], good, []Nomination{{RoundID: 5, AwardFormID: 1, ParticipantID: 2, Status: NomWithdrawn}}, nil},
		{"already nominated", parts[2], good, taken, []string{RuleDuplicate, RuleQuota}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range CheckNomination(form, round, tt.part, tt.row, tt.noms, parts) {
			got = append(got, r.Rule)
			if r.Message == "" {
				t.Errorf("%s: empty message", tt.name)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: refusals %v, want %v", tt.name, got, tt.want)
		}
	}
	final := Round{ID: 6, Kind: RoundFinal}
	if rs := CheckNomination(form, final, parts[1], good, nil, parts); len(rs) != 1 || rs[0].Rule != RuleNoQuota {
		t.Errorf("a round kind without quota: %+v", rs)
	}
}

func TestTallyThresholdBaseQuorumRecusal(t *testing.T) {
	all := AwardForm{VoteThreshold: 70, VoteBase: BaseAllMembers}
	present := AwardForm{VoteThreshold: 70, VoteBase: BasePresent}
	tests := []struct {
		name                                 string
		form                                 AwardForm
		members, presentN, recused, votesFor int
		passed, quorum                       bool
		base                                 int
	}{
		{"exactly 70 % of all", all, 10, 8, 0, 7, true, true, 10},
		{"just under 70 % of all", all, 10, 10, 0, 6, false, true, 10},
		{"70 % of present", present, 10, 8, 0, 6, true, true, 8},
		{"under 70 % of present", present, 10, 8, 0, 5, false, true, 8},
		{"no quorum", all, 10, 5, 0, 5, false, false, 10},
		{"recused leave the base", all, 10, 9, 1, 7, true, true, 9},
		{"province 90 %", AwardForm{VoteThreshold: 90, VoteBase: BaseAllMembers}, 9, 9, 0, 8, false, true, 9},
	}
	for _, tt := range tests {
		o := Tally(tt.form, tt.members, tt.presentN, tt.recused, tt.votesFor)
		if o.Passed != tt.passed || o.Quorum != tt.quorum || o.Base != tt.base || o.Reason == "" {
			t.Errorf("%s: %+v", tt.name, o)
		}
	}
}

func TestLifecycle(t *testing.T) {
	allowed := [][2]string{{NomDraft, NomPassed}, {NomDraft, NomFailed}, {NomPassed, NomProposed}, {NomProposed, NomAwarded}, {NomProposed, NomRejected}, {NomPassed, NomAwarded}}
	refused := [][2]string{{NomDraft, NomAwarded}, {NomFailed, NomPassed}, {NomAwarded, NomDraft}, {NomRejected, NomAwarded}, {NomAwarded, NomRejected}}
	for _, tr := range allowed {
		if !CanTransition(tr[0], tr[1]) {
			t.Errorf("%s → %s refused", tr[0], tr[1])
		}
	}
	for _, tr := range refused {
		if CanTransition(tr[0], tr[1]) {
			t.Errorf("%s → %s allowed", tr[0], tr[1])
		}
	}
}

func TestQuotaText(t *testing.T) {
	tests := []struct {
		q    Quota
		want string
	}{
		{Quota{Total: 1}, "01 tập thể, cá nhân"},
		{Quota{Total: 1, AtMost: true}, "không quá 01 tập thể, cá nhân"},
		{Quota{Collectives: 1, Individuals: 2}, "01 tập thể và 02 cá nhân"},
		{Quota{Individuals: 12}, "12 cá nhân"},
		{Quota{}, "không có"},
	}
	for _, tt := range tests {
		if got := QuotaText(tt.q); got != tt.want {
			t.Errorf("QuotaText(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
