package app

import (
	"reflect"
	"strings"
	"testing"
)

// council9 is a council of nine: member 1 is individual 101, member 2
// belongs to collective 201, member 9 no longer serves and belonged to
// collective 201 too.
func council9() []CouncilMember {
	var c []CouncilMember
	for i := int64(1); i <= 9; i++ {
		c = append(c, CouncilMember{ID: i, FullName: "Thành viên", Role: RoleMember, Active: i != 9})
	}
	c[0].ParticipantID = 101
	c[1].CollectiveID = 201
	c[8].CollectiveID = 201
	return c
}

func TestRecused(t *testing.T) {
	c := council9()
	tests := []struct {
		name    string
		part    Participant
		present map[int64]bool
		want    []int64
	}{
		{"the nominee", Participant{ID: 101, Kind: KindIndividual}, nil, []int64{1}},
		{"members of the collective", Participant{ID: 201, Kind: KindCollective}, nil, []int64{2, 9}},
		{"only those present", Participant{ID: 201, Kind: KindCollective}, map[int64]bool{2: true}, []int64{2}},
		{"an individual with the collective's ID is not the collective", Participant{ID: 201, Kind: KindIndividual}, nil, nil},
		{"no conflict", Participant{ID: 300, Kind: KindIndividual}, nil, nil},
	}
	for _, tt := range tests {
		if got := Recused(c, tt.part, tt.present); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMeetingTallyBases(t *testing.T) {
	c := council9()
	m := Meeting{MembersTotal: 8, Attendees: []int64{1, 2, 3, 4, 5, 6}}
	coll := Participant{ID: 201, Kind: KindCollective}
	all := AwardForm{VoteThreshold: 70, VoteBase: BaseAllMembers}
	present := AwardForm{VoteThreshold: 70, VoteBase: BasePresent}
	tests := []struct {
		name     string
		form     AwardForm
		votes    int
		base     int
		passed   bool
		recusals []int64
	}{
		// Member 9 no longer serves, so only member 2 leaves the base of 8.
		{"all members, at the threshold", all, 5, 7, true, []int64{2}},
		{"all members, below", all, 4, 7, false, []int64{2}},
		{"present, at the threshold", present, 4, 5, true, []int64{2}},
		{"present, below", present, 3, 5, false, []int64{2}},
	}
	for _, tt := range tests {
		out, rec := MeetingTally(tt.form, m, c, coll, tt.votes)
		if out.Base != tt.base || out.Passed != tt.passed || !reflect.DeepEqual(rec, tt.recusals) {
			t.Errorf("%s: base %d passed %v recused %v (%s), want %d %v %v", tt.name, out.Base, out.Passed, rec, out.Reason, tt.base, tt.passed, tt.recusals)
		}
	}
	noQuorum := Meeting{MembersTotal: 8, Attendees: []int64{3, 4, 5, 6}}
	if out, _ := MeetingTally(all, noQuorum, c, coll, 4); out.Quorum || out.Passed || !strings.Contains(out.Reason, "không đủ") {
		t.Errorf("4 of 8 present: %+v", out)
	}
}

func TestValidateVote(t *testing.T) {
	tests := []struct {
		name   string
		v      Vote
		voters int
		want   string // "" = valid
	}{
		{"secret, complete", Vote{Method: VoteSecret, Issued: 7, Returned: 7, Valid: 6, For: 5, Against: 1}, 7, ""},
		{"more ballots than voters", Vote{Method: VoteSecret, Issued: 8, Returned: 8, Valid: 8, For: 8}, 7, "phát ra"},
		{"returned above issued", Vote{Method: VoteSecret, Issued: 5, Returned: 6}, 7, "thu vào"},
		{"valid above returned", Vote{Method: VoteSecret, Issued: 5, Returned: 5, Valid: 6}, 7, "hợp lệ"},
		{"for and against above valid", Vote{Method: VoteSecret, Issued: 5, Returned: 5, Valid: 5, For: 4, Against: 2}, 7, "đồng ý"},
		{"hands within voters", Vote{Method: VoteHands, For: 6, Against: 1}, 7, ""},
		{"hands above voters", Vote{Method: VoteHands, For: 7, Against: 1}, 7, "biểu quyết"},
		{"negative", Vote{Method: VoteHands, For: -1}, 7, "âm"},
		{"unknown method", Vote{Method: "x"}, 7, "hình thức"},
	}
	for _, tt := range tests {
		err := ValidateVote(tt.v, tt.voters)
		if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestValidateMeetingAndDecision(t *testing.T) {
	good := Meeting{HeldAt: "2025-12-15 14:00", ChairID: 1, SecretaryID: 2, Attendees: []int64{1, 2, 3}, MembersTotal: 5}
	if err := ValidateMeeting(&good); err != nil {
		t.Errorf("good meeting: %v", err)
	}
	meetings := []struct {
		name string
		edit func(*Meeting)
		want string
	}{
		{"no date", func(m *Meeting) { m.HeldAt = "" }, "ngày họp"},
		{"chair absent", func(m *Meeting) { m.ChairID = 4 }, "chủ trì"},
		{"no secretary", func(m *Meeting) { m.SecretaryID = 0 }, "thư ký"},
		{"more present than members", func(m *Meeting) { m.MembersTotal = 2 }, "nhiều hơn"},
		{"twice", func(m *Meeting) { m.Attendees = []int64{1, 2, 2} }, "hai lần"},
	}
	for _, tt := range meetings {
		m := good
		m.Attendees = append([]int64(nil), good.Attendees...)
		tt.edit(&m)
		if err := ValidateMeeting(&m); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	decisions := []struct {
		d    Decision
		want string
	}{
		{Decision{Outcome: OutcomeAwarded, Number: "12/QĐ-UBND", DecidedOn: "2025-12-20", Issuer: "Chủ tịch UBND xã"}, ""},
		{Decision{Outcome: OutcomeAwarded, DecidedOn: "2025-12-20", Issuer: "x"}, "số quyết định"},
		{Decision{Outcome: OutcomeAwarded, Number: "1", DecidedOn: "20/12", Issuer: "x"}, "ngày"},
		{Decision{Outcome: OutcomeRejected}, "lý do"},
		{Decision{Outcome: OutcomeRejected, Reason: "không đủ tiêu chuẩn"}, ""},
		{Decision{Outcome: "maybe"}, "kết quả"},
	}
	for _, tt := range decisions {
		err := ValidateDecision(&tt.d)
		if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%+v: %v, want %q", tt.d, err, tt.want)
		}
	}
}

func TestForceable(t *testing.T) {
	tests := []struct {
		rules []string
		want  bool
	}{
		{[]string{RuleQuota}, true},
		{[]string{RuleClass, RuleIncomplete, RuleSuspended, RuleArchived, RuleNoQuota}, true},
		{[]string{RuleQuota, RuleDuplicate}, false},
		{[]string{RuleKind}, false},
	}
	for _, tt := range tests {
		var rs []Refusal
		for _, r := range tt.rules {
			rs = append(rs, Refusal{Rule: r})
		}
		if got := Forceable(rs); got != tt.want {
			t.Errorf("%v: %v, want %v", tt.rules, got, tt.want)
		}
	}
}

func TestMeetingTallyWithoutCouncilSize(t *testing.T) {
	m := Meeting{Attendees: []int64{1, 2, 3, 4, 5, 6, 7, 8, 9}} // MembersTotal unknown (0)
	out, _ := MeetingTally(AwardForm{VoteThreshold: 70, VoteBase: BaseAllMembers}, m, nil, Participant{ID: 50}, 9)
	if !out.Passed || out.Base != 9 {
		t.Errorf("9/9 present, 9 for, council size unknown: %+v", out)
	}
}

func TestMeetingSeatsTheServingCouncil(t *testing.T) {
	council := []CouncilMember{{ID: 1, Role: RoleMember, Active: true}, {ID: 2, Role: RoleChair, Active: true},
		{ID: 3, Role: RoleSecretary, Active: false}, {ID: 4, Role: RoleSecretary, Active: true}, {ID: 5, Role: RoleChair, Active: true}}
	tests := []struct {
		name             string
		away             map[int64]bool
		attendees        []int64
		chair, secretary int64
	}{
		{"everyone serving", nil, []int64{1, 2, 4, 5}, 2, 4},
		{"the chair away", map[int64]bool{2: true}, []int64{1, 4, 5}, 5, 4},
		{"the secretary away", map[int64]bool{4: true}, []int64{1, 2, 5}, 2, 0},
	}
	for _, tt := range tests {
		var m Meeting
		m.Seat(council, tt.away)
		if !reflect.DeepEqual(m.Attendees, tt.attendees) || m.ChairID != tt.chair || m.SecretaryID != tt.secretary {
			t.Errorf("%s: attendees %v chair %d secretary %d", tt.name, m.Attendees, m.ChairID, m.SecretaryID)
		}
	}
}
