package app

import "fmt"

// VoteOutcome is the result of a council vote on one nomination.
type VoteOutcome struct {
	Quorum  bool    // more than half of all members present
	Base    int     // the number the threshold is a percentage of
	Percent float64 // votes for, as a percentage of Base
	Passed  bool
	Reason  string // Vietnamese, e.g. "đạt 88,9 % (8/9 thành viên), ngưỡng 70 %"
}

// Tally computes a vote's outcome under the form's threshold and base:
// members is the council's size, present those at the meeting, recused
// those who do not vote on this nomination (they leave the base). Without
// a quorum the vote does not pass.
func Tally(form AwardForm, members, present, recused, votesFor int) VoteOutcome {
	o := VoteOutcome{Quorum: present*2 > members}
	o.Base = members - recused
	baseName := "thành viên hội đồng"
	if form.VoteBase == BasePresent {
		o.Base, baseName = present-recused, "thành viên có mặt"
	}
	if o.Base > 0 {
		o.Percent = float64(votesFor) * 100 / float64(o.Base)
	}
	pct := percentText(o.Percent)
	switch {
	case !o.Quorum:
		o.Reason = fmt.Sprintf("không đủ số thành viên dự họp (%d/%d, cần quá một nửa)", present, members)
	case o.Base <= 0:
		o.Reason = "không còn thành viên nào được biểu quyết"
	case o.Percent >= form.VoteThreshold:
		o.Passed = true
		o.Reason = fmt.Sprintf("đạt %s %% (%d/%d %s), ngưỡng %s %%", pct, votesFor, o.Base, baseName, percentText(form.VoteThreshold))
	default:
		o.Reason = fmt.Sprintf("không đạt: %s %% (%d/%d %s), cần từ %s %%", pct, votesFor, o.Base, baseName, percentText(form.VoteThreshold))
	}
	return o
}

func percentText(v float64) string {
	return comma(float64(int(v*10+0.5)) / 10)
}
