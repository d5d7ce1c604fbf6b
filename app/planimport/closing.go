package planimport

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// closing reads the end matter: "Nơi nhận:" with one recipient a line,
// and the signature block (capacity lines, the signer's title, the
// signer's name). Offices often set the two side by side in a table.
func (r *reader) closing(bs []blk) {
	const (
		recipients = "Nơi nhận"
		signature  = "Chữ ký"
	)
	var recip, sign []string
	for _, b := range bs {
		if b.cells != nil {
			for i, c := range b.cells {
				if len(c) > 0 && strings.HasPrefix(viet.Fold(c[0]), "noi nhan") {
					recip = append(recip, c...)
					r.source(recipients, blk{src: strings.Join(c, "\n")})
				} else if i > 0 || len(c) > 0 {
					sign = append(sign, c...)
					r.source(signature, blk{src: strings.Join(c, "\n")})
				}
			}
			continue
		}
		if len(sign) == 0 && !signatureLine(b.text) {
			recip = append(recip, b.text)
			r.source(recipients, b)
			continue
		}
		sign = append(sign, b.text)
		r.source(signature, b)
	}
	for _, t := range recip {
		if f := viet.Fold(t); strings.HasPrefix(f, "noi nhan") {
			_, rest, _ := labelled(t)
			t = rest
		}
		if _, _, rest := splitLead(t); rest != "" {
			t = rest
		}
		if t != "" {
			r.plan.Recipients = append(r.plan.Recipients, t)
		}
	}
	for _, t := range sign {
		f := viet.Fold(t)
		switch {
		case t == "" || strings.HasPrefix(f, "(da ky") || strings.HasPrefix(f, "(ky") || f == "da ky":
		case isCaps(t) && r.res.Source.Signer == "":
			r.plan.SigningAuthority = append(r.plan.SigningAuthority, t)
		case r.res.Source.Signer == "":
			r.res.Source.Signer = t
		default:
			r.unplaced(signature, blk{text: t, src: t})
		}
	}
	r.plan.SignerName = r.res.Source.Signer
}

var (
	yearRe       = regexp.MustCompile(`\b(20\d\d)\b`)
	untilYearRe  = regexp.MustCompile(`(?i)đến (?:hết )?(?:năm|ngày 31/12/|ngày 31 tháng 12 năm )(20\d\d)`)
	untilDateRe  = regexp.MustCompile(`(?i)đến (?:hết )?ngày (\d{1,2}/\d{1,2}/\d{4})`)
	fromDateRe   = regexp.MustCompile(`(?i)từ (?:ngày )?(\d{1,2}/\d{1,2}/\d{4})`)
	fromYearRe   = regexp.MustCompile(`(?i)từ (?:đầu )?năm (20\d\d)`)
	fromIssuedRe = regexp.MustCompile(`(?i)từ (?:ngày|khi) ban hành`)
)

// finishPlan sets what follows from the parts read: the period and the
// rounds (one a year and the final round), whether the criteria's points
// are printed, and the plan's defaults.
func (r *reader) finishPlan() {
	p := r.plan
	if p.MovementName == "" {
		// A plan is known by its movement: without a quoted name the
		// subtitle stands in, for the clerk to shorten.
		p.MovementName = p.Subtitle
		if p.MovementName == "" {
			p.MovementName = "(chưa rõ tên phong trào)"
		}
		r.note("Không thấy tên phong trào trong trích yếu (trong ngoặc kép): đã ghi tạm “%s” — hãy sửa tên phong trào.", p.MovementName)
	}
	period := p.PeriodText
	if m := untilDateRe.FindStringSubmatch(period); m != nil {
		if d, err := viet.ParseDate(m[1]); err == nil {
			p.PeriodEnd = viet.ISO(d)
		}
	} else if m := untilYearRe.FindStringSubmatch(period); m != nil {
		p.PeriodEnd = m[1] + "-12-31"
	}
	switch {
	case fromIssuedRe.MatchString(period):
	case fromDateRe.MatchString(period):
		if d, err := viet.ParseDate(fromDateRe.FindStringSubmatch(period)[1]); err == nil {
			p.PeriodStart = viet.ISO(d)
		}
	case fromYearRe.MatchString(period):
		p.PeriodStart = fromYearRe.FindStringSubmatch(period)[1] + "-01-01"
	}
	if p.PeriodStart != "" && p.PeriodEnd != "" && p.PeriodEnd < p.PeriodStart {
		r.note("Thời gian thi đua đọc được kết thúc trước khi bắt đầu (%s – %s): hãy nhập lại.",
			viet.DisplayISO(p.PeriodStart), viet.DisplayISO(p.PeriodEnd))
		p.PeriodStart, p.PeriodEnd = "", ""
	}
	// The years of the movement: from the period, the subtitle ("giai
	// đoạn 2024-2026") and the plan's date.
	years := []int{}
	for _, s := range []string{p.PeriodStart, p.PeriodEnd, period, p.Subtitle, r.res.Source.Date} {
		for _, m := range yearRe.FindAllString(s, -1) {
			y, _ := strconv.Atoi(m)
			years = append(years, y)
		}
	}
	if len(years) > 0 && slices.Max(years)-slices.Min(years) > 10 {
		r.note("Các năm trong kế hoạch cách nhau hơn 10 năm (%d–%d): chưa tạo các đợt hằng năm.", slices.Min(years), slices.Max(years))
		years = nil
	}
	if len(years) == 0 {
		r.note("Không thấy thời gian thi đua: kế hoạch chỉ có đợt tổng kết — hãy thêm các đợt trong phần sửa kế hoạch.")
		p.Rounds = []app.Round{{Key: app.RoundFinalKey, Kind: app.RoundFinal, Name: "Tổng kết"}}
	} else {
		first, last := years[0], years[0]
		for _, y := range years {
			first, last = min(first, y), max(last, y)
		}
		if p.PeriodEnd == "" {
			p.PeriodEnd = fmt.Sprintf("%d-12-31", last)
		}
		p.Rounds = app.NewPlan("", first, last).Rounds
		fin := &p.Rounds[len(p.Rounds)-1]
		fin.StartsOn, fin.EndsOn = p.PeriodStart, p.PeriodEnd
	}
	p.PrintPoints = r.pointsGiven > 0
	if len(p.Recipients) == 0 {
		p.Recipients = []string{"Lưu: VT."}
		r.note("Không thấy “Nơi nhận”: đã ghi “Lưu: VT.”.")
	}
	if len(p.SigningAuthority) == 0 {
		p.SigningAuthority = []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}
		r.note("Không thấy phần chữ ký: đã ghi “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH”.")
	}
	if p.Symbol == "" {
		p.Symbol = "KH-UBND"
	}
	if p.DocTitle == "" {
		p.DocTitle = "KẾ HOẠCH"
	}
	p.Normalize()
}

