package app

import (
	"strconv"
	"strings"
)

// AchievementDraft is the short account of a nominee's achievement the
// papers start from when the clerk has typed none, worded from the record
// only: the round's score, classification and, among the first
// citedRanks, rank ("Đạt 92,5/100 điểm thi đua năm 2024, xếp loại Xuất
// sắc, xếp thứ 1/12 cá nhân"), then the awards received before. A middle
// rank ("xếp thứ 26/42") is no distinction on a list of people proposed
// for an award and invites complaints, so it is left out. It is "" when
// the nominee has no complete score.
func AchievementDraft(row *RankRow, roundText string, ranked int, history []AwardRecord) string {
	if row == nil || !row.Complete {
		return ""
	}
	s := "Đạt " + points(row.Total) + "/" + points(row.Max) + " điểm thi đua"
	if r := strings.TrimSpace(roundText); r != "" {
		s += " " + r
	}
	if l := row.Class.Label(); l != "" {
		s += ", xếp loại " + l
	}
	if row.Rank > 0 && row.Rank <= citedRanks {
		s += ", xếp thứ " + strconv.Itoa(row.Rank)
		if ranked > 0 {
			s += "/" + strconv.Itoa(ranked) + " " + kindWord(row.Participant.Kind)
		}
	}
	s += "."
	var past []string
	for _, h := range history {
		if h.Title == "" {
			continue
		}
		line := h.Title
		if h.Year > 0 {
			line = "năm " + strconv.Itoa(h.Year) + ": " + h.Title
		}
		past = append(past, line)
	}
	if len(past) > 0 {
		s += " Đã được khen thưởng " + strings.Join(past, "; ") + "."
	}
	return s
}

// citedRanks is how many of the first ranks the achievement text names.
const citedRanks = 3

func kindWord(k Kind) string {
	if k == KindCollective {
		return "tập thể"
	}
	return "cá nhân"
}

// points writes a score the Vietnamese way: "92,5".
func points(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// RankedCount is how many participants of kind have a complete score in
// the board's round.
func (b Board) RankedCount(k Kind) int {
	n := 0
	for _, r := range b.Rows {
		if r.Complete && r.Participant.Kind == k {
			n++
		}
	}
	return n
}
