package plancheck

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"thidua/app"
)

// yearsIn finds the years a text names ("2024", "2024-2026", "2024 - 2026").
var yearsIn = regexp.MustCompile(`\b(19|20)\d\d\b`)

// checkPeriodYears reports a trích yếu, movement name or period text that
// names a year outside the plan's own period, and rounds outside it: what
// a plan copied from last year's keeps when only its dates were changed.
func (c *checker) checkPeriodYears() {
	first, last := c.periodYears()
	if first == 0 || last == 0 || c.p.PeriodEnd < c.periodStart() {
		return // no period, or its dates are wrong (another finding)
	}
	span := fmt.Sprintf("%d", first)
	if last != first {
		span = fmt.Sprintf("%d–%d", first, last)
	}
	for _, f := range []struct{ key, what, text string }{
		{"subtitle", "Trích yếu", c.p.Subtitle},
		{"movement", "Tên phong trào", c.p.MovementName},
		{"period", "Thời gian thi đua", c.p.PeriodText},
	} {
		for _, y := range yearsIn.FindAllString(f.text, -1) {
			n, _ := strconv.Atoi(y)
			if n < first || n > last {
				c.add(f.key, RulePeriodYears,
					fmt.Sprintf("%s ghi năm %s, ngoài thời gian thi đua của kế hoạch (%s).", f.what, y, span),
					fmt.Sprintf("Sửa năm ghi ở ô “%s” cho khớp các năm thi đua, hoặc sửa ngày bắt đầu, kết thúc của thời gian thi đua.", f.what))
				break
			}
		}
	}
	for _, r := range c.p.Rounds {
		if r.Kind != app.RoundAnnual {
			continue
		}
		if n, err := strconv.Atoi(r.Key); err == nil && (n < first || n > last) {
			c.add("period", RulePeriodYears,
				fmt.Sprintf("Đợt %s nằm ngoài thời gian thi đua của kế hoạch (%s).", r.Key, span),
				"Ở thẻ “Các đợt” của kế hoạch, xóa hoặc sửa đợt này cho khớp các năm thi đua.")
		}
	}
}

// periodYears are the first and last year of the plan's period (0 when a
// date is missing): from its start (or its date of issue) to its end.
func (c *checker) periodYears() (first, last int) {
	start := c.periodStart()
	year := func(iso string) int {
		if !validISO(iso) {
			return 0
		}
		n, _ := strconv.Atoi(iso[:4])
		return n
	}
	return year(start), year(c.p.PeriodEnd)
}

// periodStart is the first day of the period: its start, or the plan's
// date of issue when the period runs from it.
func (c *checker) periodStart() string {
	if strings.TrimSpace(c.p.PeriodStart) == "" {
		return c.p.IssuedOn
	}
	return c.p.PeriodStart
}