// parts lays the review out: for each part, the source paragraphs and how
// the plan prints it now, the quotas spelled out under each award form.
func (r *reader) parts() {
	p := r.plan
	printed := map[string][]string{}
	h := p.PrintHeadings()
	names := map[string]string{
		h.Purposes: sectionNames[secPurposes], h.Contents: sectionNames[secContents],
		h.Participants: sectionNames[secParticipants], h.Criteria: sectionNames[secCriteria],
		h.Awards: sectionNames[secAwards], h.Implementation: sectionNames[secImplementation],
	}
	cur := "Tên văn bản, trích yếu"
	formAt := 0
	for _, b := range p.Blocks() {
		switch b.Kind {
		case app.BlockLegalBasis, app.BlockOpening:
			cur = "Căn cứ, mở đầu"
		case app.BlockSection:
			cur = names[b.Text]
		case app.BlockRecipient:
			cur = "Nơi nhận"
		case app.BlockAuthority, app.BlockSigner:
			cur = "Chữ ký"
		}
		printed[cur] = append(printed[cur], b.String())
		if b.Kind == app.BlockPoint && cur == sectionNames[secAwards] && formAt < len(p.AwardForms) {
			printed[cur] = append(printed[cur], "   → "+quotaSummary(p.AwardForms[formAt]))
			formAt++
		}
	}
	if s := r.res.Source; s.Issuer != "" || s.Number != "" || s.Date != "" {
		var lines []string
		if s.Parent != "" {
			lines = append(lines, "Cơ quan cấp trên: "+s.Parent)
		}
		if s.Issuer != "" {
			lines = append(lines, "Cơ quan ban hành: "+s.Issuer)
		}
		if s.Number != "" || s.Symbol != "" {
			lines = append(lines, "Số của bản gốc: "+app.NumberText(s.Number, s.Symbol))
		}
		if s.Date != "" {
			lines = append(lines, "Ngày của bản gốc: "+viet.DisplayISO(s.Date))
		}
		lines = append(lines, "Kế hoạch nhập vào là bản dự thảo: chưa có số, chưa có ngày ban hành.")
		printed["Cơ quan ban hành, số và ngày"] = lines
	}
	if len(p.Criteria) > 0 {
		var lines []string
		for _, k := range []app.Kind{app.KindCollective, app.KindIndividual} {
			if n := len(p.CriteriaOf(k)); n > 0 {
				lines = append(lines, fmt.Sprintf("%s: %d tiêu chí, tổng %s điểm", k.Label(), n, viet.Decimal(p.SumPoints(k))))
			}
		}
		printed[sectionNames[secCriteria]] = append(printed[sectionNames[secCriteria]], lines...)
	}
	seen := map[string]bool{}
	add := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		r.res.Parts = append(r.res.Parts, Part{Name: name, Source: r.partSrc[name], Plan: printed[name]})
	}
	for _, n := range r.partNames {
		add(n)
	}
	for _, n := range []string{"Tên văn bản, trích yếu", "Căn cứ, mở đầu", sectionNames[secPurposes], sectionNames[secContents],
		sectionNames[secParticipants], sectionNames[secCriteria], sectionNames[secAwards], sectionNames[secImplementation], "Nơi nhận", "Chữ ký"} {
		if len(printed[n]) > 0 {
			add(n)
		}
	}
}

// quotaSummary spells a form's quotas out: "hằng năm: 1 tập thể, 2 cá
// nhân; tổng kết: không quá 1 tập thể hoặc cá nhân".
func quotaSummary(a app.AwardForm) string {
	var parts []string
	for _, q := range a.Quotas {
		var n []string
		if q.Total > 0 {
			n = append(n, fmt.Sprintf("%d tập thể hoặc cá nhân", q.Total))
		}
		if q.Collectives > 0 {
			n = append(n, fmt.Sprintf("%d tập thể", q.Collectives))
		}
		if q.Individuals > 0 {
			n = append(n, fmt.Sprintf("%d cá nhân", q.Individuals))
		}
		s := strings.Join(n, ", ")
		if q.AtMost {
			s = "không quá " + s
		}
		parts = append(parts, strings.ToLower(q.RoundKind.Label())+": "+s)
	}
	if len(parts) == 0 {
		return "chưa có số lượng"
	}
	return strings.Join(parts, "; ")
}
