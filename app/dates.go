package app

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"thidua/app/viet"
)

// Now is the clock that dates typed or imported are checked against.
var Now = time.Now

// EarliestYear is the first year a meeting, a decision or a paper of the
// desk may be dated: an earlier one is a typing mistake ("1900").
const EarliestYear = 2000

// meetingsAhead is how far ahead a meeting may be planned.
const meetingsAhead = 366 * 24 * time.Hour

// checkDay adds a problem when iso, a real date, lies before EarliestYear
// or after the last day allowed (today plus ahead).
func checkDay(ps *Problems, where, what, iso string, ahead time.Duration) {
	t, err := viet.ParseISO(iso)
	if err != nil {
		return
	}
	last := Now().Add(ahead)
	switch {
	case t.Year() < EarliestYear:
		ps.Add(where, "%s %s trước năm %d: kiểm tra lại năm", what, viet.FormatDate(t), EarliestYear)
	case t.After(time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, time.UTC)):
		if ahead == 0 {
			ps.Add(where, "%s %s chưa tới (hôm nay là %s)", what, viet.FormatDate(t), viet.FormatDate(Now()))
		} else {
			ps.Add(where, "%s %s quá xa so với hôm nay (%s)", what, viet.FormatDate(t), viet.FormatDate(Now()))
		}
	}
}

var clockRe = regexp.MustCompile(`^(\d{1,2}):(\d{2})(:\d{2})?$`)

// checkClock adds a problem when the time of day of an ISO date-time
// ("2025-12-15 14:00", "2025-12-15T14:00") is not a real time.
func checkClock(ps *Problems, where, at string) {
	at = strings.TrimSpace(at)
	_, clock, ok := strings.Cut(strings.Replace(at, "T", " ", 1), " ")
	if !ok || strings.TrimSpace(clock) == "" {
		return
	}
	m := clockRe.FindStringSubmatch(strings.TrimSpace(clock))
	var h, min int
	if m != nil {
		fmt.Sscan(m[1], &h)
		fmt.Sscan(m[2], &min)
	}
	if m == nil || h > 23 || min > 59 {
		ps.Add(where, "giờ họp %q không có thật — nhập theo dạng giờ:phút, ví dụ 14:00", strings.TrimSpace(clock))
	}
}

// DecisionAfterMeeting refuses a decision dated before the council's
// meeting that voted on its nomination (meetingDay, ISO; "" when none).
func DecisionAfterMeeting(decidedOn, meetingDay string) error {
	d, err1 := viet.ParseISO(decidedOn)
	m, err2 := viet.ParseISO(meetingDay)
	if err1 != nil || err2 != nil || !d.Before(m) {
		return nil
	}
	return &InvalidError{Problems: []Problem{{Where: "Ngày quyết định", Message: fmt.Sprintf(
		"ngày %s trước ngày họp Hội đồng %s đã bình xét đề nghị này", viet.FormatDate(d), viet.FormatDate(m))}}}
}
