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

// TestDistrictAwardsEndWithTheDistrictLevel: a district-level form cannot
// be nominated for in a round that starts after the district level ended,
// nor forced; the commune's own form still can.
func TestDistrictAwardsEndWithTheDistrictLevel(t *testing.T) {
	district := AwardForm{ID: 2, Name: "Giấy khen của Chủ tịch UBND thị xã", IssuerLevel: LevelDistrict, ForIndividuals: true,
		Quotas: []Quota{{RoundKind: RoundAnnual, Individuals: 2}}}
	commune := district
	commune.ID, commune.Name, commune.IssuerLevel = 3, "Giấy khen của Chủ tịch UBND xã", LevelCommune
	good := &RankRow{Complete: true, Class: ClassExcellent}
	part := Participant{ID: 1, Kind: KindIndividual, Name: "Trần Thị Lan"}
	parts := map[int64]Participant{1: part}
	for _, tt := range []struct {
		form    AwardForm
		starts  string
		refused bool
	}{
		{district, "2025-01-01", false},
		{district, "2025-06-30", false},
		{district, "2025-07-01", true},
		{district, "2026-01-01", true},
		{commune, "2026-01-01", false},
	} {
		rs := CheckNomination(tt.form, Round{ID: 5, Kind: RoundAnnual, StartsOn: tt.starts}, part, good, nil, parts)
		if refused := len(rs) > 0; refused != tt.refused {
			t.Errorf("%s in a round from %s: refusals %+v, want refused %v", tt.form.Name, tt.starts, rs, tt.refused)
			continue
		}
		if !tt.refused {
			continue
		}
		if rs[0].Rule != RuleDistrict || rs[0].Message != "từ 01/07/2025 không còn cấp huyện: Giấy khen của Chủ tịch UBND thị xã không còn được đề nghị" {
			t.Errorf("refusal %+v", rs[0])
		}
		if Forceable(rs) {
			t.Error("a reason would force an award of a district level that no longer exists")
		}
	}
}

// TestDistrictGoneOnTheMeetingDate: the district level holds to
// 30/06/2025 whatever is recorded, after it only where a period of the
// organisation still names one.
func TestDistrictGoneOnTheMeetingDate(t *testing.T) {
	district := AwardForm{Name: "Giấy khen của Chủ tịch UBND thị xã", IssuerLevel: LevelDistrict}
	commune := AwardForm{Name: "Giấy khen của Chủ tịch UBND xã", IssuerLevel: LevelCommune}
	plain := Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"}
	later := Organisation{Name: "Ủy ban nhân dân xã Hòa Phong", Periods: []OrgPeriod{
		{Until: "2025-08-31", Name: "Ủy ban nhân dân xã Hòa Phong", Upper: "Ủy ban nhân dân thị xã Mỹ Hào"},
		{From: "2025-09-01", Name: "Ủy ban nhân dân xã Hòa Phong"}}}
	for _, tt := range []struct {
		org  Organisation
		form AwardForm
		date string
		gone bool
	}{
		{plain, district, "2024-12-10", false},
		{plain, district, "2025-06-30", false},
		{plain, district, "2025-07-01", true},
		{plain, district, "2025-07-08", true},
		{Organisation{}, district, "2025-06-30", false},
		{Organisation{}, district, "2025-07-01", true},
		{plain, commune, "2025-07-08", false},
		{later, district, "2025-08-31", false},
		{later, district, "2025-09-01", true},
	} {
		got := DistrictGone(tt.org, tt.form, tt.date)
		if (got != "") != tt.gone {
			t.Errorf("%s on %s (%+v): %q, want gone %v", tt.form.Name, tt.date, tt.org.Periods, got, tt.gone)
		}
		if tt.gone && got != "từ 01/07/2025 không còn cấp huyện: Giấy khen của Chủ tịch UBND thị xã không còn được đề nghị" {
			t.Errorf("reason %q", got)
		}
	}
}
