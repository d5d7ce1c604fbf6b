package stats

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/app"
)

func v(x float64) *float64 { return &x }

// council returns the council scores of one participant in a round, one per
// criterion id given with its value.
func council(round, part int64, vals ...float64) []app.Score {
	var out []app.Score
	for i := 0; i+1 < len(vals); i += 2 {
		out = append(out, app.Score{RoundID: round, ParticipantID: part, CriterionID: int64(vals[i]), Council: v(vals[i+1])})
	}
	return out
}

// handFixture is a plan of two rounds whose figures are counted by hand in
// the comments of TestComputeHandCounted.
func handFixture() Input {
	p := &app.Plan{ID: 7, MovementName: "Thi đua mẫu", Thresholds: app.DefaultThresholds,
		Criteria: []app.Criterion{
			{ID: 1, Kind: app.KindCollective, ShortText: "C1", MaxPoints: 50},
			{ID: 2, Kind: app.KindCollective, ShortText: "C2", MaxPoints: 50},
			{ID: 3, Kind: app.KindIndividual, ShortText: "I1", MaxPoints: 60},
			{ID: 4, Kind: app.KindIndividual, Text: "I2 dài", MaxPoints: 40},
		},
		AwardForms: []app.AwardForm{
			{ID: 10, Name: "Giấy khen", IssuerLevel: app.LevelCommune, ForCollectives: true, ForIndividuals: true,
				Quotas: []app.Quota{{RoundKind: app.RoundAnnual, Collectives: 1, Individuals: 2}, {RoundKind: app.RoundFinal, Total: 3}}},
			{ID: 20, Name: "Bằng khen", IssuerLevel: app.LevelProvince, ForIndividuals: true,
				Quotas: []app.Quota{{RoundKind: app.RoundAnnual, Individuals: 1}}},
		},
		Rounds: []app.Round{{ID: 1, Key: "2024", Kind: app.RoundAnnual, Name: "Năm 2024"}, {ID: 2, Key: "final", Kind: app.RoundFinal, Name: "Tổng kết"}},
	}
	parts := []app.Participant{
		{ID: 1, Kind: app.KindCollective, Name: "Trường Mầm non", Members: 20, Women: 18},
		{ID: 2, Kind: app.KindCollective, Name: "Công an xã", Members: 10, Women: 2},
		{ID: 3, Kind: app.KindCollective, Name: "Đội cũ", Archived: true},
		{ID: 4, Kind: app.KindIndividual, Name: "Nguyễn Thị Hoa", Gender: app.GenderFemale, UnitID: 1},
		{ID: 5, Kind: app.KindIndividual, Name: "Trần Văn Nam", Gender: app.GenderMale, UnitID: 2},
		{ID: 6, Kind: app.KindIndividual, Name: "Lê Thị Lan", Gender: app.GenderFemale, Unit: "Trạm Y tế"},
		{ID: 7, Kind: app.KindIndividual, Name: "Phạm Văn Bình", Gender: app.GenderMale},
		{ID: 8, Kind: app.KindIndividual, Name: "Đỗ Văn Cường", Gender: app.GenderMale, UnitID: 1},
	}
	var r1, r2 []app.Score
	for _, s := range [][]app.Score{
		council(1, 1, 1, 48, 2, 46), // 94 %: Xuất sắc
		council(1, 2, 1, 40, 2, 38), // 78 %: Tốt
		council(1, 3, 1, 50, 2, 50), // archived: not counted
		council(1, 4, 3, 55, 4, 36), // 91 %: Xuất sắc
		council(1, 5, 3, 45, 4, 30), // 75 %: Tốt
		council(1, 6, 3, 30, 4, 15), // 45 %: Không đạt
		council(1, 7, 3, 50),        // I2 missing: chưa đủ điểm
	} {
		r1 = append(r1, s...)
	}
	for _, s := range [][]app.Score{
		council(2, 2, 1, 50, 2, 45), // 95 %
		council(2, 5, 3, 60, 4, 40), // 100 %
		council(2, 8, 3, 30, 4, 20), // 50 %: Đạt
	} {
		r2 = append(r2, s...)
	}
	r2 = append(r2, app.Score{RoundID: 2, ParticipantID: 6, CriterionID: 3}) // a cell without a council score
	return Input{Plan: p, Parts: parts, Rounds: []RoundInput{
		{Round: p.Rounds[0], Scores: r1, Noms: []app.Nomination{
			{ID: 1, RoundID: 1, AwardFormID: 10, ParticipantID: 1, Status: app.NomAwarded},
			{ID: 2, RoundID: 1, AwardFormID: 10, ParticipantID: 4, Status: app.NomAwarded},
			{ID: 3, RoundID: 1, AwardFormID: 10, ParticipantID: 5, Status: app.NomWithdrawn},
			{ID: 4, RoundID: 1, AwardFormID: 20, ParticipantID: 4, Status: app.NomProposed},
			{ID: 5, RoundID: 1, AwardFormID: 10, ParticipantID: 6, Status: app.NomFailed},
		}},
		{Round: p.Rounds[1], Scores: r2, Noms: []app.Nomination{
			{ID: 6, RoundID: 2, AwardFormID: 10, ParticipantID: 2, Status: app.NomAwarded},
			{ID: 7, RoundID: 2, AwardFormID: 10, ParticipantID: 5, Status: app.NomAwarded},
			{ID: 8, RoundID: 2, AwardFormID: 10, ParticipantID: 8, Status: app.NomDraft},
		}},
	}}
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

func TestComputeHandCounted(t *testing.T) {
	st := Compute(handFixture())
	if len(st.Rounds) != 2 || st.Rounds[0].Key != "2024" || st.Rounds[1].Key != "final" || st.Movement.Key != MovementKey {
		t.Fatalf("rounds: %+v", st.Rounds)
	}
	r1, r2, mv := st.Rounds[0], st.Rounds[1], st.Movement

	// Round 2024: collectives 1, 2 (3 is archived); individuals 4, 5, 6, 7.
	same(t, "2024 participants", r1.Participants, Count{2, 4})
	same(t, "2024 units", r1.Units, []UnitCount{
		{"Trường Mầm non", Count{1, 1}}, {"Công an xã", Count{1, 1}}, {"Trạm Y tế", Count{0, 1}}, {NoUnit, Count{0, 1}}})
	same(t, "2024 classes", r1.Classes, []Classes{
		{Kind: app.KindCollective, Excellent: 1, Good: 1},
		{Kind: app.KindIndividual, Excellent: 1, Good: 1, Fail: 1, Incomplete: 1}})
	type mmm struct {
		N              int
		Mean, Min, Max float64
	}
	spread := func(s Spread) mmm { return mmm{s.N, s.Mean, s.Min, s.Max} }
	var crit []mmm
	for _, c := range r1.Criteria {
		crit = append(crit, spread(c))
	}
	// C1 48, 40; C2 46, 38; I1 55, 45, 30, 50; I2 36, 30, 15.
	same(t, "2024 criteria", crit, []mmm{{2, 44, 40, 48}, {2, 42, 38, 46}, {4, 45, 30, 55}, {3, 27, 15, 36}})
	same(t, "2024 criterion names", []string{r1.Criteria[0].Name, r1.Criteria[3].Name}, []string{"C1", "I2 dài"})
	// Totals: collectives 94, 78; individuals 91, 75, 45 (7 is incomplete).
	same(t, "2024 totals", []mmm{spread(r1.Totals[0].Spread), spread(r1.Totals[1].Spread)}, []mmm{{2, 86, 78, 94}, {3, 70.33, 45, 91}})
	same(t, "2024 histogram", r1.Totals[1].Histogram, [10]int{4: 1, 7: 1, 9: 1})
	same(t, "2024 maximum", []float64{r1.Totals[0].MaxPoints, r1.Totals[1].MaxPoints}, []float64{100, 100})
	status := map[string]Count{}
	for _, s := range r1.Nominations {
		if s.Sum() > 0 {
			status[s.Status] = s.Count
		}
	}
	same(t, "2024 nominations", status, map[string]Count{app.NomAwarded: {1, 1}, app.NomWithdrawn: {0, 1}, app.NomProposed: {0, 1}, app.NomFailed: {0, 1}})
	gk, bk := r1.Awards[0], r1.Awards[1]
	same(t, "2024 Giấy khen", []Count{gk.Nominated, gk.Passed, gk.Proposed, gk.Awarded}, []Count{{1, 2}, {1, 1}, {0, 0}, {1, 1}})
	same(t, "2024 Giấy khen quota", []any{gk.HasQuota, gk.Quota.Collectives, gk.Quota.Individuals, gk.Level}, []any{true, 1, 2, app.LevelCommune})
	same(t, "2024 Giấy khen by unit", gk.ByUnit, []UnitCount{{"Trường Mầm non", Count{1, 1}}})
	same(t, "2024 Bằng khen", []Count{bk.Nominated, bk.Passed, bk.Proposed, bk.Awarded}, []Count{{0, 1}, {0, 1}, {0, 1}, {0, 0}})
	// Nominated (not withdrawn): 1, 4 (twice), 6; awarded: 1, 4.
	same(t, "2024 women", r1.Women, Women{IndividualsNominated: 2, WomenNominated: 2, IndividualsAwarded: 1, WomenAwarded: 1,
		CollectivesNominated: 1, WomenUnitsNominated: 1, CollectivesAwarded: 1, WomenUnitsAwarded: 1})

	// Final round: collective 2; individuals 5, 8 (6 has a cell without a council score).
	same(t, "final participants", r2.Participants, Count{1, 2})
	same(t, "final classes", r2.Classes, []Classes{
		{Kind: app.KindCollective, Excellent: 1}, {Kind: app.KindIndividual, Excellent: 1, Pass: 1}})
	same(t, "final quota", []any{r2.Awards[0].Quota.Total, r2.Awards[1].HasQuota}, []any{3, false})
	same(t, "final histogram", r2.Totals[1].Histogram, [10]int{5: 1, 9: 1})

	// The movement: people once, the rest added up.
	same(t, "movement participants", mv.Participants, Count{2, 5})
	same(t, "movement units", mv.Units, []UnitCount{
		{"Trường Mầm non", Count{1, 2}}, {"Công an xã", Count{1, 1}}, {"Trạm Y tế", Count{0, 1}}, {NoUnit, Count{0, 1}}})
	same(t, "movement classes", mv.Classes, []Classes{
		{Kind: app.KindCollective, Excellent: 2, Good: 1},
		{Kind: app.KindIndividual, Excellent: 2, Good: 1, Pass: 1, Fail: 1, Incomplete: 1}})
	same(t, "movement I1", spread(mv.Criteria[2]), mmm{6, 45, 30, 60})
	same(t, "movement individual totals", spread(mv.Totals[1].Spread), mmm{5, 72.2, 45, 100})
	same(t, "movement histogram", mv.Totals[1].Histogram, [10]int{4: 1, 5: 1, 7: 1, 9: 2})
	mgk := mv.Awards[0]
	same(t, "movement Giấy khen", []Count{mgk.Nominated, mgk.Awarded}, []Count{{2, 4}, {2, 2}})
	same(t, "movement Giấy khen quota", []int{mgk.Quota.Collectives, mgk.Quota.Individuals, mgk.Quota.Total}, []int{1, 2, 3})
	same(t, "movement Giấy khen by unit", mgk.ByUnit, []UnitCount{{"Trường Mầm non", Count{1, 1}}, {"Công an xã", Count{1, 1}}})
	same(t, "movement women", mv.Women, Women{IndividualsNominated: 4, WomenNominated: 2, IndividualsAwarded: 2, WomenAwarded: 1,
		CollectivesNominated: 2, WomenUnitsNominated: 1, CollectivesAwarded: 2, WomenUnitsAwarded: 1})
	if got, ok := st.ByKey("final"); !ok || got.Name != "Tổng kết" {
		t.Errorf("ByKey(final): %v %v", got.Name, ok)
	}
	if _, ok := st.ByKey("1999"); ok {
		t.Error("ByKey found a round the plan does not have")
	}
}

func TestPercentAndBins(t *testing.T) {
	for _, c := range []struct {
		part, whole int
		want        float64
	}{{1, 3, 33.3}, {2, 3, 66.7}, {0, 0, 0}, {5, 5, 100}} {
		if got := Percent(c.part, c.whole); got != c.want {
			t.Errorf("Percent(%d, %d) = %v, want %v", c.part, c.whole, got, c.want)
		}
	}
	for _, c := range []struct {
		total, max float64
		want       int
	}{{90, 100, 9}, {89.99, 100, 8}, {100, 100, 9}, {0, 100, 0}, {63, 70, 9}, {5, 0, 0}} {
		if got := bin(c.total, c.max); got != c.want {
			t.Errorf("bin(%v, %v) = %d, want %d", c.total, c.max, got, c.want)
		}
	}
}

func TestWriteXLSXHasEveryTable(t *testing.T) {
	st := Compute(handFixture())
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, st); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "sheets", f.GetSheetList(), []string{"Năm 2024", "Tổng kết", "Cả phong trào", "So sánh các đợt"})
	rows, err := f.GetRows("Cả phong trào", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	find := func(first string) []string {
		for _, r := range rows {
			if len(r) > 0 && r[0] == first {
				return r
			}
		}
		t.Fatalf("no row %q in %v", first, rows)
		return nil
	}
	find(TitleWomen)
	// Movement: 2 collectives and 5 individuals took part; Trường Mầm non
	// counts 1 collective and 2 individuals.
	same(t, "total row", find("Tổng cộng")[:4], []string{"Tổng cộng", "2", "5", "7"})
	same(t, "unit row", find("Trường Mầm non")[:4], []string{"Trường Mầm non", "1", "2", "3"})
	same(t, "women row", find("Cá nhân được đề nghị"), []string{"Cá nhân được đề nghị", "4", "2", "50"})
	cmp, _ := f.GetRows("So sánh các đợt", excelize.Options{RawCellValue: true})
	// Round 2024: 2 collectives, 4 individuals; 2 Xuất sắc, 2 Tốt, 0 Đạt,
	// 1 Không đạt, 1 chưa đủ điểm; 4 nominated, 2 awarded; 1 of 1 woman.
	same(t, "comparison", cmp[4], []string{"Năm 2024", "2", "4", "2", "2", "0", "1", "1", "4", "2", "100"})
}

// TestRoundsTableLeavesNoShareWithoutAwards: a round where nobody was
// awarded has no share of women to give ("–"), not 0 %.
func TestRoundsTableLeavesNoShareWithoutAwards(t *testing.T) {
	two := []Classes{{}, {}}
	p := Plan{Rounds: []Round{{Name: "Năm 2025", Classes: two}, {Name: "Năm 2024", Classes: two, Women: Women{IndividualsAwarded: 2, WomenAwarded: 1}}},
		Movement: Round{Name: "Cả phong trào", Classes: two, Women: Women{IndividualsAwarded: 2, WomenAwarded: 1}}}
	t2 := p.RoundsTable()
	last := len(t2.Columns) - 1
	if got := t2.Rows[0][last]; got != "–" {
		t.Errorf("a round without awards: %v, want –", got)
	}
	if got := t2.Rows[1][last]; got != 50.0 {
		t.Errorf("a round with awards: %v, want 50", got)
	}
}
