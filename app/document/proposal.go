package document

import (
	"strings"

	"thidua/app"
	"thidua/app/viet"
)

// ProposalInput is what a Tờ trình đề nghị khen thưởng (official-documents
// §4.1) is printed from, with its Danh sách.
type ProposalInput struct {
	Letter
	To        []string `json:"to"`         // Kính gửi
	Award     string   `json:"award"`      // "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
	Movement  string   `json:"movement"`   // the movement's name
	RoundText string   `json:"round_text"` // "năm 2025", "giai đoạn 2024 - 2026"
	Addressee string   `json:"addressee"`  // who decides: "Chủ tịch UBND tỉnh"
	// Through is who the proposal goes through to the Addressee ("Chủ tịch
	// Ủy ban nhân dân thị xã Mỹ Hào" while the district level existed); ""
	// when it is sent straight to who decides.
	Through string `json:"through,omitempty"`
	ByRank  bool   `json:"by_rank"` // list individuals in the council's order, not by name
	// ByCouncil makes it the Tờ trình of the Hội đồng Thi đua - Khen
	// thưởng rather than of the People's Committee: for an award the
	// commune's Chairman decides, the council proposes to him under its own
	// header and number series (TTr-HĐTĐKT) and signs on its behalf.
	ByCouncil bool        `json:"by_council,omitempty"`
	Entries   []ListEntry `json:"entries"`
}

// issuer is who proposes, as a sentence names it: the council ("Hội đồng
// Thi đua - Khen thưởng xã") or the People's Committee.
func (in ProposalInput) issuer() string {
	if in.ByCouncil {
		return CouncilName(in.Org)
	}
	return viet.Clean(in.Org.Name)
}

// proposalHeader is the header of the Tờ trình: the council's under the
// commune's name, or the Committee's.
func (in ProposalInput) proposalHeader() Header {
	if !in.ByCouncil {
		return in.header(app.DocProposal)
	}
	h := councilHeader(in.Org, app.Round{})
	h.Number, h.Symbol = in.Number, viet.Symbol(app.DocProposal, CouncilAbbr(in.Org))
	if t, err := viet.ParseISO(in.Date); err == nil {
		h.Date = t
	}
	return h
}

// CouncilName is the council as a sentence names it: "Hội đồng Thi đua -
// Khen thưởng xã".
func CouncilName(org app.Organisation) string {
	return orDefault(viet.Clean(org.CouncilName), "Hội đồng Thi đua - Khen thưởng xã")
}

// CouncilAbbr is the council's part of its papers' symbols: "HĐTĐKT".
func CouncilAbbr(org app.Organisation) string {
	return orDefault(viet.Clean(org.CouncilAbbr), "HĐTĐKT")
}

// ProposalDocument builds the Tờ trình and its Danh sách.
func ProposalDocument(in ProposalInput) (*Document, error) {
	if err := checkList(in.Award, in.Entries); err != nil {
		return nil, err
	}
	movement := movementPhrase(in.Movement, in.RoundText)
	d := &Document{Header: in.proposalHeader(), Created: in.created(),
		Title: Title{Kind: "TỜ TRÌNH", Summary: "Về việc đề nghị tặng " + in.Award + " cho " + whoText(in.Entries) + " có thành tích trong " + movement},
		To:    in.To}
	d.Body = in.bases()
	ask, decides := orDefault(in.Addressee, "cấp có thẩm quyền"), orDefault(in.Addressee, "cấp có thẩm quyền")+" xem xét, quyết định./."
	if through := strings.TrimSpace(in.Through); through != "" {
		ask = through + " xem xét, trình " + ask
		decides = through + " xem xét, trình " + orDefault(in.Addressee, "cấp có thẩm quyền") + " quyết định./."
	}
	d.Body = append(d.Body, Text(in.issuer()+" đề nghị "+ask+
		" tặng "+in.Award+" cho "+countText(in.Entries)+" đã có thành tích trong "+movement+", cụ thể:"))
	cols, inds := listOrder(in.Entries, in.ByRank)
	ordered := append(cols, inds...)
	for i, e := range ordered {
		d.Body = append(d.Body, Item("-", entryLine(e, i == len(ordered)-1)))
	}
	d.Body = append(d.Body, in.extra()...)
	d.Body = append(d.Body, Centered("(Có danh sách, báo cáo thành tích và biên bản kèm theo)", Italic),
		Text(in.issuer()+" kính trình "+decides))
	d.Bottom = in.bottom()
	ref := in.Reference("Kèm theo Tờ trình", app.DocProposal)
	if in.ByCouncil {
		ref = in.referenceAs("Kèm theo Tờ trình", viet.Symbol(app.DocProposal, CouncilAbbr(in.Org)), in.issuer())
	}
	d.Appendices = []Appendix{ListAppendix(viet.UpperFirst(whoText(in.Entries))+" được đề nghị tặng "+in.Award, ref, in.Entries, in.ByRank)}
	return d, nil
}

