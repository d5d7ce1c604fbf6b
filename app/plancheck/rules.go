package plancheck

import (
	"errors"
	"fmt"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// checkNumberDate reports a plan without a number or a date of issue.
func (c *checker) checkNumberDate() {
	p := c.p
	symbol := strings.TrimSpace(p.Symbol)
	if symbol == "" {
		symbol = "KH-UBND"
	}
	if strings.TrimSpace(p.Number) == "" {
		c.add("number", RuleMissingNumber, "Kế hoạch chưa có số.",
			fmt.Sprintf("Lấy số tiếp theo trong sổ văn bản đi và nhập vào ô Số trước khi ký ban hành (in ra dạng “Số: 15/%s”).", symbol))
	}
	date := strings.TrimSpace(p.IssuedOn)
	switch {
	case date == "":
		msg := "Kế hoạch chưa có ngày ban hành."
		if strings.TrimSpace(p.PeriodStart) == "" {
			msg += " Thời gian thi đua tính từ ngày ban hành nên cũng chưa có ngày bắt đầu."
		}
		c.add("date", RuleMissingDate, msg,
			"Nhập ngày ký ban hành vào ô Ngày ban hành trước khi in và phát hành kế hoạch.")
	case !validISO(date):
		problem := "không đọc được"
		if _, err := viet.ParseISO(date); errors.Is(err, viet.ErrDateNotReal) {
			problem = "không có thật"
		}
		c.add("date", RuleMissingDate, fmt.Sprintf("Ngày ban hành “%s” %s.", date, problem),
			"Nhập lại ngày ban hành theo dạng ngày/tháng/năm, ví dụ 05/01/2025.")
	}
}

// roundKinds returns the kinds of round the plan has, annual first.
func (c *checker) roundKinds() []app.RoundKind {
	var annual, final bool
	for _, r := range c.p.Rounds {
		switch r.Kind {
		case app.RoundAnnual:
			annual = true
		case app.RoundFinal:
			final = true
		}
	}
	var out []app.RoundKind
	if annual {
		out = append(out, app.RoundAnnual)
	}
	if final {
		out = append(out, app.RoundFinal)
	}
	return out
}

// roundKindWords names a kind of round inside a sentence.
func roundKindWords(k app.RoundKind) string {
	if k == app.RoundFinal {
		return "khen thưởng tổng kết"
	}
	return "khen thưởng hằng năm"
}

// checkQuotas reports, for each kind of round the plan has, a form without a
// quota for it or with a quota of zero. A form with a quota for the final
// round only is given at the movement's close (tổng kết), not every year:
// that is a choice of the plan, not a missing quota.
func (c *checker) checkQuotas(i int, f app.AwardForm) {
	_, finalOnly := f.QuotaFor(app.RoundFinal)
	for _, k := range c.roundKinds() {
		if _, has := f.QuotaFor(k); !has && k == app.RoundAnnual && finalOnly {
			continue
		}
		j := -1
		for n, q := range f.Quotas {
			if q.RoundKind == k {
				j = n
				break
			}
		}
		if j < 0 {
			c.add(fmt.Sprintf("form:%d", i), RuleMissingQuota,
				fmt.Sprintf("Kế hoạch có đợt %s nhưng hình thức này chưa có số lượng %s.", strings.ToLower(k.Label()), roundKindWords(k)),
				fmt.Sprintf("Thêm đoạn %s với số lượng tập thể, cá nhân (hoặc tổng số); nếu hình thức này không dùng cho đợt %s thì ghi rõ trong kế hoạch.",
					roundKindWords(k), strings.ToLower(k.Label())))
			continue
		}
		q := f.Quotas[j]
		if q.Collectives == 0 && q.Individuals == 0 && q.Total == 0 {
			key := fmt.Sprintf("quota:%d:%d", i, j)
			if strings.TrimSpace(q.Text.Text) == "" {
				key = fmt.Sprintf("form:%d", i)
			}
			c.add(key, RuleMissingQuota,
				fmt.Sprintf("Số lượng %s của hình thức này đang bằng 0, nên không đề nghị được ai.", roundKindWords(k)),
				"Nhập số tập thể, số cá nhân (hoặc tổng số) được khen như đoạn văn của kế hoạch ghi.")
		}
	}
}

// checkFormKinds reports a form given to neither collectives nor
// individuals.
func (c *checker) checkFormKinds(i int, f app.AwardForm) {
	if f.ForCollectives || f.ForIndividuals {
		return
	}
	c.add(fmt.Sprintf("form:%d", i), RuleFormNoKind,
		"Hình thức này chưa chọn dành cho tập thể hay cá nhân, nên không đề nghị được ai.",
		"Chọn “Tập thể”, “Cá nhân” hoặc cả hai cho hình thức này.")
}

// checkCriteria reports a kind of participant some form is given to but
// that has no criterion (one finding per kind).
func (c *checker) checkCriteria() {
	for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
		var forms []string
		for i, f := range c.p.AwardForms {
			if !f.Allows(k) {
				continue
			}
			name := viet.Clean(f.Name)
			if name == "" {
				name = fmt.Sprintf("hình thức khen thưởng thứ %d", i+1)
			}
			forms = append(forms, "“"+name+"”")
		}
		if len(forms) == 0 || len(c.p.CriteriaOf(k)) > 0 {
			continue
		}
		lower := strings.ToLower(k.Label())
		c.add("criteria:"+string(k), RuleMissingCriteria,
			fmt.Sprintf("Kế hoạch chưa có tiêu chí nào đối với %s, trong khi %s dành cho %s, nên không chấm điểm, xếp loại %s được.",
				lower, joinVi(forms), lower, lower),
			fmt.Sprintf("Thêm tiêu chí thi đua đối với %s (điểm tối đa cộng lại thường là 100), hoặc bỏ chọn “%s” ở các hình thức khen thưởng nếu phong trào không khen %s.",
				lower, k.Label(), lower))
	}
}

// checkPeriod reports a period of the movement that ends before it starts.
// The start is the plan's date when the period has none.
func (c *checker) checkPeriod() {
	start, from := c.p.PeriodStart, "ngày bắt đầu"
	if strings.TrimSpace(start) == "" {
		start, from = c.p.IssuedOn, "ngày ban hành kế hoạch"
	}
	end := c.p.PeriodEnd
	if !validISO(start) || !validISO(end) || end >= start {
		return
	}
	c.add("period", RulePeriodOrder,
		fmt.Sprintf("Thời gian thi đua kết thúc ngày %s, trước %s %s.", viet.DisplayISO(end), from, viet.DisplayISO(start)),
		"Sửa ngày kết thúc (hoặc ngày bắt đầu) của thời gian thi đua cho đúng.")
}
