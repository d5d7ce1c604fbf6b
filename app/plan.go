package app

import (
	"fmt"
	"sort"

	"thidua/app/viet"
)

// Normalize cleans every text of the plan (NFC, spaces), fills defaults and
// puts quotas and rounds in their canonical order (annual before final).
func (p *Plan) Normalize() {
	for _, f := range []*string{&p.Number, &p.Symbol, &p.DocTitle, &p.Subtitle, &p.MovementName,
		&p.ParticipantsIntro, &p.ParticipantsCollective, &p.ParticipantsIndividual, &p.PeriodText,
		&p.AwardSubjects, &p.AwardStandards, &p.SignerName} {
		*f = viet.Clean(*f)
	}
	for _, list := range [][]string{p.LegalBasis, p.Opening, p.Recipients, p.SigningAuthority} {
		for i := range list {
			list[i] = viet.Clean(list[i])
		}
	}
	for _, list := range [][]Item{p.Purposes, p.Requirements, p.Contents, p.StandardItems, p.Implementation} {
		for i := range list {
			list[i].Text = viet.Clean(list[i].Text)
		}
	}
	for i := range p.Criteria {
		p.Criteria[i].Text = viet.Clean(p.Criteria[i].Text)
		p.Criteria[i].ShortText = viet.Clean(p.Criteria[i].ShortText)
	}
	for i := range p.AwardForms {
		p.AwardForms[i].normalize()
	}
	for i := range p.Rounds {
		p.Rounds[i].Name = viet.Clean(p.Rounds[i].Name)
	}
	sort.SliceStable(p.Rounds, func(i, j int) bool { return roundLess(p.Rounds[i], p.Rounds[j]) })
	if p.Status == "" {
		p.Status = PlanActive
	}
	if p.Thresholds == (Thresholds{}) {
		p.Thresholds = DefaultThresholds
	}
	if p.Headings == (Headings{}) {
		p.Headings = DefaultHeadings
	}
}

func roundLess(a, b Round) bool {
	if (a.Kind == RoundFinal) != (b.Kind == RoundFinal) {
		return b.Kind == RoundFinal
	}
	return a.Key < b.Key
}

func (a *AwardForm) normalize() {
	a.Name = viet.Clean(a.Name)
	a.ShortName = viet.Clean(a.ShortName)
	a.Issuer = viet.Clean(a.Issuer)
	for i := range a.Quotas {
		a.Quotas[i].Text.Text = viet.Clean(a.Quotas[i].Text.Text)
	}
	sort.SliceStable(a.Quotas, func(i, j int) bool {
		return a.Quotas[i].RoundKind != RoundFinal && a.Quotas[j].RoundKind == RoundFinal
	})
	if a.VoteMethod == "" {
		a.VoteMethod = VoteSecret
	}
	if a.VoteBase == "" {
		a.VoteBase = BaseAllMembers
	}
}

// Validate checks a plan and lists every problem, in Vietnamese.
func (p *Plan) Validate() error {
	var ps Problems
	if p.MovementName == "" {
		ps.Add("Tên phong trào", "chưa nhập tên phong trào thi đua")
	}
	if p.Status != PlanActive && p.Status != PlanArchived {
		ps.Add("Trạng thái", "trạng thái kế hoạch %q không hợp lệ", p.Status)
	}
	checkDate(&ps, "Ngày ban hành", p.IssuedOn)
	checkDate(&ps, "Bắt đầu", p.PeriodStart)
	checkDate(&ps, "Kết thúc", p.PeriodEnd)
	if p.PeriodStart != "" && p.PeriodEnd != "" && p.PeriodEnd < p.PeriodStart {
		ps.Add("Thời gian thi đua", "ngày kết thúc %s trước ngày bắt đầu %s", viet.DisplayISO(p.PeriodEnd), viet.DisplayISO(p.PeriodStart))
	}
	for i, c := range p.Criteria {
		where := fmt.Sprintf("Tiêu chí %d", i+1)
		if !c.Kind.Valid() {
			ps.Add(where, "tiêu chí phải dành cho tập thể hoặc cá nhân")
		}
		if c.Text == "" {
			ps.Add(where, "nội dung tiêu chí đang trống")
		}
		if c.MaxPoints <= 0 {
			ps.Add(where, "điểm tối đa phải lớn hơn 0")
		}
	}
	for i, a := range p.AwardForms {
		a.validate(&ps, fmt.Sprintf("Hình thức khen thưởng %d", i+1))
	}
	p.validateRounds(&ps)
	t := p.Thresholds
	if !(t.Excellent <= 100 && t.Good < t.Excellent && t.Pass < t.Good && t.Pass >= 0) {
		ps.Add("Ngưỡng xếp loại", "ngưỡng phải giảm dần: Xuất sắc ≤ 100 %%, rồi Tốt, rồi Đạt ≥ 0 %%")
	}
	return ps.Err()
}