// DecisionInput is what a Quyết định khen thưởng of the commune Chairman
// (official-documents §4.2) is printed from, with its Danh sách.
type DecisionInput struct {
	Letter
	Award          string      `json:"award"` // "Giấy khen của Chủ tịch Ủy ban nhân dân xã"
	Movement       string      `json:"movement"`
	RoundText      string      `json:"round_text"`
	Proposal       string      `json:"proposal"` // "Xét đề nghị của … tại Tờ trình số … ngày …," ("" leaves it out)
	CashCollective int64       `json:"cash_collective"`
	CashIndividual int64       `json:"cash_individual"`
	CashSource     string      `json:"cash_source"` // "quỹ thi đua, khen thưởng của xã"
	CashBasis      string      `json:"cash_basis"`  // the decree that sets the money: "Nghị định số 98/2023/NĐ-CP ngày … của Chính phủ"
	Executors      string      `json:"executors"`   // "Chánh Văn phòng HĐND và UBND xã, Kế toán ngân sách xã"
	ByRank         bool        `json:"by_rank"`
	Entries        []ListEntry `json:"entries"`
}

// DecisionDocument builds the Quyết định and its Danh sách.
func DecisionDocument(in DecisionInput) (*Document, error) {
	if err := checkList(in.Award, in.Entries); err != nil {
		return nil, err
	}
	movement := movementPhrase(in.Movement, in.RoundText)
	d := &Document{Header: in.header("QĐ"), Created: in.created(),
		Title: Title{Kind: "QUYẾT ĐỊNH", Summary: "Về việc tặng " + in.Award + " cho " + whoText(in.Entries) + " có thành tích trong " + movement}}
	d.Body = append(d.Body, Centered(viet.Upper("Chủ tịch "+viet.Clean(in.Org.Name)), Bold))
	d.Body = append(d.Body, in.bases()...)
	if p := strings.TrimSpace(in.Proposal); p != "" {
		d.Body = append(d.Body, Basis(p))
	}
	d.Body = append(d.Body, Centered("QUYẾT ĐỊNH:", Bold),
		LeadIn("Điều 1.", "Tặng "+in.Award+" cho "+countText(in.Entries)+" (có danh sách kèm theo) đã có thành tích trong "+movement+"."),
		LeadIn("Điều 2.", cashText(in)))
	d.Body = append(d.Body, in.extra()...)
	d.Body = append(d.Body, LeadIn("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. "+
		orDefault(in.Executors, "Văn phòng Ủy ban nhân dân xã")+" và các "+whoText(in.Entries)+" có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
	d.Bottom = in.bottom()
	d.Appendices = []Appendix{ListAppendix(viet.UpperFirst(whoText(in.Entries))+" được tặng "+in.Award,
		in.referenceBy("Kèm theo Quyết định", "QĐ", "Chủ tịch "+viet.Clean(in.Org.Name)), in.Entries, in.ByRank)}
	return d, nil
}

// cashText is Điều 2: the money that goes with the award and its source.
func cashText(in DecisionInput) string {
	source := orDefault(in.CashSource, "quỹ thi đua, khen thưởng theo quy định")
	cols, inds := kinds(in.Entries)
	var parts []string
	if in.CashCollective > 0 && cols > 0 {
		parts = append(parts, "mỗi tập thể được thưởng "+Money(in.CashCollective))
	}
	if in.CashIndividual > 0 && inds > 0 {
		parts = append(parts, "mỗi cá nhân được thưởng "+Money(in.CashIndividual))
	}
	rule := "theo quy định hiện hành"
	if b := viet.Clean(in.CashBasis); b != "" {
		rule = "theo quy định tại " + b
	}
	if len(parts) == 0 {
		return "Tiền thưởng kèm theo " + in.Award + " thực hiện " + rule + ", chi từ " + source + "."
	}
	return "Kèm theo " + in.Award + ", " + strings.Join(parts, ", ") + " " + rule + ", chi từ " + source + "."
}

// Money writes an amount in đồng the Vietnamese way: "1.000.000 đồng".
func Money(v int64) string { return viet.Thousands(int(v)) + " đồng" }

// movementPhrase is "phong trào thi đua “…” năm 2025".
func movementPhrase(movement, round string) string {
	s := "phong trào thi đua"
	if m := viet.Clean(movement); m != "" {
		s += " “" + m + "”"
	}
	if r := strings.TrimSpace(round); r != "" {
		s += " " + r
	}
	return s
}

// entryLine is a nominee in the body of a Tờ trình: each line ends with
// ";", the last with ".".
func entryLine(e ListEntry, last bool) string {
	end := ";"
	if last {
		end = "."
	}
	if e.Kind == app.KindCollective || e.PositionUnit == "" {
		return viet.Clean(e.Name) + end
	}
	return viet.Clean(e.Name) + ", " + viet.Clean(e.PositionUnit) + end
}

// checkList refuses a paper without an award or without anyone on it.
func checkList(award string, entries []ListEntry) error {
	var ps app.Problems
	if strings.TrimSpace(award) == "" {
		ps.Add("Hình thức khen thưởng", "chưa có tên hình thức khen thưởng")
	}
	if len(entries) == 0 {
		ps.Add("Danh sách", "chưa có tập thể, cá nhân nào: cần đề nghị đã được Hội đồng bình xét đạt")
	}
	for i, e := range entries {
		if strings.TrimSpace(e.Name) == "" {
			ps.Add("Danh sách", "dòng %d chưa có tên", i+1)
		}
	}
	return ps.Err()
}
