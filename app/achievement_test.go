package app

import "testing"

func TestAchievementDraftWordsTheRecord(t *testing.T) {
	row := &RankRow{Participant: Participant{Kind: KindCollective}, Total: 92.5, Max: 100, Complete: true, Class: ClassExcellent, Rank: 1}
	for _, c := range []struct {
		name string
		row  *RankRow
		hist []AwardRecord
		want string
	}{
		{"scored", row, nil, "Đạt 92,5/100 điểm thi đua năm 2024, xếp loại Xuất sắc, xếp thứ 1/12 tập thể."},
		{"with history", row, []AwardRecord{{Year: 2023, Title: "Giấy khen của Chủ tịch UBND xã"}},
			"Đạt 92,5/100 điểm thi đua năm 2024, xếp loại Xuất sắc, xếp thứ 1/12 tập thể. Đã được khen thưởng năm 2023: Giấy khen của Chủ tịch UBND xã."},
		{"a middle rank left out", &RankRow{Participant: Participant{Kind: KindIndividual}, Total: 79, Max: 100, Complete: true, Class: ClassGood, Rank: 7},
			nil, "Đạt 79/100 điểm thi đua năm 2024, xếp loại Tốt."},
		{"not scored", nil, nil, ""},
		{"incomplete", &RankRow{Total: 40, Max: 100}, nil, ""},
	} {
		if got := AchievementDraft(c.row, "năm 2024", 12, c.hist); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