func (p *Plan) validateRounds(ps *Problems) {
	seen := map[string]bool{}
	for i, r := range p.Rounds {
		where := fmt.Sprintf("Đợt %d", i+1)
		if r.Key == "" {
			ps.Add(where, "chưa có mã đợt (năm, ví dụ 2024, hoặc final cho đợt tổng kết)")
		}
		if seen[r.Key] {
			ps.Add(where, "đợt %q bị trùng", r.Key)
		}
		seen[r.Key] = true
		if r.Kind != RoundAnnual && r.Kind != RoundFinal {
			ps.Add(where, "loại đợt phải là hằng năm hoặc tổng kết")
		}
		checkDate(ps, where+" bắt đầu", r.StartsOn)
		checkDate(ps, where+" kết thúc", r.EndsOn)
		checkDate(ps, where+" ngày bình xét", r.DecidedOn)
		if r.StartsOn != "" && r.EndsOn != "" && r.EndsOn < r.StartsOn {
			ps.Add(where, "ngày kết thúc trước ngày bắt đầu")
		}
	}
}

func (a AwardForm) validate(ps *Problems, where string) {
	if a.Name == "" {
		ps.Add(where, "chưa nhập tên hình thức khen thưởng")
	}
	if !a.IssuerLevel.Valid() {
		ps.Add(where, "cấp khen thưởng phải là tỉnh, huyện - thị xã hoặc xã")
	}
	if !a.ForCollectives && !a.ForIndividuals {
		ps.Add(where, "phải dành cho tập thể, cá nhân hoặc cả hai")
	}
	if a.MinClassification != "" && a.MinClassification.Rank() == 0 {
		ps.Add(where, "xếp loại tối thiểu %q không hợp lệ", a.MinClassification)
	}
	if a.VoteMethod != VoteSecret && a.VoteMethod != VoteHands {
		ps.Add(where, "cách biểu quyết phải là bỏ phiếu kín hoặc giơ tay")
	}
	if a.VoteThreshold <= 0 || a.VoteThreshold > 100 {
		ps.Add(where, "tỷ lệ phiếu đồng ý phải trong khoảng 1–100 %%")
	}
	if a.VoteBase != BaseAllMembers && a.VoteBase != BasePresent {
		ps.Add(where, "cơ sở tính tỷ lệ phải là tổng số thành viên hoặc số có mặt")
	}
	seen := map[RoundKind]bool{}
	for _, q := range a.Quotas {
		if q.RoundKind != RoundAnnual && q.RoundKind != RoundFinal {
			ps.Add(where, "số lượng phải cho đợt hằng năm hoặc tổng kết")
		}
		if seen[q.RoundKind] {
			ps.Add(where, "số lượng cho đợt %s bị nhập hai lần", q.RoundKind.Label())
		}
		seen[q.RoundKind] = true
		if q.Collectives < 0 || q.Individuals < 0 || q.Total < 0 {
			ps.Add(where, "số lượng khen thưởng không được âm")
		}
		if q.Total > 0 && (q.Collectives > 0 || q.Individuals > 0) {
			ps.Add(where, "nhập hoặc tổng số, hoặc số tập thể và cá nhân, không nhập cả hai")
		}
	}
}

func checkDate(ps *Problems, where, iso string) {
	if iso == "" {
		return
	}
	if _, err := viet.ParseISO(iso); err != nil {
		ps.Add(where, "ngày %q không hợp lệ", iso)
	}
}

// NumberText is a plan's number and symbol for lists: "12/KH-UBND", or
// "(chưa có số)/KH-UBND" before it is issued.
func NumberText(number, symbol string) string {
	if number == "" {
		return "(chưa có số)/" + symbol
	}
	return number + "/" + symbol
}

// PlanUse tells, by ID, which criteria, award forms and rounds of a plan
// the record already uses, and by what ("12 ô điểm đã chấm"): those cannot
// be deleted from the plan, only edited.
type PlanUse struct {
	Criteria, AwardForms, Rounds map[int64]string
}
