package app

import (
	"fmt"
	"strings"
	"testing"
)

func f(v float64) *float64 { return &v }

// rankPlan has two individual criteria (50 + 50) and one collective (100).
func rankPlan() *Plan {
	return &Plan{Thresholds: DefaultThresholds, Criteria: []Criterion{
		{ID: 1, Kind: KindIndividual, MaxPoints: 50}, {ID: 2, Kind: KindIndividual, MaxPoints: 50},
		{ID: 3, Kind: KindCollective, MaxPoints: 100},
	}}
}

func council(pid int64, c1, c2 float64) []Score {
	return []Score{{ParticipantID: pid, CriterionID: 1, Council: f(c1)}, {ParticipantID: pid, CriterionID: 2, Council: f(c2)}}
}

func order(rows []RankRow) string {
	var parts []string
	for _, r := range rows {
		parts = append(parts, fmt.Sprintf("%s:%d:%s", r.Participant.Name, r.Rank, r.TieRule))
	}
	return strings.Join(parts, " ")
}

func TestRankTieRules(t *testing.T) {
	tests := []struct {
		name   string
		parts  []Participant
		scores []Score
		manual map[int64]int
		want   string
	}{
		{"no tie", []Participant{{ID: 1, Name: "A"}, {ID: 2, Name: "B"}},
			append(council(1, 40, 40), council(2, 45, 45)...), nil, "B:1: A:2:"},
		{"woman first", []Participant{{ID: 1, Name: "An Nam", Gender: GenderMale}, {ID: 2, Name: "Bình Nữ", Gender: GenderFemale}},
			append(council(1, 40, 40), council(2, 40, 40)...), nil, "Bình Nữ:1:nữ An Nam:2:"},
		{"first criterion", []Participant{{ID: 1, Name: "A"}, {ID: 2, Name: "B"}},
			append(council(1, 38, 42), council(2, 42, 38)...), nil, "B:1:điểm hội đồng tiêu chí 1 cao hơn A:2:"},
		{"manual order", []Participant{{ID: 1, Name: "A"}, {ID: 2, Name: "B"}},
			append(council(1, 40, 40), council(2, 40, 40)...), map[int64]int{2: 1, 1: 2}, "B:1:thứ tự do văn phòng sắp xếp A:2:"},
		{"list order", []Participant{{ID: 2, Name: "Lê Văn An"}, {ID: 1, Name: "Trần Văn Bình"}},
			append(council(1, 40, 40), council(2, 40, 40)...), nil, "Lê Văn An:1:thứ tự trong danh sách Trần Văn Bình:2:"},
		{"incomplete not ranked", []Participant{{ID: 1, Name: "A"}, {ID: 2, Name: "B"}},
			append(council(1, 10, 10), Score{ParticipantID: 2, CriterionID: 1, Council: f(50)}), nil, "A:1: B:0:"},
		{"archived left out", []Participant{{ID: 1, Name: "A"}, {ID: 2, Name: "B", Archived: true}},
			append(council(1, 10, 10), council(2, 50, 50)...), nil, "A:1:"},
	}
	for _, tt := range tests {
		for i := range tt.parts {
			tt.parts[i].Kind = KindIndividual
		}
		if got := order(Rank(rankPlan(), KindIndividual, tt.parts, tt.scores, tt.manual)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRankCollectiveWithWomen(t *testing.T) {
	parts := []Participant{
		{ID: 1, Kind: KindCollective, Name: "Công an xã", Members: 10, Women: 2},
		{ID: 2, Kind: KindCollective, Name: "Hội Phụ nữ", Members: 10, Women: 7},
	}
	scores := []Score{{ParticipantID: 1, CriterionID: 3, Council: f(80)}, {ParticipantID: 2, CriterionID: 3, Council: f(80)}}
	if got := order(Rank(rankPlan(), KindCollective, parts, scores, nil)); got != "Hội Phụ nữ:1:tập thể có từ 70% nữ Công an xã:2:" {
		t.Fatal(got)
	}
}

func TestRankClassesAndMissing(t *testing.T) {
	parts := []Participant{{ID: 1, Kind: KindIndividual, Name: "A"}, {ID: 2, Kind: KindIndividual, Name: "B"}}
	rows := Rank(rankPlan(), KindIndividual, parts, append(council(1, 45, 45), Score{ParticipantID: 2, CriterionID: 2, Council: f(1)}), nil)
	if rows[0].Class != ClassExcellent || rows[0].Total != 90 || rows[0].Max != 100 {
		t.Fatalf("row 0: %+v", rows[0])
	}
	if rows[1].Complete || rows[1].Class != "" || len(rows[1].Missing) != 1 || rows[1].Missing[0] != 1 {
		t.Fatalf("incomplete row: %+v", rows[1])
	}
}

func TestRankSeveralScorers(t *testing.T) {
	p := rankPlan()
	p.SeveralScorers = true
	member := func(m int64, c1, c2 float64) []Score {
		s := council(1, c1, c2)
		s[0].MemberID, s[1].MemberID = m, m
		return s
	}
	var scores []Score
	scores = append(scores, member(1, 40, 40)...)
	scores = append(scores, member(2, 42, 40)...)
	scores = append(scores, member(3, 50, 40)...)
	scores = append(scores, Score{ParticipantID: 1, CriterionID: 1, Council: f(0)}) // member 0 ignored
	parts := []Participant{{ID: 1, Kind: KindIndividual, Name: "A"}}
	row := Rank(p, KindIndividual, parts, scores, nil)[0]
	if row.Total != 84 || row.Spread[1] != 10 {
		t.Fatalf("mean of 40, 42, 50 + 40: total %g spread %g", row.Total, row.Spread[1])
	}
	p.TrimExtremes = true
	if row := Rank(p, KindIndividual, parts, scores, nil)[0]; row.Total != 82 {
		t.Fatalf("trimmed (42 + 40): total %g", row.Total)
	}
	two := append(member(1, 40, 40), member(2, 44, 40)...)
	if row := Rank(p, KindIndividual, parts, two, nil)[0]; row.Total != 82 {
		t.Fatalf("with two members nothing is trimmed: total %g", row.Total)
	}
}

func TestValidateScore(t *testing.T) {
	c := Criterion{ShortText: "Tiêu chí 1", MaxPoints: 14}
	tests := []struct {
		v    float64
		want string
	}{{14, ""}, {0, ""}, {13.5, ""}, {14.5, "vượt quá điểm tối đa 14"}, {-1, "không được âm"}, {12.3, "chỉ lấy đến 0,5"}}
	for _, tt := range tests {
		err := ValidateScore(c, tt.v)
		if (tt.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ValidateScore(%g) = %v, want %q", tt.v, err, tt.want)
		}
	}
}

func BenchmarkRank10k(b *testing.B) {
	p := &Plan{Thresholds: DefaultThresholds}
	for i := range 10 {
		p.Criteria = append(p.Criteria, Criterion{ID: int64(i + 1), Kind: KindIndividual, MaxPoints: 10})
	}
	var parts []Participant
	var scores []Score
	for i := range 10000 {
		parts = append(parts, Participant{ID: int64(i + 1), Kind: KindIndividual, Name: fmt.Sprintf("Nguyễn Văn %d", i), Gender: []string{"nam", "nu"}[i%2]})
		for c := range 10 {
			scores = append(scores, Score{ParticipantID: int64(i + 1), CriterionID: int64(c + 1), Council: f(float64((i*7+c*3)%21) / 2)})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if rows := Rank(p, KindIndividual, parts, scores, nil); len(rows) != 10000 {
			b.Fatal(len(rows))
		}
	}
}
