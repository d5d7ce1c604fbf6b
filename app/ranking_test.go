package app

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func f(v float64) *float64 { return &v }

// rankPlan has two individual criteria (50 + 50) and one collective (100).
func rankPlan() *Plan {
	return &Plan{Thresholds: DefaultThresholds, Criteria: []Criterion{
		{ID: 1, Kind: KindIndividual, ShortText: "Hoàn thành nội dung", MaxPoints: 50},
		{ID: 2, Kind: KindIndividual, MaxPoints: 50},
		{ID: 3, Kind: KindCollective, MaxPoints: 100},
	}}
}

// council gives participant pid council scores c1 and c2 on criteria 1, 2.
func council(pid int64, c1, c2 float64) []Score {
	return []Score{{ParticipantID: pid, CriterionID: 1, Council: f(c1)}, {ParticipantID: pid, CriterionID: 2, Council: f(c2)}}
}

// member gives member m's scores c1 and c2 of participant pid.
func member(pid, m int64, c1, c2 float64) []Score {
	s := council(pid, c1, c2)
	s[0].MemberID, s[1].MemberID = m, m
	return s
}

func join(ss ...[]Score) []Score {
	var out []Score
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// order renders rows as "name:rank:tie rule" joined by " | ".
func order(rows []RankRow) string {
	var parts []string
	for _, r := range rows {
		parts = append(parts, fmt.Sprintf("%s:%d:%s", r.Participant.Name, r.Rank, r.TieRule))
	}
	return strings.Join(parts, " | ")
}

func ind(id int64, name, gender string) Participant {
	return Participant{ID: id, Kind: KindIndividual, Name: name, Gender: gender}
}

func TestRankTieRules(t *testing.T) {
	tests := []struct {
		name   string
		parts  []Participant
		scores []Score
		manual map[int64]int
		want   string
	}{
		{"no tie", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 40, 40), council(2, 45, 45)), nil,
			"Lê Văn Bình:1: | Lê Văn An:2:"},
		{"woman first", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Trần Thị Bình", "nu")},
			join(council(1, 40, 40), council(2, 40, 40)), nil,
			"Trần Thị Bình:1:nữ | Lê Văn An:2:"},
		{"woman first beats the first criterion", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Trần Thị Bình", "nu")},
			join(council(1, 45, 35), council(2, 35, 45)), nil,
			"Trần Thị Bình:1:nữ | Lê Văn An:2:"},
		{"first criterion", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 38, 42), council(2, 42, 38)), nil,
			"Lê Văn Bình:1:điểm hội đồng tiêu chí 1 cao hơn | Lê Văn An:2:"},
		{"first criterion between two women", []Participant{ind(1, "Lê Thị An", "nu"), ind(2, "Lê Thị Bình", "nu")},
			join(council(1, 38, 42), council(2, 42, 38)), nil,
			"Lê Thị Bình:1:điểm hội đồng tiêu chí 1 cao hơn | Lê Thị An:2:"},
		{"manual order", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 40, 40), council(2, 40, 40)), map[int64]int{2: 0, 1: 1},
			"Lê Văn Bình:1:thứ tự do văn phòng sắp xếp | Lê Văn An:2:"},
		{"manual order cannot beat the first criterion", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 41, 39), council(2, 40, 40)), map[int64]int{2: 0, 1: 1},
			"Lê Văn An:1:điểm hội đồng tiêu chí 1 cao hơn | Lê Văn Bình:2:"},
		{"placed before not placed", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 40, 40), council(2, 40, 40)), map[int64]int{2: 5},
			"Lê Văn Bình:1:thứ tự do văn phòng sắp xếp | Lê Văn An:2:"},
		{"name order by given name, whatever the list order", []Participant{ind(1, "Trần Văn Bình", "nam"), ind(2, "Lê Văn An", "nam")},
			join(council(1, 40, 40), council(2, 40, 40)), nil,
			"Lê Văn An:1:thứ tự tên theo vần A, B, C | Trần Văn Bình:2:"},
		{"three tied: each rule between neighbours", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam"), ind(3, "Phạm Thị Cúc", "nu")},
			join(council(1, 40, 40), council(2, 41, 39), council(3, 30, 50)), nil,
			"Phạm Thị Cúc:1:nữ | Lê Văn Bình:2:điểm hội đồng tiêu chí 1 cao hơn | Lê Văn An:3:"},
		{"incomplete after the ranked, not ranked as zero", []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam")},
			join(council(1, 10, 10), []Score{{ParticipantID: 2, CriterionID: 1, Council: f(50)}}), nil,
			"Lê Văn An:1: | Lê Văn Bình:0:"},
		{"incomplete rows in name order, no tie rule", []Participant{ind(1, "Lê Văn Cường", "nam"), ind(2, "Lê Văn Bình", "nam"), ind(3, "Lê Văn An", "nam")},
			[]Score{{ParticipantID: 1, CriterionID: 1, Council: f(50)}}, nil,
			"Lê Văn An:0: | Lê Văn Bình:0: | Lê Văn Cường:0:"},
		{"a self-score is not a council score", []Participant{ind(1, "Lê Văn An", "nam")},
			[]Score{{ParticipantID: 1, CriterionID: 1, Self: f(50), Council: f(50)}, {ParticipantID: 1, CriterionID: 2, Self: f(50)}}, nil,
			"Lê Văn An:0:"},
		{"archived left out, suspended ranked", []Participant{ind(1, "Lê Văn An", "nam"), {ID: 2, Kind: KindIndividual, Name: "Lê Văn Bình", Archived: true},
			{ID: 3, Kind: KindIndividual, Name: "Lê Văn Cường", Suspended: true}},
			join(council(1, 10, 10), council(2, 50, 50), council(3, 20, 20)), nil,
			"Lê Văn Cường:1: | Lê Văn An:2:"},
		{"other kind and other criteria ignored", []Participant{ind(1, "Lê Văn An", "nam"), {ID: 2, Kind: KindCollective, Name: "Công an xã"}},
			join(council(1, 10, 10), []Score{{ParticipantID: 1, CriterionID: 3, Council: f(100)}, {ParticipantID: 1, CriterionID: 99, Council: f(100)}}), nil,
			"Lê Văn An:1:"},
	}
	for _, tt := range tests {
		if got := order(Rank(rankPlan(), KindIndividual, tt.parts, tt.scores, tt.manual)); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestRankCollectivesWithWomen(t *testing.T) {
	tests := []struct {
		name  string
		parts []Participant
		want  string
	}{
		{"70 % women first", []Participant{
			{ID: 1, Kind: KindCollective, Name: "Công an xã", Members: 10, Women: 2},
			{ID: 2, Kind: KindCollective, Name: "Hội Phụ nữ", Members: 10, Women: 7}},
			"Hội Phụ nữ:1:tập thể có từ 70% nữ | Công an xã:2:"},
		{"69 % is not enough: name order", []Participant{
			{ID: 1, Kind: KindCollective, Name: "Trạm Y tế", Members: 100, Women: 69},
			{ID: 2, Kind: KindCollective, Name: "Công an xã", Members: 10, Women: 0}},
			"Công an xã:1:thứ tự tên theo vần A, B, C | Trạm Y tế:2:"},
		{"no members counted is not 70 % women", []Participant{
			{ID: 1, Kind: KindCollective, Name: "Trạm Y tế", Members: 0, Women: 3},
			{ID: 2, Kind: KindCollective, Name: "Công an xã"}},
			"Công an xã:1:thứ tự tên theo vần A, B, C | Trạm Y tế:2:"},
		{"Đ after D in unit names", []Participant{
			{ID: 1, Kind: KindCollective, Name: "Đoàn Thanh niên"},
			{ID: 2, Kind: KindCollective, Name: "Dân quân"}},
			"Dân quân:1:thứ tự tên theo vần A, B, C | Đoàn Thanh niên:2:"},
	}
	for _, tt := range tests {
		scores := []Score{{ParticipantID: 1, CriterionID: 3, Council: f(80)}, {ParticipantID: 2, CriterionID: 3, Council: f(80)}}
		if got := order(Rank(rankPlan(), KindCollective, tt.parts, scores, nil)); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestRankTotalsClassesAndMissing(t *testing.T) {
	parts := []Participant{ind(1, "Lê Văn An", "nam"), ind(2, "Lê Văn Bình", "nam"), ind(3, "Lê Văn Cường", "nam")}
	scores := join(council(1, 45, 44.5), council(3, 0, 0), []Score{{ParticipantID: 2, CriterionID: 2, Council: f(1)}})
	rows := Rank(rankPlan(), KindIndividual, parts, scores, nil)
	if r := rows[0]; r.Participant.ID != 1 || r.Class != ClassGood || r.Total != 89.5 || r.Max != 100 || !r.Complete || r.Missing != nil || r.Spread != nil {
		t.Fatalf("row 0: %+v", r)
	}
	if r := rows[1]; r.Participant.ID != 3 || r.Rank != 2 || r.Total != 0 || r.Class != ClassFail {
		t.Fatalf("zeros are scores: %+v", r)
	}
	if r := rows[2]; r.Complete || r.Rank != 0 || r.Class != "" || len(r.Missing) != 1 || r.Missing[0] != 1 || r.Max != 100 {
		t.Fatalf("incomplete row: %+v", r)
	}
	if rows := Rank(&Plan{}, KindIndividual, parts, scores, nil); rows[0].Complete || rows[0].Rank != 0 {
		t.Fatalf("a kind without criteria ranks nobody: %+v", rows[0])
	}
	unsaved := &Plan{Criteria: []Criterion{{Kind: KindIndividual, MaxPoints: 50}, {Kind: KindIndividual, MaxPoints: 50}}}
	rows = Rank(unsaved, KindIndividual, parts, []Score{{ParticipantID: 1, Council: f(10)}}, nil)
	if len(rows) != 3 || rows[0].Complete || len(rows[0].Scores) != 2 || rows[0].Max != 100 {
		t.Fatalf("criteria not yet saved (IDs 0): %+v", rows[0])
	}
}

func TestRankSeveralScorers(t *testing.T) {
	parts := []Participant{ind(1, "Lê Văn An", "nam")}
	three := join(member(1, 1, 40, 40), member(1, 2, 42, 40), member(1, 3, 50, 40),
		council(1, 0, 0)) // the council-as-a-whole layer is ignored with several scorers
	tests := []struct {
		name          string
		trim          bool
		scores        []Score
		total, spread float64
		complete      bool
	}{
		{"mean of three", false, three, 44 + 40, 10, true},
		{"three trimmed: the middle one", true, three, 42 + 40, 10, true},
		{"two members: nothing trimmed", true, join(member(1, 1, 40, 40), member(1, 2, 44, 40)), 42 + 40, 4, true},
		{"one member: that score", true, member(1, 7, 33.5, 40), 33.5 + 40, 0, true},
		{"four trimmed: the middle two", true, join(member(1, 1, 10, 40), member(1, 2, 20, 40), member(1, 3, 30, 40), member(1, 4, 45, 40)), 25 + 40, 35, true},
		{"mean rounded to two decimals", false, join(member(1, 1, 40, 40), member(1, 2, 40, 40), member(1, 3, 41, 40)), 40.33 + 40, 1, true},
		{"council layer alone is not enough", true, council(1, 50, 50), 0, math.NaN(), false},
	}
	for _, tt := range tests {
		p := rankPlan()
		p.SeveralScorers, p.TrimExtremes = true, tt.trim
		r := Rank(p, KindIndividual, parts, tt.scores, nil)[0]
		spread, ok := r.Spread[1]
		if r.Complete != tt.complete || (tt.complete && r.Total != tt.total) || ok == math.IsNaN(tt.spread) || (ok && spread != tt.spread) {
			t.Errorf("%s: complete %v total %g spread %v (%v), want %v %g %g", tt.name, r.Complete, r.Total, spread, ok, tt.complete, tt.total, tt.spread)
		}
	}
}

func TestValidateScore(t *testing.T) {
	c := Criterion{ShortText: "Kế hoạch phát động", MaxPoints: 14}
	tests := []struct {
		v    float64
		want string
	}{
		{14, ""}, {0, ""}, {13.5, ""}, {0.5, ""},
		{15.5, "điểm 15,5 vượt quá điểm tối đa 14 của tiêu chí “Kế hoạch phát động”"},
		{14.5, "vượt quá điểm tối đa 14"},
		{-1, "không được âm"},
		{-0.5, "không được âm"},
		{12.3, "điểm chỉ lấy đến 0,5"},
		{12.25, "điểm chỉ lấy đến 0,5"},
		{math.NaN(), "không phải là số"},
		{math.Inf(1), "không phải là số"},
	}
	for _, tt := range tests {
		err := ValidateScore(c, tt.v)
		if (tt.want == "") != (err == nil) || err != nil && (!strings.Contains(err.Error(), tt.want) || !IsInvalid(err)) {
			t.Errorf("ValidateScore(%g) = %v, want %q", tt.v, err, tt.want)
		}
	}
	if err := ValidateScore(Criterion{Text: "Giải pháp, sáng kiến", MaxPoints: 50}, 51); err == nil || !strings.Contains(err.Error(), "“Giải pháp, sáng kiến”") {
		t.Errorf("a criterion without a short text is named by its text: %v", err)
	}
}

func TestManualOrderSetting(t *testing.T) {
	if k := ManualOrderKey(7, KindIndividual); k != "rank.manual.7.individual" {
		t.Fatal(k)
	}
	if m := ParseManualOrder(`{"12": 1, "5": 0}`); m[12] != 1 || m[5] != 0 || len(m) != 2 {
		t.Fatal(m)
	}
	for _, text := range []string{"", "  ", "not json", "[1,2]"} {
		if m := ParseManualOrder(text); m == nil || len(m) != 0 {
			t.Errorf("%q: %v", text, m)
		}
	}
}

// benchData is 10,000 individuals with different names, scored on 10
// criteria so that ties are many: every rule down to the names is used.
func benchData() (*Plan, []Participant, []Score) {
	p := &Plan{Thresholds: DefaultThresholds}
	for i := range 10 {
		p.Criteria = append(p.Criteria, Criterion{ID: int64(i + 1), Kind: KindIndividual, MaxPoints: 10})
	}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	middle := []string{"Văn", "Thị", "Đức", "Minh", "Quang", "Thu", "Ngọc", "Hồng", "Thanh", "Xuân"}
	given := []string{"An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hương", "Lan", "Minh"}
	var parts []Participant
	var scores []Score
	for i := range 10000 {
		name := fmt.Sprintf("%s %s %s %s", family[i%10], middle[(i/10)%10], middle[(i/100)%10], given[(i/1000)%10])
		parts = append(parts, Participant{ID: int64(i + 1), Kind: KindIndividual, Name: name, Gender: []string{"nam", "nu"}[i%2]})
		for c := range 10 {
			scores = append(scores, Score{ParticipantID: int64(i + 1), CriterionID: int64(c + 1), Council: f(float64((i*7+c*3)%21) / 2)})
		}
	}
	return p, parts, scores
}

func TestRankLargeIsOrdered(t *testing.T) {
	p, parts, scores := benchData()
	rows := Rank(p, KindIndividual, parts, scores, nil)
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		if a.Total < b.Total || b.Rank != a.Rank+1 || (a.Total == b.Total) != (a.TieRule != "") {
			t.Fatalf("rows %d, %d out of order: %+v / %+v", i-1, i, a, b)
		}
	}
}

// BenchmarkRank10k ranks 10,000 individuals on 10 criteria, as the
// scoring screen does after each cell typed (the name keys cached).
func BenchmarkRank10k(b *testing.B) {
	p, parts, scores := benchData()
	for b.Loop() {
		if rows := Rank(p, KindIndividual, parts, scores, nil); len(rows) != 10000 {
			b.Fatal(len(rows))
		}
	}
}

// BenchmarkRank10kCold is the first ranking: every name's collation key
// computed.
func BenchmarkRank10kCold(b *testing.B) {
	p, parts, scores := benchData()
	for b.Loop() {
		nameCache.Lock()
		nameCache.m = nil
		nameCache.Unlock()
		if rows := Rank(p, KindIndividual, parts, scores, nil); len(rows) != 10000 {
			b.Fatal(len(rows))
		}
	}
}
